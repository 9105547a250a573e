// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu's user guides: each opens in the desk's language with its screenshots, by keyboard. That they
// name only keys the desk has is checked with the key sheet (ShortcutSheetTest).
#include "shell/UserGuides.h"

#include <gtest/gtest.h>

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace ww;

namespace {

using Guide = UserGuides::Guide;
const QList<Guide> everyGuide{Guide::Agent, Guide::Supervisor, Guide::ContentManager};

/// Sets the desk's language for one test, as installTranslations does, and puts it back.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
        : m_before(QLocale())
    {
        QLocale::setDefault(QLocale(language));
    }
    ~LanguageScope() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

QStringList imagesOf(const QTextDocument &document)
{
    QStringList images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                images.append(format.toImageFormat().name());
        }
    }
    return images;
}

QString markdownOf(Guide guide, const QString &language)
{
    QFile file(u":"_qs + UserGuides::source(guide, QLocale(language)).path());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(UserGuides, EachGuideOpensInTheDesksLanguageWithItsScreenshotsShown)
{
    for (const QString &language : {u"nl"_qs, u"en"_qs}) {
        LanguageScope scope(language);
        for (const Guide guide : everyGuide) {
            QMainWindow window;
            QDialog *dialog = UserGuides::show(&window, guide);
            ASSERT_TRUE(dialog);
            auto *browser = dialog->findChild<GuideBrowser *>(u"guideText"_qs);
            ASSERT_TRUE(browser);
            const QString text = browser->toPlainText();
            // The first line is the guide's heading in that language.
            const QString heading = markdownOf(guide, language).section(u'\n', 0, 0).mid(2);
            ASSERT_FALSE(heading.isEmpty()) << qPrintable(language);
            EXPECT_TRUE(text.startsWith(heading)) << qPrintable(language + u": "_qs + text.left(80));
            EXPECT_EQ(language == u"nl", heading.startsWith(u"Handleiding")) << qPrintable(heading);
            EXPECT_FALSE(browser->accessibleName().isEmpty());
            EXPECT_FALSE(dialog->accessibleName().isEmpty());

            const QStringList images = imagesOf(*browser->document());
            EXPECT_FALSE(images.isEmpty()) << "every guide shows the desk";
            for (const QString &image : images) {
                const QVariant loaded
                        = browser->loadResource(QTextDocument::ImageResource, browser->source().resolved(QUrl(image)));
                const QImage picture = loaded.value<QImage>();
                EXPECT_FALSE(picture.isNull()) << qPrintable(image) << " is not in the program";
                EXPECT_LE(picture.width(), 720) << qPrintable(image);
            }
        }
    }
}

TEST(UserGuides, TheHelpMenuOpensThemAndEscClosesThem)
{
    LanguageScope scope(u"nl"_qs);
    QMainWindow window;
    QMenu *help = window.menuBar()->addMenu(u"Help"_qs);
    UserGuides::install(&window, help);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (const QString &name : {u"agentGuideAction"_qs, u"supervisorGuideAction"_qs, u"contentGuideAction"_qs}) {
        auto *action = window.findChild<QAction *>(name);
        ASSERT_TRUE(action) << qPrintable(name);
        EXPECT_TRUE(action->text().contains(u'&')) << "reachable by keyboard in the menu";
        action->trigger();
        QDialog *dialog = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
                [&] {
                    dialog = qobject_cast<QDialog *>(QApplication::activeWindow());
                    return dialog && dialog->isVisible();
                },
                3000));
        auto *browser = dialog->findChild<GuideBrowser *>(u"guideText"_qs);
        EXPECT_EQ(QApplication::focusWidget(), browser) << "the text has focus: the arrow keys scroll it";
        // Triggering again raises the same window instead of opening a second one.
        action->trigger();
        EXPECT_EQ(window.findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
        QPointer<QDialog> closing(dialog);
        QTest::keyClick(browser, Qt::Key_Escape);
        EXPECT_TRUE(QTest::qWaitFor([&] { return closing.isNull(); }, 3000)) << "Esc closes the guide";
    }
}

TEST(UserGuides, LinksBetweenGuidesStayInsideAndLinksToOtherDocumentsAreLeftAlone)
{
    LanguageScope scope(u"en"_qs);
    QMainWindow window;
    auto *browser = UserGuides::show(&window, Guide::Agent)->findChild<GuideBrowser *>(u"guideText"_qs);
    ASSERT_TRUE(browser);
    emit browser->anchorClicked(QUrl(u"handleiding-medewerker.md"_qs));
    EXPECT_EQ(browser->source().path(), u"/help/handleiding-medewerker.md");
    EXPECT_TRUE(browser->toPlainText().startsWith(u"Handleiding voor medewerkers"));
    emit browser->anchorClicked(QUrl(u"tree-format.md"_qs));
    EXPECT_EQ(browser->source().path(), u"/help/handleiding-medewerker.md") << "not in the program: nothing happens";
    EXPECT_TRUE(browser->toPlainText().startsWith(u"Handleiding voor medewerkers"));
}
