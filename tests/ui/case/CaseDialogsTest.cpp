// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs that stand between the agent and a hand-over or a merge.
#include "TestContent.h"
#include "case/HandoverDialog.h"
#include "case/MergeDialog.h"
#include "tree/DecisionTree.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTest>

using namespace ww;

TEST(HandoverDialog, StaysOpenWithTheReasonUntilTheHandOverIsAccepted)
{
    QStringList calls;
    std::function<void(const QString &)> pending;
    HandoverDialog dialog(
            [&](const QString &receiver, const QString &note, std::function<void(const QString &)> finished) {
                calls.append(receiver + u'|' + note);
                pending = std::move(finished);
            });
    auto *receiver = dialog.findChild<QComboBox *>(u"handoverReceiverBox"_qs);
    auto *status = dialog.findChild<QLabel *>(u"handoverStatusLabel"_qs);
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(receiver->count(), 0); // the names are on their way
    dialog.setReceivers({u"bram"_qs, u"sofie"_qs});
    EXPECT_EQ(receiver->count(), 2);
    EXPECT_EQ(receiver->currentIndex(), -1); // nobody chosen for the agent
    receiver->setCurrentIndex(1);
    dialog.accept();
    ASSERT_TRUE(pending);
    EXPECT_TRUE(status->isVisibleTo(&dialog)); // "handing over…" while the database works
    EXPECT_EQ(dialog.result(), 0);
    std::exchange(pending, {})(u"Schrijf een notitie"_qs);
    EXPECT_EQ(dialog.result(), 0); // still open
    auto *error = dialog.findChild<QLabel *>(u"handoverErrorLabel"_qs);
    EXPECT_EQ(error->text(), u"Schrijf een notitie");
    EXPECT_EQ(error->accessibleName(), u"Schrijf een notitie");

    dialog.findChild<QPlainTextEdit *>(u"handoverNoteEdit"_qs)->setPlainText(u"Belt morgen terug"_qs);
    dialog.accept();
    ASSERT_TRUE(pending);
    std::exchange(pending, {})(QString());
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(calls.last(), u"sofie|Belt morgen terug");
}

TEST(MergeDialog, OffersOnlyTheConflictingPartsAndReturnsTheAgentsChoice)
{
    Case base = Case::open(Channel::Phone, u"anna"_qs, u"tree"_qs, QDateTime::currentDateTimeUtc());
    Case mine = base;
    Case stored = base;
    mine.fields.schoolType = u"vo"_qs;
    stored.fields.schoolType = u"po"_qs;
    stored.fields.callerRole = u"parent"_qs; // only they changed it: merged without asking
    stored.rowVersion = 4;
    MergeDialog dialog(CaseMerge(base, mine, stored), test::smallTree(), test::smallDirectory(), u"nl"_qs);

    const auto mineButtons = dialog.findChildren<QRadioButton *>(QRegularExpression(u"^mergeMine"_qs));
    ASSERT_EQ(mineButtons.size(), 1);
    EXPECT_TRUE(mineButtons.first()->isChecked()); // the agent's own version unless they choose
    EXPECT_FALSE(mineButtons.first()->accessibleName().isEmpty());
    EXPECT_EQ(dialog.result().merged().fields.schoolType, u"vo");

    dialog.findChild<QRadioButton *>(u"mergeStored%1"_qs.arg(int(MergePart::SchoolType)))->setChecked(true);
    const Case merged = dialog.result().merged();
    EXPECT_EQ(merged.fields.schoolType, u"po");
    EXPECT_EQ(merged.fields.callerRole, u"parent");
    EXPECT_EQ(merged.rowVersion, 4);
}
