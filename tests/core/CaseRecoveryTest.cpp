// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing is lost: the local journal, working offline and replaying, restoring after a crash,
// merging two people's changes, presence and hand-over. Runs against SQLite and PostgreSQL.
#include "FlakyCaseStore.h"
#include "OpenedCase.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "cases/CaseSession.h"
#include "cases/PresenceTracker.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

namespace {

class CaseRecoveryTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    CaseRecoveryTest()
        : m_db(GetParam())
        , m_store(m_db.database())
    { }

    std::unique_ptr<CaseSession> startCase()
    {
        auto session = CaseSession::start(m_work, test::smallTree(), Channel::Phone, u"agent-a"_qs);
        session->attachJournal(m_journal.path());
        return session;
    }

    int count(const QString &sql, const QUuid &caseId)
    {
        QSqlQuery query(m_db.database().connection());
        query.prepare(sql);
        query.bindValue(0, caseId.toString(QUuid::WithoutBraces));
        EXPECT_TRUE(query.exec()) << qPrintable(sql);
        return query.next() ? query.value(0).toInt() : -1;
    }

    /// Someone who can log in: on PostgreSQL a login role of this test's own (the database checks who
    /// hands over to whom), on SQLite just the name.
    QString person(const QString &name)
    {
        if (GetParam() == test::Backend::Sqlite)
            return name;
        const QString role
                = name.left(7).replace(u'-', u'_') + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_db.createRole(role, u"ww_agent"_qs);
        return role;
    }
    /// The case work as \a person logged in does it.
    CaseWork &workOf(const QString &who)
    {
        if (GetParam() == test::Backend::Sqlite) {
            m_stores.push_back(std::make_unique<SqlCaseStore>(m_db.database()));
            m_works.push_back(std::make_unique<DirectCaseWork>(*m_stores.back()));
            return *m_works.back();
        }
        m_connections.push_back(m_db.openAs(who));
        m_stores.push_back(std::make_unique<SqlCaseStore>(*m_connections.back()));
        m_works.push_back(std::make_unique<DirectCaseWork>(*m_stores.back()));
        return *m_works.back();
    }

    int notesOf(const QUuid &id) { return count(u"SELECT count(*) FROM case_notes WHERE case_id = ?"_qs, id); }
    int referralsOf(const QUuid &id) { return count(u"SELECT count(*) FROM referrals WHERE case_id = ?"_qs, id); }

    test::TemporaryDatabase m_db;
    FlakyCaseStore m_store;
    DirectCaseWork m_work{m_store};
    QTemporaryDir m_journal;
    std::vector<std::unique_ptr<Database>> m_connections;
    std::vector<std::unique_ptr<SqlCaseStore>> m_stores;
    std::vector<std::unique_ptr<DirectCaseWork>> m_works;
};

} // namespace

TEST_P(CaseRecoveryTest, EveryChangeIsJournaledFirstAndTheJournalGoesOnceTheDatabaseHasIt)
{
    auto session = startCase();
    session->setDraft(u"De leerling wordt"_qs);
    // At once, before the draft's save delay: a crash now loses nothing.
    const QList<JournaledWork> pending = CaseJournal::pending(m_journal.path());
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.first().lastDraft, u"De leerling wordt"_qs);
    EXPECT_EQ(QFile(session->journalPath()).permissions() & (QFile::ReadOther | QFile::ReadGroup), 0);

    EXPECT_TRUE(QTest::qWaitFor([&] { return !session->hasUnsavedWork(); }, 2000));
    EXPECT_FALSE(QFile::exists(session->journalPath()));
    EXPECT_EQ(m_store.draft(session->caseData().id), u"De leerling wordt");
}

TEST_P(CaseRecoveryTest, OfflineWorkGoesOnAndIsReplayedOnceWhenTheDatabaseIsBack)
{
    auto session = startCase();
    session->setRetryInterval(50);
    const QUuid id = session->caseData().id;
    QSignalSpy connection(session.get(), &CaseSession::connectionChanged);

    m_store.failing = true;
    ASSERT_TRUE(session->addNote(u"Eerste notitie, offline"_qs));
    ASSERT_TRUE(session->addReferral(u"kindertelefoon"_qs, u"Wil eerst anoniem praten"_qs));
    ASSERT_TRUE(session->addNote(u"Tweede notitie, offline"_qs));
    session->setDraft(u"Nog aan het typen"_qs);
    EXPECT_TRUE(session->isOffline());
    ASSERT_GE(connection.size(), 1);
    EXPECT_EQ(connection.first().first().toBool(), false);
    EXPECT_EQ(notesOf(id), 0); // nothing reached the database

    const QList<JournaledWork> journaled = CaseJournal::pending(m_journal.path());
    ASSERT_EQ(journaled.size(), 1);
    ASSERT_TRUE(journaled.first().lastCase.has_value());
    EXPECT_EQ(journaled.first().lastCase->notes.size(), 2);

    m_store.failing = false; // the server is back
    EXPECT_TRUE(QTest::qWaitFor([&] { return !session->isOffline() && !session->hasUnsavedWork(); }, 3000));
    EXPECT_EQ(connection.last().first().toBool(), true);
    EXPECT_EQ(notesOf(id), 2);
    EXPECT_EQ(referralsOf(id), 1);
    EXPECT_EQ(m_store.draft(id), u"Nog aan het typen");
    EXPECT_FALSE(QFile::exists(session->journalPath()));

    // Replaying the same journal again (a second desktop start, say) doubles nothing.
    Case replay = *journaled.first().lastCase;
    replay.rowVersion = m_store.loadCase(id)->rowVersion;
    m_store.saveCase(replay);
    EXPECT_EQ(notesOf(id), 2);
    EXPECT_EQ(referralsOf(id), 1);
}

TEST_P(CaseRecoveryTest, WorkLeftInTheJournalIsRestoredAtTheNextStart)
{
    QUuid id;
    {
        auto session = startCase();
        id = session->caseData().id;
        m_store.failing = true; // the desktop goes down while the database cannot be reached
        session->addNote(u"Notitie die nog niet bewaard was"_qs);
        session->setDraft(u"Half getypte zin"_qs);
    }
    m_store.failing = false;
    EXPECT_EQ(notesOf(id), 0);

    const QList<JournaledWork> pending = CaseJournal::pending(m_journal.path());
    ASSERT_EQ(pending.size(), 1);
    CaseSession::Opened opened = test::restoreCase(m_work, pending.first(), u"agent-a"_qs, test::smallTree());
    ASSERT_TRUE(opened.session);
    auto &restored = opened.session;
    EXPECT_FALSE(restored->hasUnsavedWork());
    EXPECT_EQ(notesOf(id), 1);
    EXPECT_EQ(m_store.draft(id), u"Half getypte zin");
    EXPECT_EQ(restored->draft(), u"Half getypte zin");
    EXPECT_TRUE(CaseJournal::pending(m_journal.path()).isEmpty());
}

TEST_P(CaseRecoveryTest, AJournalCutOffByACrashKeepsEverythingBeforeTheCut)
{
    auto session = startCase();
    m_store.failing = true;
    session->addNote(u"Bewaard in het journaal"_qs);
    const QString path = session->journalPath();
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("{\"kind\":\"draft\",\"body\":\"afgebro"); // the process died mid-write
    }
    const JournaledWork work = CaseJournal::read(path);
    EXPECT_EQ(work.damagedLines, 1);
    ASSERT_TRUE(work.lastCase.has_value());
    EXPECT_EQ(work.lastCase->notes.constLast().body, u"Bewaard in het journaal");
    m_store.failing = false;
}

TEST_P(CaseRecoveryTest, TwoDesktopsOnOneCaseMergeWithoutLosingAnything)
{
    // Only the person who holds a case writes it, but they may have it open on two desktops (a crash
    // and a restart elsewhere, a second workstation).
    auto mine = startCase();
    const QUuid id = mine->caseData().id;
    SqlCaseStore otherStore(m_db.database());
    DirectCaseWork otherWork(otherStore);
    auto theirs = test::openCase(otherWork, id, u"agent-a"_qs);
    ASSERT_TRUE(theirs);

    // The other desktop changes the caller's role and adds a note; this one adds a note and a theme.
    CaseFields fields = theirs->caseData().fields;
    fields.callerRole = u"parent"_qs;
    theirs->setFields(fields);
    theirs->addNote(u"Notitie op de andere computer"_qs);
    QSignalSpy conflicts(mine.get(), &CaseSession::conflictFound);
    mine->addNote(u"Mijn notitie"_qs);
    CaseFields myFields = mine->caseData().fields;
    myFields.themes = {u"bullying"_qs};
    mine->setFields(myFields);

    // Different parts: merged without asking, nothing lost.
    EXPECT_EQ(conflicts.size(), 0);
    Case stored = *m_store.loadCase(id);
    EXPECT_EQ(stored.fields.callerRole, u"parent");
    EXPECT_EQ(stored.fields.themes, QStringList{u"bullying"_qs});
    EXPECT_EQ(notesOf(id), 2);

    // The same part changed differently: the agent decides.
    fields = theirs->caseData().fields;
    fields.schoolType = u"po"_qs;
    theirs->setFields(fields);
    myFields = mine->caseData().fields;
    myFields.schoolType = u"vo"_qs;
    mine->setFields(myFields);
    ASSERT_EQ(conflicts.size(), 1);
    ASSERT_TRUE(mine->conflict().has_value());
    EXPECT_EQ(mine->conflict()->differences(), QList<MergePart>{MergePart::SchoolType});
    EXPECT_EQ(m_store.loadCase(id)->fields.schoolType, u"po"); // their save stands until merged

    CaseMerge merge = *mine->conflict();
    merge.choose(MergePart::SchoolType, MergeSide::Mine);
    mine->resolveConflict(merge);
    EXPECT_FALSE(mine->conflict().has_value());
    stored = *m_store.loadCase(id);
    EXPECT_EQ(stored.fields.schoolType, u"vo");
    EXPECT_EQ(stored.fields.callerRole, u"parent");
    EXPECT_EQ(notesOf(id), 2);
}

TEST_P(CaseRecoveryTest, AHandedOverCaseMovesToTheReceiversListWithItsNote)
{
    const QString giver = person(u"agent-a"_qs);
    const QString receiver = person(u"agent-b"_qs);
    auto session = CaseSession::start(workOf(giver), test::smallTree(), Channel::Phone, giver);
    const QUuid id = session->caseData().id;
    EXPECT_FALSE(test::handOver(*session, receiver, u"  "_qs).isEmpty());
    const QString error = test::handOver(*session, receiver, u"Belt morgen terug, vraagt naar jou"_qs);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    // The giver now only reads the case.
    EXPECT_TRUE(session->isReadOnly());
    EXPECT_FALSE(session->addNote(u"Nog iets"_qs).has_value());

    const QDate today = QDate::currentDate();
    const auto listed = [&](const QString &who) {
        for (const CaseSummary &summary : m_store.homeList(who, today, 20)) {
            if (summary.id == id)
                return std::optional<CaseSummary>(summary);
        }
        return std::optional<CaseSummary>();
    };
    EXPECT_FALSE(listed(giver).has_value());
    const std::optional<CaseSummary> received = listed(receiver);
    ASSERT_TRUE(received.has_value());
    EXPECT_EQ(received->handedOverBy, giver);
    EXPECT_EQ(received->handoverNote, u"Belt morgen terug, vraagt naar jou");
    EXPECT_EQ(m_store.loadCase(id)->events.constLast().kind, u"handed-over");
    EXPECT_EQ(m_store.loadCase(id)->owner, receiver);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE case_id = ? AND action = 'handed-over'"_qs, id), 1);

    // The receiver works on it; their notes carry their name.
    auto received2 = test::openCase(workOf(receiver), id, receiver);
    ASSERT_TRUE(received2);
    ASSERT_TRUE(received2->addNote(u"Teruggebeld"_qs));
    EXPECT_EQ(m_store.loadCase(id)->notes.constLast().author, receiver);
    EXPECT_EQ(received2->handovers().size(), 1);
}

TEST_P(CaseRecoveryTest, OpeningACaseIsInTheAuditLog)
{
    auto session = startCase();
    const QUuid id = session->caseData().id;
    auto reopened = test::openCase(m_work, id, u"agent-a"_qs);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE case_id = ? AND action = 'opened'"_qs, id), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseRecoveryTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

TEST(CasePresence, ShowsWhoElseHasTheCaseOpenAndForgetsThemWhenTheyLeave)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    SqlCaseStore store(db.database());
    DirectCaseWork work(store);
    auto session = CaseSession::start(work, test::smallTree(), Channel::Phone, u"agent-a"_qs);
    const QUuid id = session->caseData().id;

    PresenceTracker mine(work, id, u"agent-a"_qs);
    EXPECT_TRUE(mine.others().isEmpty());
    QStringList seen;
    {
        PresenceTracker theirs(work, id, u"supervisor-c"_qs);
        EXPECT_EQ(theirs.others(), QStringList{u"agent-a"_qs});
        QSignalSpy changed(&mine, &PresenceTracker::othersChanged);
        mine.refresh();
        EXPECT_EQ(mine.others(), QStringList{u"supervisor-c"_qs});
        EXPECT_EQ(changed.size(), 1);
    }
    mine.refresh(); // they closed the case
    EXPECT_TRUE(mine.others().isEmpty());

    // A desktop that vanished without leaving drops out once its row is old.
    store.touchPresence(id, u"vanished"_qs);
    EXPECT_EQ(store.othersViewing(id, u"agent-a"_qs, 60), QStringList{u"vanished"_qs});
    QSqlQuery age(db.database().connection());
    ASSERT_TRUE(
            age.exec(u"UPDATE case_presence SET seen_at = '2000-01-01T00:00:00.000Z' WHERE viewer = 'vanished'"_qs));
    EXPECT_TRUE(store.othersViewing(id, u"agent-a"_qs, 60).isEmpty());
}
