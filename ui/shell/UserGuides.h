// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QTextBrowser>

class QLocale;
class QMenu;

namespace ww {

/// The Help menu's user guides, for agents, supervisors and content managers, in the desk's language. The
/// texts are the Markdown files of docs/ (handleiding-*.md in Dutch, guide-*.md in English) with the README's
/// screenshots, built into the program, so the help and the documentation are one text.
class UserGuides
{
    Q_DECLARE_TR_FUNCTIONS(ww::UserGuides)

public:
    enum class Guide { Agent, Supervisor, ContentManager };

    static void install(QWidget *window, QMenu *helpMenu);
    /// Opens (or raises) \a guide's window over \a window; Esc closes it.
    static QDialog *show(QWidget *window, Guide guide);
    /// The guide's text in the program's resources, in \a locale's language (Dutch, else English).
    static QUrl source(Guide guide, const QLocale &locale);
    static QString title(Guide guide);
};

/// Shows a guide's Markdown: screenshots scaled to the window's width, links between guides followed
/// inside, web links in the browser, and links to files the program does not hold left alone.
class GuideBrowser : public QTextBrowser
{
public:
    explicit GuideBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void follow(const QUrl &link);
};

} // namespace ww
