// SPDX-License-Identifier: GPL-3.0-or-later
// The shared database goes away mid-call: a PostgreSQL server of the test's own is stopped and
// started again under a running case session. Afterwards every note and referral is there once.
#include "PrivateServer.h"
#include "TestContent.h"
#include "cases/CaseSession.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

namespace {

int countOf(Database &db, const QString &sql, const QUuid &caseId)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.bindValue(0, caseId.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

TEST(PostgresRestart, ASessionWorksOnThroughAServerRestartAndLosesOrDoublesNothing)
{
    test::PrivateServer server;
    ASSERT_TRUE(server.start()) << "could not start a private PostgreSQL server (is postgresql installed?)";
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(server.url(), &error);
    ASSERT_TRUE(url) << qPrintable(error);
    const std::unique_ptr<Database> db = Database::open(*url);
    Migrator(*db).migrate();
    SqlCaseStore store(*db);
    DirectCaseWork work(store);
    QTemporaryDir journal;

    auto session = CaseSession::start(work, test::smallTree(), Channel::Phone, u"agent-a"_qs);
    session->attachJournal(journal.path());
    session->setRetryInterval(100);
    const QUuid id = session->caseData().id;
    ASSERT_TRUE(session->addNote(u"Voor de herstart"_qs));
    ASSERT_TRUE(session->addReferral(u"kindertelefoon"_qs, u"Wil anoniem praten"_qs));
    EXPECT_FALSE(session->isOffline());

    ASSERT_TRUE(server.stop());
    ASSERT_TRUE(session->addNote(u"Tijdens de herstart, een"_qs));
    ASSERT_TRUE(session->addReferral(u"school"_qs, u"Eerst met de mentor praten"_qs));
    ASSERT_TRUE(session->addNote(u"Tijdens de herstart, twee"_qs));
    session->setDraft(u"Half getypt"_qs);
    EXPECT_TRUE(session->isOffline());
    EXPECT_TRUE(session->hasUnsavedWork());
    EXPECT_FALSE(CaseJournal::pending(journal.path()).isEmpty()); // kept on this computer meanwhile

    ASSERT_TRUE(server.start());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !session->hasUnsavedWork(); }, 20000));
    EXPECT_FALSE(session->isOffline());
    EXPECT_TRUE(CaseJournal::pending(journal.path()).isEmpty());
    const std::unique_ptr<Database> check = Database::open(*url);
    EXPECT_EQ(SqlCaseStore(*check).draft(id), u"Half getypt");
    ASSERT_TRUE(session->addNote(u"Na de herstart"_qs));

    EXPECT_EQ(countOf(*check, u"SELECT count(*) FROM case_notes WHERE case_id = ?"_qs, id), 4);
    EXPECT_EQ(countOf(*check, u"SELECT count(DISTINCT body) FROM case_notes WHERE case_id = ?"_qs, id), 4);
    EXPECT_EQ(countOf(*check, u"SELECT count(*) FROM referrals WHERE case_id = ?"_qs, id), 2);
    EXPECT_EQ(SqlCaseStore(*check).draft(id), QString()); // the note took the draft's place
    EXPECT_EQ(SqlCaseStore(*check).loadCase(id)->referrals.size(), 2);
}
