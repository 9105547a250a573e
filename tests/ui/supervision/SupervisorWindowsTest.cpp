// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's windows name nodes and parties in the desk's content language, and windows
// already open follow when it changes.
#include "supervision/SupervisorWindows.h"
#include "ReviewSeed.h"
#include "StorageWaits.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "review/CountTable.h"
#include "supervision/CaseLogView.h"
#include "supervision/CaseTimelineView.h"
#include "supervision/DashboardView.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QTreeWidget>

using namespace ww;

namespace {

class SupervisorWindowsTest : public ::testing::Test
{
protected:
    SupervisorWindowsTest()
        : m_seed(m_db.database())
    {
        m_windows.setContent(*test::smallTree(), *test::smallDirectory());
    }

    /// The detail column of every row of the timeline, as one text.
    static QString timelineText(const CaseTimelineView *timeline)
    {
        QStringList details;
        for (int i = 0; i < timeline->timeline()->topLevelItemCount(); ++i)
            details.append(timeline->timeline()->topLevelItem(i)->text(3));
        return details.join(u'\n');
    }

    static QStringList choices(const QComboBox *combo)
    {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
        return texts;
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
    std::unique_ptr<AsyncStorage> m_storage = test::storageOn(m_db);
    QWidget m_owner;
    SupervisorWindows m_windows{*m_storage, u"supervisorsanne"_qs, &m_owner};
};

} // namespace

TEST_F(SupervisorWindowsTest, NameNodesAndPartiesInTheContentLanguage)
{
    m_windows.setContentLanguage(u"en"_qs);
    CaseLogView *log = m_windows.showCaseLog();
    auto *parties = log->findChild<QComboBox *>(u"caseLogPartyFilter"_qs);
    ASSERT_TRUE(parties);
    EXPECT_TRUE(choices(parties).contains(u"The school"_qs)) << qPrintable(choices(parties).join(u", "_qs));

    ASSERT_TRUE(m_windows.showTimeline(m_seed.id(1)));
    ASSERT_TRUE(test::settle(*m_storage));
    const auto timelines = m_owner.findChildren<CaseTimelineView *>();
    ASSERT_EQ(timelines.size(), 1);
    const QString text = timelineText(timelines.first());
    EXPECT_TRUE(text.contains(u"Is there danger now?"_qs)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"The school"_qs));
    EXPECT_FALSE(text.contains(u"Is er nu gevaar?"_qs));
}

TEST_F(SupervisorWindowsTest, OpenWindowsFollowAChangeOfTheContentLanguage)
{
    CaseLogView *log = m_windows.showCaseLog();
    auto *parties = log->findChild<QComboBox *>(u"caseLogPartyFilter"_qs);
    parties->setCurrentIndex(parties->findData(u"school-route"_qs));
    EXPECT_EQ(parties->currentText(), u"De school");
    ASSERT_TRUE(m_windows.showTimeline(m_seed.id(1)));
    ASSERT_TRUE(test::settle(*m_storage));
    CaseTimelineView *timeline = m_owner.findChildren<CaseTimelineView *>().constFirst();
    EXPECT_TRUE(timelineText(timeline).contains(u"Is er nu gevaar?"_qs));
    DashboardView *dashboard = m_windows.showDashboard();
    dashboard->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    dashboard->reload();
    ASSERT_TRUE(test::settle(*m_storage));
    CountTableModel *referrals = dashboard->model(DashboardView::Chart::Referrals);
    ASSERT_GE(referrals->rowCount(), 1);
    EXPECT_EQ(referrals->data(referrals->index(0, 0)).toString(), u"De school");

    m_windows.setContentLanguage(u"en"_qs);
    EXPECT_EQ(parties->currentText(), u"The school") << "the same party, named in English";
    EXPECT_EQ(parties->currentData().toString(), u"school-route");
    const QString text = timelineText(timeline);
    EXPECT_TRUE(text.contains(u"Is there danger now?"_qs)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"The school"_qs));
    EXPECT_EQ(referrals->data(referrals->index(0, 0)).toString(), u"The school");

    m_windows.setContentLanguage(u"nl"_qs);
    EXPECT_TRUE(timelineText(timeline).contains(u"Is er nu gevaar?"_qs));
    EXPECT_EQ(parties->currentText(), u"De school");
}

// As the main window does, every supervision window says when its database cannot be reached, and
// stops saying it once the database answers again.
TEST_F(SupervisorWindowsTest, EveryWindowSaysOfflineWhileTheDatabaseCannotBeReached)
{
    CaseLogView *log = m_windows.showCaseLog();
    DashboardView *dashboard = m_windows.showDashboard();
    CaseTimelineView *timeline = m_windows.showTimeline(m_seed.id(1));
    ASSERT_TRUE(log && dashboard && timeline);
    ASSERT_TRUE(test::settle(*m_storage));
    const QList<QLabel *> offlineLines{log->findChild<QLabel *>(u"caseLogOffline"_qs),
                                       dashboard->findChild<QLabel *>(u"dashboardOffline"_qs),
                                       timeline->findChild<QLabel *>(u"timelineOffline"_qs)};
    for (QLabel *line : offlineLines) {
        ASSERT_TRUE(line);
        EXPECT_TRUE(line->isHidden()) << qPrintable(line->objectName());
    }

    // A job finds the network gone, as a dropped VPN makes it.
    QObject receiver;
    m_storage->run<bool>(
            &receiver,
            [](Database &) -> bool { throw StorageError(u"the network is gone"_qs, StorageError::Cause::Unavailable); },
            {});
    ASSERT_TRUE(test::settle(*m_storage));
    ASSERT_FALSE(m_storage->isOnline());
    for (QLabel *line : offlineLines) {
        EXPECT_FALSE(line->isHidden()) << qPrintable(line->objectName());
        EXPECT_TRUE(line->text().startsWith(u"Offline"_qs)) << qPrintable(line->text());
        EXPECT_EQ(line->accessibleName(), line->text());
    }
    // A window opened while offline says so from the start.
    auto *second = m_windows.showTimeline(m_seed.id(2));
    ASSERT_TRUE(second);
    EXPECT_FALSE(second->findChild<QLabel *>(u"timelineOffline"_qs)->isHidden());
    ASSERT_TRUE(test::settle(*m_storage)); // its read connects anew: the database answers again

    dashboard->reload();
    ASSERT_TRUE(test::settle(*m_storage));
    ASSERT_TRUE(m_storage->isOnline());
    for (QLabel *line : offlineLines)
        EXPECT_TRUE(line->isHidden()) << qPrintable(line->objectName());
}
