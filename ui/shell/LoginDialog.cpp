// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LoginDialog.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww {

namespace {

/// The URL without its user, which has a field of its own.
QString serverText(const DatabaseUrl &url)
{
    QString text = u"postgresql://"_qs + url.host() + u':' + QString::number(url.port()) + u'/' + url.databaseName();
    if (!url.connectOptions().isEmpty())
        text += u'?' + QString(url.connectOptions()).replace(u';', u'&');
    return text;
}

} // namespace

LoginDialog::LoginDialog(const DatabaseUrl &url, const QString &problem, Connector connector, QWidget *parent)
    : QDialog(parent)
    , m_connector(std::move(connector))
    , m_url(url)
    , m_serverEdit(new QLineEdit(serverText(url), this))
    , m_userEdit(new QLineEdit(url.user(), this))
    , m_passwordEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_busyLabel(new QLabel(tr("Logging in… (Esc stops waiting)"), this))
{
    setObjectName(u"loginDialog"_qs);
    setWindowTitle(tr("Log in to the case database"));
    m_serverEdit->setObjectName(u"serverEdit"_qs);
    m_serverEdit->setAccessibleName(tr("Database"));
    // Wide enough for a whole address, so the agent sees which database is meant.
    m_serverEdit->setMinimumWidth(m_serverEdit->fontMetrics().horizontalAdvance(m_serverEdit->text() + u"MMMM"_qs));
    m_userEdit->setObjectName(u"userEdit"_qs);
    m_userEdit->setAccessibleName(tr("User name"));
    m_passwordEdit->setObjectName(u"passwordEdit"_qs);
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_problemLabel->setObjectName(u"problemLabel"_qs);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setAccessibleName(tr("Problem"));
    m_problemLabel->setStyleSheet(u"font-weight: bold;"_qs);
    m_busyLabel->setObjectName(u"loggingInLabel"_qs);
    m_busyLabel->setAccessibleName(m_busyLabel->text());
    m_busyLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Database"), m_serverEdit);
    form->addRow(tr("&User name"), m_userEdit);
    form->addRow(tr("&Password"), m_passwordEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_logInButton = buttons->button(QDialogButtonBox::Ok);
    m_logInButton->setText(tr("Log in"));
    m_logInButton->setObjectName(u"logInButton"_qs);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_busyLabel);
    layout->addWidget(buttons);
    showProblem(problem);
    (m_userEdit->text().isEmpty() ? m_userEdit : m_passwordEdit)->setFocus();
}

LoginDialog::~LoginDialog()
{
    if (m_attempt)
        m_attempt->cancel();
}

void LoginDialog::reject()
{
    // The first Esc stops waiting for an attempt; the next one closes the dialog.
    if (m_attempt) {
        m_attempt->cancel();
        m_attempt.reset();
        setBusy(false);
        showProblem(tr("Logging in was stopped. Check the address and try again."));
        return;
    }
    QDialog::reject();
}

void LoginDialog::setBusy(bool busy)
{
    m_busyLabel->setVisible(busy);
    m_logInButton->setEnabled(!busy);
    m_serverEdit->setReadOnly(busy);
    m_userEdit->setReadOnly(busy);
    m_passwordEdit->setReadOnly(busy);
}

void LoginDialog::showProblem(const QString &problem)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void LoginDialog::logIn()
{
    QString text = m_serverEdit->text().trimmed();
    const QString user = m_userEdit->text().trimmed();
    if (text.startsWith(u"postgresql://") && !user.isEmpty())
        text.insert(13, user + u'@');
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(text, &error);
    if (!url || url->dialect() != SqlDialect::PostgreSql) {
        showProblem(url ? tr("Give a postgresql:// address.") : error);
        m_serverEdit->setFocus();
        return;
    }
    if (m_attempt)
        return;
    showProblem({});
    setBusy(true);
    const DatabaseUrl target = *url;
    m_attempt = m_connector(target, m_passwordEdit->text(), this,
                            [this, target](const std::optional<StorageError> &failure) { answered(target, failure); });
}

void LoginDialog::answered(const DatabaseUrl &url, const std::optional<StorageError> &failure)
{
    if (!m_attempt)
        return; // stopped meanwhile
    m_attempt.reset();
    setBusy(false);
    m_passwordEdit->clear();
    if (failure) {
        showProblem(failure->message());
        (failure->passwordMayHelp() ? m_passwordEdit : m_serverEdit)->setFocus();
        return;
    }
    m_url = url;
    accept();
}

} // namespace ww
