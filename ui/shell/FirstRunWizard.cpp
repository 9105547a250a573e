// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstRunWizard.h"

#include "common/ShortcutCatalog.h"
#include "common/ShortcutKeys.h"
#include "shell/DeskStartup.h"
#include "storage/DatabaseUrl.h"

#include <QAbstractButton>
#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

#include <functional>

namespace ww {

namespace {

const QString SeenKey = u"firstRun/done"_qs;

/// A page whose "Next" checks the server's address first.
class StorageWizardPage : public QWizardPage
{
public:
    std::function<bool()> check;
    bool validatePage() override { return !check || check(); }
};

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(u"firstRunWizard"_qs);
    setWindowTitle(tr("Welcome to Wegwijzer Desk"));
    setWizardStyle(QWizard::ClassicStyle); // the same on every desktop, and no images a screen reader must skip
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("&Skip"));
    button(QWizard::CustomButton1)->setObjectName(u"skipButton"_qs);
    button(QWizard::CustomButton1)->setToolTip(tr("Start with the defaults; the assistant stays in the Help menu."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            skip();
    });
    setPage(LanguagePage, languagePage());
    setPage(StoragePage, storagePage());
    setPage(LoginPage, loginPage());
    setPage(KeysPage, keysPage());
    resize(640, 480);
}

QWizardPage *FirstRunWizard::languagePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Language"));
    page->setSubTitle(tr("The language of the desk's menus and messages. The tree texts switch with Ctrl+L."));
    m_dutch = new QRadioButton(tr("&Nederlands (Dutch)"), page);
    m_english = new QRadioButton(tr("&English"), page);
    m_dutch->setObjectName(u"languageDutch"_qs);
    m_english->setObjectName(u"languageEnglish"_qs);
    const QString current = QSettings().value(u"ui/language"_qs, u"nl"_qs).toString();
    (current == u"en" ? m_english : m_dutch)->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_dutch);
    layout->addWidget(m_english);
    layout->addStretch(1);
    return page;
}

QWizardPage *FirstRunWizard::storagePage()
{
    auto *page = new StorageWizardPage;
    page->setParent(this);
    page->setTitle(tr("Where the cases are kept"));
    page->setSubTitle(tr("On this computer for a desk on its own, or on the helpdesk's shared server so that "
                         "colleagues and supervisors see them."));
    m_thisComputer = new QRadioButton(tr("On &this computer"), page);
    m_sharedServer = new QRadioButton(tr("On the shared se&rver"), page);
    m_thisComputer->setObjectName(u"storeOnThisComputer"_qs);
    m_sharedServer->setObjectName(u"storeOnSharedServer"_qs);
    m_address = new QLineEdit(page);
    m_address->setObjectName(u"serverAddress"_qs);
    m_address->setAccessibleName(tr("Address of the shared server"));
    m_address->setPlaceholderText(u"postgresql://name@server.example:5432/wegwijzer"_qs);
    m_addressProblem = wrapped(QString(), page);
    m_addressProblem->setObjectName(u"serverAddressProblem"_qs);
    auto *addressLabel = new QLabel(tr("Server &address:"), page);
    addressLabel->setBuddy(m_address);
    auto *hint = wrapped(tr("Your IT department gives you the address. Your password is never part of it: the desk "
                            "asks for it when it connects."),
                         page);

    const QString remembered = QSettings().value(u"database/url"_qs).toString();
    m_address->setText(remembered);
    (remembered.isEmpty() ? m_thisComputer : m_sharedServer)->setChecked(true);
    const auto follow = [this] {
        m_address->setEnabled(m_sharedServer->isChecked());
        m_addressProblem->clear();
    };
    connect(m_sharedServer, &QRadioButton::toggled, this, follow);
    follow();
    page->check = [this] {
        if (!m_sharedServer->isChecked())
            return true;
        QString error;
        const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_address->text().trimmed(), &error);
        if (url && url->dialect() != SqlDialect::PostgreSql)
            error = tr("The shared server's address starts with postgresql://.");
        if (!url || !error.isEmpty()) {
            m_addressProblem->setText(error);
            m_address->setAccessibleDescription(error);
            m_address->setFocus();
            return false;
        }
        return true;
    };

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_thisComputer);
    layout->addWidget(m_sharedServer);
    auto *form = new QFormLayout;
    form->addRow(addressLabel, m_address);
    layout->addLayout(form);
    layout->addWidget(m_addressProblem);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

QWizardPage *FirstRunWizard::loginPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Logging in"));
    m_loginText = wrapped(QString(), page);
    m_loginText->setObjectName(u"loginExplanation"_qs);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_loginText);
    layout->addStretch(1);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != LoginPage)
            return;
        m_loginText->setText(
                m_sharedServer->isChecked()
                        ? tr("After this assistant the desk asks for your password for the shared server, with "
                             "the account name in the address. The password is never stored on this computer.")
                        : tr("On this computer you need no extra login: the cases belong to your computer "
                             "account and are kept in your own folder."));
    });
    return page;
}

QWizardPage *FirstRunWizard::keysPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The keys of a call"));
    page->setSubTitle(tr("Everything has a key. F1 shows them all at any time, and they can be changed in the "
                         "Help menu."));
    auto *list = new QListWidget(page);
    list->setObjectName(u"keyTour"_qs);
    list->setAccessibleName(tr("The most used keys"));
    // The same catalog the F1 sheet reads, with the keys this user has.
    for (const ShortcutEntry &entry : ShortcutCatalog::entries()) {
        if (entry.area != ShortcutArea::Case && entry.area != ShortcutArea::Tree && entry.area != ShortcutArea::Notes
            && entry.id != u"shortcutSheetAction")
            continue;
        const QList<QKeySequence> keys
                = entry.editable ? ShortcutKeys::instance().keys(entry.id) : ShortcutCatalog::fixedKeys(entry);
        const QString keysText = ShortcutCatalog::keysText(entry, keys);
        if (keysText.isEmpty())
            continue;
        list->addItem(tr("%1: %2").arg(keysText, ShortcutCatalog::description(entry)));
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(list);
    return page;
}

bool FirstRunWizard::isDue(const DeskOptions &options)
{
    const QSettings settings;
    return !options.quitWhenReady && !options.database && !settings.contains(u"database/url"_qs)
            && !settings.value(SeenKey).toBool();
}

void FirstRunWizard::markSeen()
{
    QSettings settings;
    if (!settings.value(SeenKey).toBool())
        settings.setValue(SeenKey, true);
}

void FirstRunWizard::skip()
{
    markSeen();
    reject();
}

void FirstRunWizard::accept()
{
    QSettings settings;
    settings.setValue(u"ui/language"_qs, m_english->isChecked() ? u"en"_qs : u"nl"_qs);
    if (m_sharedServer->isChecked()) {
        QString ignored;
        // Checked on its page; stored in its own safe form (never a password).
        if (const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_address->text().trimmed(), &ignored))
            settings.setValue(u"database/url"_qs, url->toString());
    } else {
        settings.remove(u"database/url"_qs);
    }
    markSeen();
    QWizard::accept();
}

void FirstRunWizard::addToMenu(QWidget *window, QMenu *helpMenu)
{
    QAction *action = helpMenu->addAction(tr("&First-run assistant…"));
    action->setObjectName(u"firstRunAction"_qs);
    QObject::connect(action, &QAction::triggered, window, [window] {
        auto *wizard = new FirstRunWizard(window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(wizard, &QWizard::accepted, window, [window] {
            QMessageBox::information(window, tr("Choices saved"),
                                     tr("The language and where the cases are kept change at the next start of "
                                        "the desk."));
        });
        wizard->open();
    });
}

} // namespace ww
