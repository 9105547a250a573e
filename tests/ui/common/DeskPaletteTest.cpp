// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's colours from one place: every appearance readable by the WCAG contrast ratios (4.5:1 for text,
// 7:1 in high contrast), applied to the application, kept in the settings and chosen in View → Appearance.
#include "common/DeskPalette.h"
#include "CaseUiSupport.h"
#include "content/ShippedContent.h"
#include "shell/MainWindow.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStyle>

using namespace ww;
using Appearance = DeskPalette::Appearance;
using Role = DeskPalette::Role;

namespace {

const Appearance appearances[] = {Appearance::System, Appearance::Dark, Appearance::HighContrast};

double needed(Appearance appearance)
{
    return appearance == Appearance::HighContrast ? 7.0 : 4.5;
}

class DeskPaletteTest : public ::testing::Test
{
protected:
    void TearDown() override { DeskPalette::apply(Appearance::System); }
    test::TemporarySettings m_settings;
};

} // namespace

TEST_F(DeskPaletteTest, DarkAndHighContrastPalettesKeepEveryTextReadable)
{
    for (const Appearance appearance : {Appearance::Dark, Appearance::HighContrast}) {
        const QPalette palette = DeskPalette::palette(appearance);
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[]
                = {{QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
                   {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
                   {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
                   {QPalette::PlaceholderText, QPalette::Base},      {QPalette::Link, QPalette::Base}};
        for (const auto &[text, background] : pairs) {
            EXPECT_GE(DeskPalette::contrast(palette.color(text), palette.color(background)), needed(appearance))
                    << DeskPalette::name(appearance).toStdString() << ": role " << int(text) << " on "
                    << int(background);
        }
        // Disabled text is told apart from the background, if less strongly (WCAG exempts it).
        EXPECT_GE(
                DeskPalette::contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Base)),
                4.5);
    }
}

TEST_F(DeskPaletteTest, TheDesksOwnColoursAreReadableOnEveryAppearance)
{
    for (const Appearance appearance : appearances) {
        const std::string name = DeskPalette::name(appearance).toStdString();
        const QColor window = DeskPalette::palette(appearance).color(QPalette::Window);
        const QColor base = DeskPalette::palette(appearance).color(QPalette::Base);
        const auto colour = [appearance](Role role) { return DeskPalette::color(role, appearance); };
        EXPECT_GE(DeskPalette::contrast(colour(Role::ErrorText), window), needed(appearance)) << name;
        EXPECT_GE(DeskPalette::contrast(colour(Role::WarningText), colour(Role::WarningBackground)), needed(appearance))
                << name;
        EXPECT_GE(DeskPalette::contrast(colour(Role::DangerText), colour(Role::DangerBackground)), needed(appearance))
                << name;
        for (const Role background : {Role::InfoBackground, Role::SuccessBackground, Role::RefusedBackground})
            EXPECT_GE(DeskPalette::contrast(colour(Role::BannerText), colour(background)), needed(appearance))
                    << name << ", background " << int(background);
        // A due follow-up is a row background under the list's own text colour.
        EXPECT_GE(DeskPalette::contrast(DeskPalette::palette(appearance).color(QPalette::Text),
                                        colour(Role::DueBackground)),
                  needed(appearance))
                << name;
        // The warning stands out from the window around it.
        EXPECT_GE(DeskPalette::contrast(colour(Role::WarningBorder), window), 3.0) << name;
        (void)base;
    }
    // The contrast ratio itself, on its known extremes.
    EXPECT_NEAR(DeskPalette::contrast(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(DeskPalette::contrast(Qt::red, Qt::red), 1.0, 0.001);
}

TEST_F(DeskPaletteTest, LiveViewSwatchesAndTheTreeDrawingStandOutOnEveryAppearance)
{
    const Role agentStates[] = {Role::AgentAvailable, Role::AgentInChat,    Role::AgentOnCall, Role::AgentWrapUp,
                                Role::AgentBreak,     Role::AgentOtherWork, Role::AgentOffline};
    for (const Appearance appearance : appearances) {
        const std::string name = DeskPalette::name(appearance).toStdString();
        const QColor base = DeskPalette::palette(appearance).color(QPalette::Base);
        const auto colour = [appearance](Role role) { return DeskPalette::color(role, appearance); };
        // A swatch is a graphic beside words: 3:1 against the table (WCAG 1.4.11), and no two states alike.
        for (const Role state : agentStates) {
            EXPECT_GE(DeskPalette::contrast(colour(state), base), 3.0) << name << ", state " << int(state);
            for (const Role other : agentStates) {
                if (other != state) {
                    EXPECT_NE(colour(state), colour(other)) << name << ", states " << int(state) << int(other);
                }
            }
        }
        // The drawing: the boxes' labels readable, the lines and the chosen box's edge visible.
        for (const Role box : {Role::DiagramQuestion, Role::DiagramOutcome})
            EXPECT_GE(DeskPalette::contrast(DeskPalette::textOn(colour(box)), colour(box)), needed(appearance))
                    << name << ", box " << int(box);
        EXPECT_GE(DeskPalette::contrast(colour(Role::DiagramLine), base), 3.0) << name;
        EXPECT_GE(DeskPalette::contrast(colour(Role::DiagramSelection), base), 3.0) << name;
        EXPECT_NE(colour(Role::DiagramQuestion), colour(Role::DiagramOutcome)) << name;
        // A due follow-up's text is chosen for its background.
        EXPECT_GE(DeskPalette::contrast(DeskPalette::textOn(colour(Role::DueBackground)), colour(Role::DueBackground)),
                  needed(appearance))
                << name;
    }
    EXPECT_EQ(DeskPalette::textOn(Qt::white), QColor(Qt::black));
    EXPECT_EQ(DeskPalette::textOn(QColor(0x1e, 0x3a, 0x5f)), QColor(Qt::white));
}

TEST_F(DeskPaletteTest, ApplyingAnAppearanceChangesTheApplicationAndTheColoursGivenOut)
{
    const QString systemStyle = QApplication::style()->name();
    DeskPalette::apply(Appearance::Dark);
    EXPECT_EQ(DeskPalette::current(), Appearance::Dark);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              DeskPalette::palette(Appearance::Dark).color(QPalette::Window));
    EXPECT_FALSE(qApp->styleSheet().isEmpty()) << "the edges of fields and check boxes";
    EXPECT_TRUE(DeskPalette::errorTextStyle().contains(DeskPalette::color(Role::ErrorText, Appearance::Dark).name()));
    DeskPalette::apply(Appearance::HighContrast);
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
    EXPECT_EQ(QApplication::palette().color(QPalette::Highlight), QColor(0xff, 0xff, 0x00));
    DeskPalette::apply(Appearance::System);
    EXPECT_EQ(QApplication::style()->name(), systemStyle);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              QApplication::style()->standardPalette().color(QPalette::Window));
}

// On a black or dark window the edges of a check box, a field, a choice box, a button and a list must show: count the
// pixels of an empty, unchecked check box's indicator that stand out from the window.
TEST_F(DeskPaletteTest, EmptyControlsShowTheirEdgesOnDarkAndHighContrast)
{
    for (const Appearance appearance : {Appearance::Dark, Appearance::HighContrast}) {
        DeskPalette::apply(appearance);
        const QColor window = DeskPalette::palette(appearance).color(QPalette::Window);
        const auto standingOut = [&window](QWidget &widget, double ratio) {
            widget.ensurePolished();
            widget.resize(widget.sizeHint());
            const QImage image = widget.grab().toImage();
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    count += DeskPalette::contrast(image.pixelColor(x, y), window) >= ratio ? 1 : 0;
            }
            return count;
        };
        QCheckBox box; // no text: only the indicator is drawn
        EXPECT_GE(standingOut(box, 3.0), 20) << DeskPalette::name(appearance).toStdString();
        QLineEdit field;
        EXPECT_GE(standingOut(field, 3.0), 2 * field.sizeHint().width()) << DeskPalette::name(appearance).toStdString();
        // Choice boxes, buttons and lists: no text, so only their edges (and a combo box's arrow) can stand out.
        QComboBox choice;
        choice.setMinimumWidth(120);
        EXPECT_GE(standingOut(choice, 3.0), 2 * 120) << DeskPalette::name(appearance).toStdString();
        QPushButton button;
        button.setMinimumWidth(80);
        EXPECT_GE(standingOut(button, 3.0), 2 * 80) << DeskPalette::name(appearance).toStdString();
        QListWidget list;
        list.setMinimumSize(120, 80);
        list.setMaximumSize(120, 80);
        EXPECT_GE(standingOut(list, 3.0), 2 * 120 + 2 * 60) << DeskPalette::name(appearance).toStdString();
    }
    DeskPalette::apply(Appearance::System);
    EXPECT_TRUE(qApp->styleSheet().isEmpty()) << "the system's colours need no edges of the desk's own";
}

TEST_F(DeskPaletteTest, TheChoiceIsKeptInTheSettings)
{
    EXPECT_EQ(DeskPalette::stored(), Appearance::System) << "nothing chosen yet";
    for (const Appearance appearance : appearances) {
        DeskPalette::store(appearance);
        EXPECT_EQ(DeskPalette::stored(), appearance);
    }
}

TEST_F(DeskPaletteTest, ViewAppearanceOffersTheThreeByKeyboardAndAppliesAndKeepsTheChoice)
{
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    const TreeLoadResult tree = ShippedContent::loadTree(*directory.directory);
    ASSERT_TRUE(tree.ok());
    test::TemporaryDatabase database(test::Backend::Sqlite);
    SqlCaseStore store(database.database());
    DirectCaseWork work(store);
    MainWindow window(tree.tree, directory.directory, work, u"agent-a"_qs);
    auto *menu = window.findChild<QMenu *>(u"appearanceMenu"_qs);
    ASSERT_TRUE(menu);
    EXPECT_FALSE(menu->title().isEmpty());
    EXPECT_TRUE(menu->title().contains(u'&')) << "reachable by a mnemonic";
    QStringList names;
    for (QAction *action : menu->actions()) {
        EXPECT_TRUE(action->isCheckable());
        EXPECT_TRUE(action->text().contains(u'&')) << action->text().toStdString();
        names << action->objectName();
    }
    EXPECT_EQ(names,
              (QStringList{u"appearanceSystemAction"_qs, u"appearanceDarkAction"_qs,
                           u"appearanceHighContrastAction"_qs}));
    EXPECT_TRUE(window.findChild<QAction *>(u"appearanceSystemAction"_qs)->isChecked());

    window.findChild<QAction *>(u"appearanceHighContrastAction"_qs)->trigger();
    EXPECT_EQ(DeskPalette::current(), Appearance::HighContrast);
    EXPECT_EQ(DeskPalette::stored(), Appearance::HighContrast);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    EXPECT_TRUE(window.findChild<QAction *>(u"appearanceHighContrastAction"_qs)->isChecked());
    EXPECT_FALSE(window.findChild<QAction *>(u"appearanceSystemAction"_qs)->isChecked());
}
