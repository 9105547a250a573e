// SPDX-License-Identifier: GPL-3.0-or-later
// A case's timeline, supervisors' reviews, the audit of viewing and exporting, and the data
// subject's export, on SQLite and PostgreSQL.
#include "review/CaseTimeline.h"
#include "ReviewSeed.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "chat/ChatStore.h"
#include "review/CaseAccessLog.h"
#include "review/CaseDataExport.h"
#include "review/CaseLogQuery.h"
#include "review/CaseRecord.h"
#include "review/CaseReviewWriter.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace ww;
using Kind = TimelineEntry::Kind;

namespace {

const QDateTime reviewTime(QDate(2026, 3, 20), QTime(14, 0), Qt::UTC);

class CaseTimelineTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    CaseTimelineTest()
        : m_db(GetParam())
        , m_seed(m_db.database())
    { }

    void handOver(const QUuid &caseId, const QString &note)
    {
        QSqlQuery query(m_db.database().connection());
        query.prepare(u"INSERT INTO case_handovers (case_id, from_role, to_role, note, handed_at) "
                      "VALUES (:case_id, 'anna', 'bram', :note, :at)"_qs);
        query.bindValue(u":case_id"_qs, caseId.toString(QUuid::WithoutBraces));
        query.bindValue(u":note"_qs, note);
        query.bindValue(u":at"_qs, QDateTime(QDate(2026, 3, 2), QTime(10, 3), Qt::UTC));
        ASSERT_TRUE(query.exec()) << qPrintable(query.lastError().text());
    }

    CaseRecord record(int number)
    {
        const std::optional<CaseRecord> found = CaseRecordReader(m_db.database()).read(m_seed.id(number));
        EXPECT_TRUE(found.has_value());
        return found.value_or(CaseRecord{});
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
};

QStringList actionsOf(const CaseRecord &record)
{
    QStringList actions;
    for (const AuditEntry &entry : record.audit)
        actions.append(entry.action);
    return actions;
}

} // namespace

TEST_P(CaseTimelineTest, ListsEverythingThatHappenedInTimeOrder)
{
    handOver(m_seed.id(1), u"Graag overnemen"_qs);
    CaseReviewWriter(m_db.database())
            .add(m_seed.id(1), u"Goed doorverwezen"_qs, 4, true, u"sofie"_qs, reviewTime,
                 u"Een leerling werd gepest en vond snel hulp."_qs);
    CaseAccessLog(m_db.database()).record(m_seed.id(1), CaseAccessLog::Access::Opened, u"sofie"_qs, reviewTime);

    const QList<TimelineEntry> entries = CaseTimeline::entries(record(1));
    for (qsizetype i = 1; i < entries.size(); ++i)
        EXPECT_LE(entries.at(i - 1).at, entries.at(i).at) << i;
    QList<Kind> kinds;
    for (const TimelineEntry &entry : entries) {
        if (!kinds.contains(entry.kind))
            kinds.append(entry.kind);
    }
    // steps from 10:00 with "opened" at 10:00; referral 10:01:30; note 10:02; hand-over 10:03.
    EXPECT_EQ(kinds.mid(0, 5), (QList<Kind>{Kind::Step, Kind::Event, Kind::Referral, Kind::Note, Kind::Handover}));
    EXPECT_TRUE(kinds.contains(Kind::Review));
    EXPECT_TRUE(kinds.contains(Kind::Audit));

    auto find = [&](Kind kind) {
        return *std::find_if(entries.begin(), entries.end(), [&](const TimelineEntry &e) { return e.kind == kind; });
    };
    EXPECT_EQ(find(Kind::Step).subject, u"danger");
    EXPECT_EQ(find(Kind::Step).extra, u"no");
    EXPECT_TRUE(find(Kind::Note).text.contains(u"notemarker1"_qs));
    EXPECT_EQ(find(Kind::Referral).subject, u"school-route");
    EXPECT_EQ(find(Kind::Handover).text, u"Graag overnemen");
    EXPECT_EQ(find(Kind::Handover).extra, u"bram");
    const TimelineEntry review = find(Kind::Review);
    EXPECT_EQ(review.text, u"Goed doorverwezen");
    EXPECT_EQ(review.extra, u"4");
    EXPECT_TRUE(review.flagged);
    EXPECT_EQ(entries.constLast().kind, Kind::Audit);
    EXPECT_EQ(entries.constLast().subject, u"opened");
}

TEST_P(CaseTimelineTest, AReviewNeedsACommentAndAScoreFromOneToFive)
{
    CaseReviewWriter writer(m_db.database());
    EXPECT_THROW(writer.add(m_seed.id(2), u"  "_qs, 3, false, u"sofie"_qs, reviewTime), StorageError);
    EXPECT_THROW(writer.add(m_seed.id(2), u"Prima"_qs, 0, false, u"sofie"_qs, reviewTime), StorageError);
    EXPECT_THROW(writer.add(m_seed.id(2), u"Prima"_qs, 6, false, u"sofie"_qs, reviewTime), StorageError);
    EXPECT_THROW(writer.add(m_seed.id(2), QString(CaseReviewWriter::maxCommentLength + 1, u'x'), 3, false, u"sofie"_qs,
                            reviewTime),
                 StorageError);
    EXPECT_TRUE(record(2).reviews.isEmpty());
    writer.add(m_seed.id(2), u"Prima"_qs, 5, false, u"sofie"_qs, reviewTime);
    EXPECT_THROW(writer.add(m_seed.id(2), u"Toch twijfel"_qs, 1, true, u"sofie"_qs, reviewTime.addSecs(60)),
                 StorageError)
            << "flagged for the network without a summary";
    writer.add(m_seed.id(2), u"Toch twijfel"_qs, 1, true, u"sofie"_qs, reviewTime.addSecs(60),
               u"Een ouder twijfelde aan de school."_qs);
    const QList<CaseReview> reviews = record(2).reviews;
    ASSERT_EQ(reviews.size(), 2);
    EXPECT_EQ(reviews.at(0).score, 5);
    EXPECT_FALSE(reviews.at(0).flagged);
    EXPECT_EQ(reviews.at(1).score, 1);
    EXPECT_TRUE(reviews.at(1).flagged);
    // The database refuses a score outside 1–5 even when the program is bypassed.
    QSqlQuery query(m_db.database().connection());
    EXPECT_FALSE(query.exec(u"UPDATE case_reviews SET score = 9"_qs));
}

TEST_P(CaseTimelineTest, ViewingAndExportingAreAudited)
{
    CaseAccessLog log(m_db.database());
    log.record(m_seed.id(3), CaseAccessLog::Access::Opened, u"sofie"_qs, reviewTime);
    log.record(m_seed.id(3), CaseAccessLog::Access::Exported, u"sofie"_qs, reviewTime.addSecs(5));
    const CaseRecord found = record(3);
    const QStringList actions = actionsOf(found);
    ASSERT_GE(actions.size(), 2);
    EXPECT_EQ(actions.mid(actions.size() - 2), (QStringList{u"opened"_qs, u"exported"_qs}));
    EXPECT_FALSE(found.audit.constLast().actor.isEmpty());
    if (GetParam() == test::Backend::Sqlite) {
        EXPECT_EQ(found.audit.constLast().actor, u"sofie");
    }
    EXPECT_FALSE(actionsOf(record(4)).contains(u"opened"_qs)) << "only the case viewed is recorded";
}

TEST_P(CaseTimelineTest, TheDataExportHoldsEverythingStored)
{
    handOver(m_seed.id(5), u"Overdracht <b>notitie</b>"_qs);
    CaseReviewWriter(m_db.database()).add(m_seed.id(5), u"Reviewtekst"_qs, 3, false, u"sofie"_qs, reviewTime);
    CaseAccessLog(m_db.database()).record(m_seed.id(5), CaseAccessLog::Access::Exported, u"sofie"_qs, reviewTime);
    const CaseRecord found = record(5);

    const QJsonObject json = CaseDataExport::json(found, reviewTime).object();
    EXPECT_EQ(json.value(u"format"_qs).toString(), u"wegwijzer-case-export");
    const QJsonObject c = json.value(u"case"_qs).toObject();
    EXPECT_EQ(c.value(u"id"_qs).toString(), m_seed.id(5).toString(QUuid::WithoutBraces));
    EXPECT_EQ(c.value(u"owner"_qs).toString(), u"carla");
    EXPECT_EQ(c.value(u"followUpDate"_qs).toString(), u"2026-03-10");
    EXPECT_TRUE(
            c.value(u"notes"_qs).toArray().at(0).toObject().value(u"body"_qs).toString().contains(u"notemarker5"_qs));
    EXPECT_EQ(c.value(u"steps"_qs).toArray().size(), 3);
    EXPECT_EQ(c.value(u"referrals"_qs).toArray().size(), 1);
    EXPECT_EQ(json.value(u"handovers"_qs).toArray().at(0).toObject().value(u"note"_qs).toString(),
              u"Overdracht <b>notitie</b>");
    EXPECT_EQ(json.value(u"reviews"_qs).toArray().at(0).toObject().value(u"score"_qs).toInt(), 3);
    QStringList actions;
    for (const QJsonValue &entry : json.value(u"audit"_qs).toArray())
        actions.append(entry.toObject().value(u"action"_qs).toString());
    EXPECT_TRUE(actions.contains(u"exported"_qs));

    const QString html = CaseDataExport::html(found, reviewTime);
    EXPECT_TRUE(html.contains(u"notemarker5"_qs));
    EXPECT_TRUE(html.contains(u"Overdracht &lt;b&gt;notitie&lt;/b&gt;"_qs)) << "stored text is escaped, never markup";
    EXPECT_FALSE(html.contains(u"<b>notitie"_qs));
    EXPECT_TRUE(html.contains(u"Reviewtekst"_qs));
}

TEST_P(CaseTimelineTest, AChatCaseShowsItsTranscriptInTheTimelineAndTheExport)
{
    const auto tree = test::smallTree();
    SqlCaseStore(m_db.database()).storeTree(*tree);
    chat::ChatStore chats(m_db.database(), tree->identity());
    chat::StoredChat chat;
    chat.id = QUuid::createUuid();
    chat.caseId = QUuid::createUuid();
    chat.resumeHash = chat::ChatStore::hashOf(chat::ChatStore::randomToken());
    chat.lang = u"nl"_qs;
    chat.openedAt = chat.queuedAt = QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC);
    chats.open(chat);
    // On PostgreSQL the transcript names an agent who can log in (the database checks).
    QString anna = u"anna"_qs;
    if (GetParam() == test::Backend::PostgreSql) {
        anna = u"anna_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_db.createRole(anna, u"ww_agent"_qs);
    }
    chats.append(chat, {1, u"visitor"_qs, {}, u"v1"_qs, u"Ik word gepest"_qs, chat.openedAt.addSecs(10)});
    chats.append(chat,
                 {2, u"agent"_qs, anna, u"a1"_qs, u"Wat vervelend. Sinds wanneer?"_qs, chat.openedAt.addSecs(30)});

    const std::optional<CaseRecord> found = CaseRecordReader(m_db.database()).read(chat.caseId);
    ASSERT_TRUE(found.has_value());
    ASSERT_EQ(found->transcript.size(), 2);
    QStringList lines;
    for (const TimelineEntry &entry : CaseTimeline::entries(*found)) {
        if (entry.kind == TimelineEntry::Kind::Message)
            lines.append(entry.subject + u": "_qs + entry.text);
    }
    EXPECT_EQ(lines, (QStringList{u"visitor: Ik word gepest"_qs, u"agent: Wat vervelend. Sinds wanneer?"_qs}));
    const QJsonArray transcript = CaseDataExport::json(*found, reviewTime).object().value(u"transcript"_qs).toArray();
    ASSERT_EQ(transcript.size(), 2);
    EXPECT_EQ(transcript.at(1).toObject().value(u"author"_qs).toString(), anna);
    EXPECT_TRUE(CaseDataExport::html(*found, reviewTime).contains(u"Ik word gepest"_qs));
}

TEST_P(CaseTimelineTest, AnUnknownCaseHasNoRecord)
{
    EXPECT_FALSE(CaseRecordReader(m_db.database()).read(QUuid::createUuid()).has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseTimelineTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

namespace {

/// PostgreSQL itself decides who reviews and whose access is recorded.
class PostgresReviewTest : public ::testing::Test
{
protected:
    PostgresReviewTest()
        : m_seed(m_db.database())
    {
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_supervisor = u"sup_"_qs + suffix;
        m_agent = u"agt_"_qs + suffix;
        m_db.createRole(m_supervisor, u"ww_supervisor"_qs);
        m_db.createRole(m_agent, u"ww_agent"_qs);
    }

    std::unique_ptr<Database> as(const QString &role) { return m_db.openAs(role); }

    test::TemporaryDatabase m_db{test::Backend::PostgreSql};
    test::ReviewSeed m_seed;
    QString m_supervisor, m_agent;
};

} // namespace

TEST_F(PostgresReviewTest, OnlySupervisorsReviewAndAlwaysUnderTheirOwnName)
{
    {
        const auto supervisor = as(m_supervisor);
        CaseReviewWriter(*supervisor)
                .add(m_seed.id(1), u"Netjes"_qs, 4, true, u"someone-else"_qs, reviewTime,
                     u"Een leerling werd gepest."_qs);
        const auto record = CaseRecordReader(*supervisor).read(m_seed.id(1));
        ASSERT_TRUE(record.has_value());
        ASSERT_EQ(record->reviews.size(), 1);
        EXPECT_EQ(record->reviews.at(0).reviewer, m_supervisor);
        EXPECT_EQ(record->reviews.at(0).score, 4);
        EXPECT_TRUE(record->reviews.at(0).flagged);
    }
    const auto agent = as(m_agent);
    EXPECT_THROW(CaseReviewWriter(*agent).add(m_seed.id(1), u"Zelf beoordeeld"_qs, 5, false, m_agent, reviewTime),
                 StorageError);
}

TEST_F(PostgresReviewTest, TheDatabaseRecordsWhoViewedAndRefusesCasesTheCallerCannotSee)
{
    {
        const auto supervisor = as(m_supervisor);
        CaseAccessLog(*supervisor).record(m_seed.id(2), CaseAccessLog::Access::Opened, u"ignored"_qs, reviewTime);
        const auto record = CaseRecordReader(*supervisor).read(m_seed.id(2));
        ASSERT_TRUE(record.has_value());
        ASSERT_FALSE(record->audit.isEmpty());
        EXPECT_EQ(record->audit.constLast().action, u"opened");
        EXPECT_EQ(record->audit.constLast().actor, m_supervisor);
    }
    const auto agent = as(m_agent);
    EXPECT_THROW(CaseAccessLog(*agent).record(m_seed.id(2), CaseAccessLog::Access::Exported, m_agent, reviewTime),
                 StorageError);
}

TEST_F(PostgresReviewTest, SupervisorsSeeEveryCaseInTheLogAndAgentsOnlyTheirOwn)
{
    CaseLogFilter withText;
    withText.noteText = u"notemarker3"_qs;
    {
        const auto supervisor = as(m_supervisor);
        EXPECT_EQ(CaseLogQuery(*supervisor, {}).count(), 7);
        EXPECT_EQ(CaseLogQuery(*supervisor, {}).page({}, 10).rows.size(), 7);
        EXPECT_EQ(CaseLogQuery(*supervisor, withText).page({}, 10).rows.size(), 1);
    }
    const auto agent = as(m_agent); // owns none of the seeded cases
    EXPECT_EQ(CaseLogQuery(*agent, {}).page({}, 10).rows.size(), 0);
    EXPECT_EQ(CaseLogQuery(*agent, withText).page({}, 10).rows.size(), 0);
}
