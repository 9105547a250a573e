// SPDX-License-Identifier: GPL-3.0-or-later
// A database seeded for the staffing report, on SQLite or PostgreSQL, with totals worked out by hand in the
// tests (December: Dutch time is UTC+1). Two agents; states across midnight and hour borders; chats answered
// at 59 s and 61 s, one abandoned and one still waiting.
#pragma once

#include "TestDatabase.h"
#include "review/StaffingReport.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace ww::test {

constexpr auto staffingTree = "staffing@sha256:0000000000000000000000000000000000000000000000000000000000000000";

class StaffingSeedTest : public ::testing::TestWithParam<test::Backend>
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
        return m_db.urlAs(role).toString();
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
    QString addCase(const char *owner, const char *channel, const char *opened, const char *ended, const char *closed)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto time = [](const char *at) { return *at ? t(at) : u"NULL"_qs; };
        exec(u"INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, contact_ended_at, closed_at, "
             "updated_at) VALUES ('%1', '%2', '%3', '%4', '%5', %6, %7, %8, %6)"_qs.arg(
                     id, QLatin1String(channel), *closed ? u"closed"_qs : (*ended ? u"wrap-up"_qs : u"active"_qs),
                     QLatin1String(owner), QLatin1String(staffingTree), t(opened), time(ended), time(closed)));
        return id;
    }
    void addChat(const char *owner, const char *opened, const char *answered, const char *ended,
                 const char *contactEnded, const char *closed)
    {
        const QString caseId = addCase(owner, "chat", opened, contactEnded, closed);
        auto time = [](const char *at) { return *at ? t(at) : u"NULL"_qs; };
        const QString hash = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().repeated(2));
        exec(u"INSERT INTO chats (id, case_id, resume_hash, state, agent, lang, opened_at, queued_at, ended_at, "
             "answered_at) VALUES ('%1', '%2', '%3', '%4', %5, 'nl', %6, %6, %7, %8)"_qs.arg(
                     QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, hash,
                     *ended ? u"ended"_qs : (*answered ? u"active"_qs : u"queued"_qs),
                     *answered ? u"'%1'"_qs.arg(QLatin1String(owner)) : u"NULL"_qs, t(opened), time(ended),
                     time(answered)));
    }

    void seed()
    {
        exec(u"INSERT INTO trees (identity, version, content, stored_at) VALUES ('%1', '1', '{}', %2)"_qs.arg(
                QLatin1String(staffingTree), t("2026-11-01T00:00:00")));
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
        addCase("anna", "phone", "2026-12-01T22:59:00", "", ""); // 23:59 Dutch time, still going
        addCase("anna", "phone", "2026-12-03T10:00:00", "", ""); // after the period
        // chat A answered after 59 s, chat B after 61 s, C abandoned, D still waiting.
        addChat("bram", "2026-12-02T07:59:30", "2026-12-02T08:00:29", "2026-12-02T08:20:00", "2026-12-02T08:20:00",
                "2026-12-02T08:25:00");
        addChat("bram", "2026-12-02T08:10:00", "2026-12-02T08:11:01", "2026-12-02T08:30:00", "2026-12-02T08:30:00", "");
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
    const QDateTime m_now{QDate(2026, 12, 10), QTime(12, 0), Qt::UTC};
};

} // namespace ww::test
