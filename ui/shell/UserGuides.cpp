// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/UserGuides.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ww {

namespace {

/// Screenshots are wider than a help window: shown at most this wide, in pixels, and never wider than it.
constexpr int maxImageWidth = 720;

const char *const guideProperty = "wwGuide";

} // namespace

QString UserGuides::title(Guide guide)
{
    switch (guide) {
    case Guide::Agent:
        return tr("Guide for agents");
    case Guide::Supervisor:
        return tr("Guide for supervisors");
    case Guide::ContentManager:
        return tr("Guide for content managers");
    }
    return {};
}

QUrl UserGuides::source(Guide guide, const QLocale &locale)
{
    const bool dutch = locale.language() == QLocale::Dutch;
    switch (guide) {
    case Guide::Agent:
        return QUrl(dutch ? u"qrc:/help/handleiding-medewerker.md"_qs : u"qrc:/help/guide-agent.md"_qs);
    case Guide::Supervisor:
        return QUrl(dutch ? u"qrc:/help/handleiding-supervisor.md"_qs : u"qrc:/help/guide-supervisor.md"_qs);
    case Guide::ContentManager:
        return QUrl(dutch ? u"qrc:/help/handleiding-inhoud.md"_qs : u"qrc:/help/guide-editor.md"_qs);
    }
    return {};
}

void UserGuides::install(QWidget *window, QMenu *helpMenu)
{
    const struct
    {
        Guide guide;
        QString text;
        QString name;
    } entries[] = {{Guide::Agent, tr("Guide for &agents"), u"agentGuideAction"_qs},
                   {Guide::Supervisor, tr("Guide for s&upervisors"), u"supervisorGuideAction"_qs},
                   {Guide::ContentManager, tr("Guide for co&ntent managers"), u"contentGuideAction"_qs}};
    for (const auto &entry : entries) {
        QAction *action = helpMenu->addAction(entry.text);
        action->setObjectName(entry.name);
        const Guide guide = entry.guide;
        QObject::connect(action, &QAction::triggered, window, [window, guide] { show(window, guide); });
    }
}

QDialog *UserGuides::show(QWidget *window, Guide guide)
{
    const int key = static_cast<int>(guide);
    for (auto *open : window->findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->property(guideProperty).toInt() == key && open->property(guideProperty).isValid()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new QDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProperty(guideProperty, key);
    dialog->setWindowTitle(title(guide) + u" — Wegwijzer Desk"_qs);
    dialog->setAccessibleName(title(guide));
    dialog->setModal(false);
    auto *browser = new GuideBrowser(dialog);
    browser->setObjectName(u"guideText"_qs);
    browser->setAccessibleName(title(guide));
    browser->setSource(source(guide, QLocale()), QTextDocument::MarkdownResource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(820, 720);
    dialog->show();
    browser->setFocus();
    return dialog;
}

GuideBrowser::GuideBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &GuideBrowser::follow);
}

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return QTextBrowser::loadResource(type, name);
    QImage image(u":"_qs + name.path());
    if (image.isNull())
        return QTextBrowser::loadResource(type, name);
    const int room = std::max(200, viewport()->width() - 2 * verticalScrollBar()->sizeHint().width());
    const int width = std::min({image.width(), maxImageWidth, room});
    return width < image.width() ? image.scaledToWidth(width, Qt::SmoothTransformation) : image;
}

void GuideBrowser::follow(const QUrl &link)
{
    if (link.scheme() == u"http" || link.scheme() == u"https") {
        QDesktopServices::openUrl(link);
        return;
    }
    const QUrl target = source().resolved(link);
    if (QFile::exists(u":"_qs + target.path()))
        setSource(target, QTextDocument::MarkdownResource);
    // A link to a file of the source tree that the program does not hold (tree-format.md, …): nothing.
}

} // namespace ww
