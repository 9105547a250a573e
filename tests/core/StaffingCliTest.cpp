// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin report staffing and settings on a seeded database (StaffingSeed.h), on SQLite and PostgreSQL.
#include "StaffingSeed.h"
#include "review/StaffingReport.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
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

class StaffingCliTest : public test::StaffingSeedTest
{ };

} // namespace

TEST_P(StaffingCliTest, TheAdminCommandWritesTheFiguresAsCsvAndPdf)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"staffing.csv"_qs);
    const ProcessResult written
            = admin({u"report"_qs, u"staffing"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs, u"2026-12-02"_qs,
                     u"--format"_qs, u"csv"_qs, u"-o"_qs, csv, u"--db"_qs, urlFor(m_supervisor)});
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

    const ProcessResult badFormat
            = admin({u"report"_qs, u"staffing"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs, u"2026-12-02"_qs,
                     u"--format"_qs, u"xls"_qs, u"-o"_qs, csv, u"--db"_qs, urlFor(m_supervisor)});
    EXPECT_EQ(badFormat.exitCode, 2);
}

TEST_P(StaffingCliTest, AgentsAndContentManagersAreRefused)
{
    if (sqlite()) {
        // The embedded database has one user and no roles: whoever may read the file reads the figures.
        EXPECT_EQ(StaffingReport::read(m_db.database(), m_period, m_now).agentDays().size(), 3);
    } else {
        EXPECT_THROW(StaffingReport::read(*open(m_agent), m_period, m_now), StorageError);
        for (const QString &role : {m_agent, m_editor}) {
            QTemporaryDir dir;
            const ProcessResult refused
                    = admin({u"report"_qs, u"staffing"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs, u"2026-12-02"_qs,
                             u"--format"_qs, u"csv"_qs, u"-o"_qs, dir.filePath(u"x.csv"_qs), u"--db"_qs, urlFor(role)});
            EXPECT_EQ(refused.exitCode, 1) << role.toStdString();
            EXPECT_TRUE(refused.err.contains(u"only supervisors and administrators read staffing figures"_qs))
                    << refused.err.toStdString();
            EXPECT_FALSE(QFile::exists(dir.filePath(u"x.csv"_qs)));
        }
    }
}

TEST_P(StaffingCliTest, SettingsShowAndSetTheWrapUpLimit)
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
        const ProcessResult agent
                = admin({u"settings"_qs, u"set"_qs, u"wrapup-limit"_qs, u"60"_qs, u"--db"_qs, urlFor(m_agent)});
        EXPECT_EQ(agent.exitCode, 1);
        EXPECT_TRUE(agent.err.contains(u"only administrators set the wrap-up maximum"_qs)) << agent.err.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffingCliTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql));
