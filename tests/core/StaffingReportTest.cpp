// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing report on a seeded database, on SQLite and PostgreSQL, against totals worked out by hand
// (December: Dutch time is UTC+1). Two agents; states across midnight and hour borders; chats answered at
// 59 s and 61 s, one abandoned and one still waiting. Also wegwijzer-admin report staffing and settings.
#include "TestDatabase.h"
#include "review/StaffingReport.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ww;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult admin(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(WW_ADMIN_BINARY), arguments);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

constexpr auto tree = "staffing@sha256:0000000000000000000000000000000000000000000000000000000000000000";

class StaffingReportTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        if (!sqlite()) {
            const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
            m_supervisor = u"st_s_"_qs + suffix;
            m_agent = u"st_a_"_qs + suffix;
            m_editor = u"st_e_"_qs + suffix;
            m_db.createRole(m_supervisor, u"ww_supervisor"_qs);
            m_db.createRole(m_agent, u"ww_agent"_qs);
            m_db.createRole(m_editor, u"ww_editor"_qs);
        }
        seed();
    }

    bool sqlite() const { return GetParam() == test::Backend::Sqlite; }
    QString urlFor(const QString &role) const
    {
        if (sqlite())
            return m_db.url().toString();
        const DatabaseUrl &url = m_db.url();
        return u"postgresql://%1@%2:%3/%4"_qs.arg(role, url.host()).arg(url.port()).arg(url.databaseName());
    }
    std::unique_ptr<Database> open(const QString &role) const
    {
        QString error;
        return Database::open(*DatabaseUrl::parse(urlFor(role), &error));
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(m_db.database().connection());
        ASSERT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }
    static QString t(const char *utc) { return u"'%1.000Z'"_qs.arg(QLatin1String(utc)); }
    void state(const char *agent, const char *code, const char *at)
    {
        exec(u"INSERT INTO agent_state_changes (agent, state, changed_at) VALUES ('%1', '%2', %3)"_qs.arg(
                QLatin1String(agent), QLatin1String(code), t(at)));
    }
    /// A case; "" for a time not reached. Returns its id.
    QString addCase(const char *owner, const char *channel, const char *opened, const char *ended,
                    const char *closed)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto time = [](const char *at) { return *at ? t(at) : u"NULL"_qs; };
        exec(u"INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, contact_ended_at, closed_at, "
             "updated_at) VALUES ('%1', '%2', '%3', '%4', '%5', %6, %7, %8, %6)"_qs
                     .arg(id, QLatin1String(channel),
                          *closed ? u"closed"_qs : (*ended ? u"wrap-up"_qs : u"active"_qs), QLatin1String(owner),
                          QLatin1String(tree), t(opened), time(ended), time(closed)));
        return id;
    }
    void addChat(const char *owner, const char *opened, const char *answered, const char *ended,
                 const char *contactEnded, const char *closed)
    {
        const QString caseId = addCase(owner, "chat", opened, contactEnded, closed);
        auto time = [](const char *at) { return *at ? t(at) : u"NULL"_qs; };
        const QString hash = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().repeated(2));
        exec(u"INSERT INTO chats (id, case_id, resume_hash, state, agent, lang, opened_at, queued_at, ended_at, "
             "answered_at) VALUES ('%1', '%2', '%3', '%4', %5, 'nl', %6, %6, %7, %8)"_qs
                     .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, hash,
                          *ended ? u"ended"_qs : (*answered ? u"active"_qs : u"queued"_qs),
                          *answered ? u"'%1'"_qs.arg(QLatin1String(owner)) : u"NULL"_qs, t(opened), time(ended),
                          time(answered)));
    }

    void seed()
    {
        exec(u"INSERT INTO trees (identity, version, content, stored_at) VALUES ('%1', '1', '{}', %2)"_qs.arg(
                QLatin1String(tree), t("2026-11-01T00:00:00")));
        // anna: available since the evening before; a call at 09:30 Dutch time with 3 minutes of wrap-up; a break
        // from 23:30 across midnight; offline from 00:15.
        state("anna", "available", "2026-11-30T20:00:00");
        state("anna", "on-call", "2026-12-01T08:30:00");
        state("anna", "wrap-up", "2026-12-01T08:40:00");
        state("anna", "available", "2026-12-01T08:43:00");
        state("anna", "break", "2026-12-01T22:30:00");
        state("anna", "offline", "2026-12-01T23:15:00");
        // bram: 08:00–08:59:30 available, chats until 10:00:30 (across two hour borders), other work, offline.
        state("bram", "available", "2026-12-02T07:00:00");
        state("bram", "in-chat", "2026-12-02T07:59:30");
        state("bram", "other-work", "2026-12-02T09:00:30");
        state("bram", "offline", "2026-12-02T10:00:00");
        state("bram", "available", "2026-12-03T08:00:00"); // after the period

        addCase("anna", "phone", "2026-12-01T08:30:00", "2026-12-01T08:40:00", "2026-12-01T08:43:00");
        addCase("anna", "phone", "2026-12-01T12:00:00", "2026-12-01T12:05:00", "2026-12-01T12:07:00");
        addCase("anna", "phone", "2026-12-01T22:59:00", "", "");   // 23:59 Dutch time, still going
        addCase("anna", "phone", "2026-12-03T10:00:00", "", "");   // after the period
        // chat A answered after 59 s, chat B after 61 s, C abandoned, D still waiting.
        addChat("bram", "2026-12-02T07:59:30", "2026-12-02T08:00:29", "2026-12-02T08:20:00", "2026-12-02T08:20:00",
                "2026-12-02T08:25:00");
        addChat("bram", "2026-12-02T08:10:00", "2026-12-02T08:11:01", "2026-12-02T08:30:00", "2026-12-02T08:30:00",
                "");
        addChat("chatgw", "2026-12-02T08:40:00", "", "2026-12-02T08:45:00", "", "");
        addChat("chatgw", "2026-12-02T09:05:00", "", "", "", "");
    }

    const StaffingAgentDay *day(const StaffingReport &report, const QString &agent, int dayOfMonth)
    {
        for (const StaffingAgentDay &found : report.agentDays()) {
            if (found.agent == agent && found.day == QDate(2026, 12, dayOfMonth))
                return &found;
        }
        return nullptr;
    }

    test::TemporaryDatabase m_db{GetParam()};
    QString m_supervisor;
    QString m_agent;
    QString m_editor;
    const ReportPeriod m_period{QDate(2026, 12, 1), QDate(2026, 12, 2)};
    const QDateTime m_now{QDate(2026, 12, 10), QTime(12, 0), QTimeZone::UTC};
};

} // namespace

TEST_P(StaffingReportTest, TimeInEachStatePerAgentAndDayMatchesTheHandTotals)
{
    const StaffingReport report = StaffingReport::read(*open(m_supervisor), m_period, m_now);
    ASSERT_EQ(report.agentDays().size(), 3);
    const StaffingAgentDay *anna1 = day(report, u"anna"_qs, 1);
    ASSERT_TRUE(anna1);
    EXPECT_EQ(anna1->seconds(AgentState::Available), 34200 + 49620); // 00:00–09:30 and 09:43–23:30
    EXPECT_EQ(anna1->seconds(AgentState::OnCall), 600);
    EXPECT_EQ(anna1->seconds(AgentState::WrapUp), 180);
    EXPECT_EQ(anna1->seconds(AgentState::Break), 1800); // until midnight
    EXPECT_EQ(anna1->seconds(AgentState::Offline), 0);
    const StaffingAgentDay *anna2 = day(report, u"anna"_qs, 2);
    ASSERT_TRUE(anna2);
    EXPECT_EQ(anna2->seconds(AgentState::Break), 900); // after midnight
    EXPECT_EQ(anna2->seconds(AgentState::Offline), 85500);
    EXPECT_EQ(anna2->seconds(AgentState::Available), 0);
    const StaffingAgentDay *bram2 = day(report, u"bram"_qs, 2);
    ASSERT_TRUE(bram2);
    EXPECT_EQ(bram2->seconds(AgentState::Available), 3570);
    EXPECT_EQ(bram2->seconds(AgentState::InChat), 3660);
    EXPECT_EQ(bram2->seconds(AgentState::OtherWork), 3570);
    EXPECT_EQ(bram2->seconds(AgentState::Offline), 46800); // until the end of the period, not the next change
}

TEST_P(StaffingReportTest, ContactsPerChannelAndAverageHandlingAndWrapUp)
{
    const StaffingReport report = StaffingReport::read(*open(m_supervisor), m_period, m_now);
    const StaffingAgentDay *anna1 = day(report, u"anna"_qs, 1);
    ASSERT_TRUE(anna1);
    EXPECT_EQ(anna1->phoneContacts, 3);
    EXPECT_EQ(anna1->chatContacts, 0);
    EXPECT_EQ(anna1->averageHandlingSeconds(), 450); // (600 + 300) / 2; the open call has no end yet
    EXPECT_EQ(anna1->averageWrapUpSeconds(), 150);   // (180 + 120) / 2
    const StaffingAgentDay *bram2 = day(report, u"bram"_qs, 2);
    ASSERT_TRUE(bram2);
    EXPECT_EQ(bram2->phoneContacts, 0);
    EXPECT_EQ(bram2->chatContacts, 2); // the abandoned and the waiting chat were nobody's contact
    EXPECT_EQ(bram2->averageHandlingSeconds(), 1215); // (1230 + 1200) / 2
    EXPECT_EQ(bram2->averageWrapUpSeconds(), 300);
    EXPECT_EQ(day(report, u"chatgw"_qs, 2), nullptr);
}

TEST_P(StaffingReportTest, ChatsPerHourOfferedAnsweredWithin60sAndAbandoned)
{
    const StaffingReport report = StaffingReport::read(*open(m_supervisor), m_period, m_now);
    ASSERT_EQ(report.hours().size(), 3);
    const StaffingHour &eight = report.hours().at(0);
    EXPECT_EQ(eight.day, QDate(2026, 12, 2));
    EXPECT_EQ(eight.hour, 8);
    EXPECT_EQ(eight.offered, 1);
    EXPECT_EQ(eight.answered, 1);
    EXPECT_EQ(eight.answeredWithinTarget, 1); // 59 s
    EXPECT_EQ(eight.abandoned, 0);
    const StaffingHour &nine = report.hours().at(1);
    EXPECT_EQ(nine.hour, 9);
    EXPECT_EQ(nine.offered, 2);
    EXPECT_EQ(nine.answered, 1);
    EXPECT_EQ(nine.answeredWithinTarget, 0); // 61 s
    EXPECT_EQ(nine.abandoned, 1);
    const StaffingHour &ten = report.hours().at(2);
    EXPECT_EQ(ten.hour, 10);
    EXPECT_EQ(ten.offered, 1);
    EXPECT_EQ(ten.answered, 0);
    EXPECT_EQ(ten.abandoned, 0); // still waiting
}

TEST_P(StaffingReportTest, TheAdminCommandWritesTheFiguresAsCsvAndPdf)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"staffing.csv"_qs);
    const ProcessResult written = admin({u"report"_qs, u"staffing"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs,
                                         u"2026-12-02"_qs, u"--format"_qs, u"csv"_qs, u"-o"_qs, csv, u"--db"_qs,
                                         urlFor(m_supervisor)});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u"table,day,hour,agent,measure,value\r\n"_qs));
    EXPECT_TRUE(text.contains(u"agent-day,2026-12-01,,anna,seconds-available,83820\r\n"_qs)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"agent-day,2026-12-02,,bram,average-handling-seconds,1215\r\n"_qs));
    EXPECT_TRUE(text.contains(u"chat-hour,2026-12-02,09:00,,chats-abandoned,1\r\n"_qs));
    EXPECT_TRUE(text.contains(u"chat-hour,2026-12-02,08:00,,chats-answered-within-60s,1\r\n"_qs));

    const ProcessResult pdf = admin({u"report"_qs, u"staffing"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs,
                                     u"2026-12-02"_qs, u"--format"_qs, u"pdf"_qs, u"-o"_qs,
                                     dir.filePath(u"staffing.pdf"_qs), u"--db"_qs, urlFor(m_supervisor)});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    QFile pdfFile(dir.filePath(u"staffing.pdf"_qs));
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));

    const ProcessResult badFormat = admin({u"report"_qs, u"staffing"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs,
                                           u"2026-12-02"_qs, u"--format"_qs, u"xls"_qs, u"-o"_qs, csv, u"--db"_qs,
                                           urlFor(m_supervisor)});
    EXPECT_EQ(badFormat.exitCode, 2);
}

TEST_P(StaffingReportTest, AgentsAndContentManagersAreRefused)
{
    if (sqlite()) {
        // The embedded database has one user and no roles: whoever may read the file reads the figures.
        EXPECT_EQ(StaffingReport::read(m_db.database(), m_period, m_now).agentDays().size(), 3);
    } else {
        EXPECT_THROW(StaffingReport::read(*open(m_agent), m_period, m_now), StorageError);
        for (const QString &role : {m_agent, m_editor}) {
            QTemporaryDir dir;
            const ProcessResult refused = admin({u"report"_qs, u"staffing"_qs, u"--from"_qs, u"2026-12-01"_qs,
                                                 u"--to"_qs, u"2026-12-02"_qs, u"--format"_qs, u"csv"_qs, u"-o"_qs,
                                                 dir.filePath(u"x.csv"_qs), u"--db"_qs, urlFor(role)});
            EXPECT_EQ(refused.exitCode, 1) << role.toStdString();
            EXPECT_TRUE(refused.err.contains(u"only supervisors and administrators read staffing figures"_qs))
                    << refused.err.toStdString();
            EXPECT_FALSE(QFile::exists(dir.filePath(u"x.csv"_qs)));
        }
    }
}

TEST_P(StaffingReportTest, SettingsShowAndSetTheWrapUpLimit)
{
    if (!sqlite())
        m_db.createRole(m_supervisor + u"_adm"_qs, u"ww_admin"_qs);
    const QString adminUrl = urlFor(sqlite() ? QString() : m_supervisor + u"_adm"_qs);
    const ProcessResult before = admin({u"settings"_qs, u"show"_qs, u"--db"_qs, adminUrl});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_TRUE(before.out.contains(u"wrapup_limit_seconds = 180"_qs)) << before.out.toStdString();
    const ProcessResult set = admin({u"settings"_qs, u"set"_qs, u"wrapup-limit"_qs, u"300"_qs, u"--db"_qs, adminUrl});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const ProcessResult after = admin({u"settings"_qs, u"show"_qs, u"--db"_qs, adminUrl});
    EXPECT_TRUE(after.out.contains(u"wrapup_limit_seconds = 300\n"_qs)) << after.out.toStdString();
    EXPECT_EQ(admin({u"settings"_qs, u"set"_qs, u"wrapup-limit"_qs, u"10"_qs, u"--db"_qs, adminUrl}).exitCode, 2);
    EXPECT_EQ(admin({u"settings"_qs, u"set"_qs, u"wrapup-limit"_qs, u"lots"_qs, u"--db"_qs, adminUrl}).exitCode, 2);
    if (!sqlite()) {
        const ProcessResult agent =
                admin({u"settings"_qs, u"set"_qs, u"wrapup-limit"_qs, u"60"_qs, u"--db"_qs, urlFor(m_agent)});
        EXPECT_EQ(agent.exitCode, 1);
        EXPECT_TRUE(agent.err.contains(u"only administrators set the wrap-up maximum"_qs)) << agent.err.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffingReportTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql));
