// SPDX-License-Identifier: GPL-3.0-or-later
// bench_storage: saving a case through SqlCaseStore, and the home list on a 1,000,000-case database, each
// against the same statements run by the command-line shell (sqlite3, psql) in the same run.
//
// The reference runs exactly what the program ran: the statements are recorded from the program's own
// SQLite connection (sqlite3_trace_v2 + sqlite3_expanded_sql: the text of resources/sql with the bound
// values written in as literals, BEGIN and COMMIT included), then handed to the shell one transaction at a
// time. Program and shell alternate case by case, so drift in the machine's load falls on both alike.
// Afterwards the rows both wrote are compared: a reference that wrote something else would prove nothing.
#include "ShellSession.h"

#include "Vocabulary.h"
#include "cases/Case.h"
#include "content/ShippedContent.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstring>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using ww::bench::ShellSession;

struct Options
{
    int saves = 5000;
    int homeRuns = 1000;
    QString homeDb;      ///< the seeded 1,000,000-case database; no home-list benchmark without
    QString postgresUrl; ///< an admin URL (test-server.sh prints one); no PostgreSQL benchmark without
    std::string sqlite3 = "sqlite3";
    std::string psql = "psql";
    QString work;           ///< scratch directory for the fresh databases
    QString dumpStatements; ///< where to write the first case's transaction, to show what the shell runs
};

Options &options()
{
    static Options o;
    return o;
}

/// Per-iteration times, with nearest-rank percentiles (as bench_tree).
class Samples
{
public:
    void add(Clock::duration elapsed) { m_ms.push_back(std::chrono::duration<double, std::milli>(elapsed).count()); }

    double percentile(double p)
    {
        if (m_ms.empty())
            return 0.0;
        std::sort(m_ms.begin(), m_ms.end());
        const auto rank = std::size_t(std::ceil(p * double(m_ms.size())));
        return m_ms[std::clamp<std::size_t>(rank, 1, m_ms.size()) - 1];
    }

    void report(benchmark::State &state, const std::string &prefix)
    {
        state.counters[prefix + "p50_ms"] = percentile(0.50);
        state.counters[prefix + "p95_ms"] = percentile(0.95);
        state.counters[prefix + "p99_ms"] = percentile(0.99);
        state.counters[prefix + "max_ms"] = percentile(1.0);
        state.counters[prefix + "samples"] = double(m_ms.size());
    }

private:
    std::vector<double> m_ms;
};

template<typename Work>
Clock::duration timed(Work &&work)
{
    const auto start = Clock::now();
    work();
    return Clock::now() - start;
}

struct Content
{
    std::shared_ptr<const ww::ReferralDirectory> directory;
    std::shared_ptr<const ww::DecisionTree> tree;
};

const Content &content()
{
    static const Content loaded = [] {
        const ww::DirectoryLoadResult directory = ww::ShippedContent::loadDirectory();
        const ww::TreeLoadResult tree
                = directory.ok() ? ww::ShippedContent::loadTree(*directory.directory) : ww::TreeLoadResult{};
        if (!tree.ok())
            throw std::runtime_error("the shipped tree or directory does not load");
        return Content{directory.directory, tree.tree};
    }();
    return loaded;
}

// ---- the cases ---------------------------------------------------------------------------------------

/// The owner of the saved cases. On PostgreSQL row-level security lets an agent insert only cases owned by
/// their own login role, so it is a role name, and the SQLite cases use it too: both get the same rows.
const QString benchAgent = u"ww_bench_agent"_qs;

const QStringList &noteSentences()
{
    static const QStringList sentences{
            u"Beller vertelt dat het pesten al sinds de zomervakantie speelt, vooral in de pauzes."_qs,
            u"Mentor is op de hoogte gebracht, maar volgens de ouder is er sindsdien niets veranderd."_qs,
            u"Uitgelegd wat de vertrouwenspersoon van de school kan doen en wat niet."_qs,
            u"Gevraagd of er direct gevaar is: nee. Beller wil eerst zelf een gesprek met de directie."_qs,
            u"Het gaat ook online door, via een groepsapp van de klas; beller heeft schermafbeeldingen."_qs,
            u"Afgesproken dat beller de klachtenregeling van de school opzoekt en zo nodig terugbelt."_qs,
            u"Leerling wil anoniem blijven; geen namen genoteerd."_qs,
            u"Verschil tussen een signaal en een formele klacht toegelicht, met de termijnen."_qs,
    };
    return sentences;
}

/// Cases as an agent saves them at the end of a call: header, 5 steps, 3 notes, 2 referrals, two themes and
/// three events. Always the same cases (ids derived from the index), so every run writes the same rows.
std::vector<ww::Case> makeCases(int count)
{
    const Content &c = content();
    QList<const ww::TreeNode *> questions;
    QList<const ww::TreeNode *> outcomes;
    for (const ww::TreeNode &node : c.tree->nodes())
        (node.isOutcome() ? outcomes : questions).append(&node);
    const QList<ww::Party> &parties = c.directory->parties();
    const QStringList &sentences = noteSentences();
    const QUuid space = QUuid::fromString(u"6f1c3a52-8a0e-4f57-9a53-5b0e2f4b7d11"_qs);
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

    std::vector<ww::Case> cases;
    cases.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const QDateTime opened = start.addSecs(qint64(i) * 437);
        ww::Case k = ww::Case::open(i % 10 < 7 ? ww::Channel::Phone : ww::Channel::Chat, benchAgent, c.tree->identity(),
                                    opened);
        k.id = QUuid::createUuidV5(space, QString::number(i));
        k.fields.callerRole = ww::Vocabulary::callerRoles().at(i % ww::Vocabulary::callerRoles().size());
        k.fields.schoolType = ww::Vocabulary::schoolTypes().at(i % ww::Vocabulary::schoolTypes().size());
        const QStringList &themes = ww::Vocabulary::themes();
        k.fields.themes = {themes.at(i % themes.size()), themes.at((i + 3) % themes.size())};
        k.fields.province = u"Utrecht"_qs;
        k.fields.routeStage = ww::Vocabulary::routeStages().at(i % ww::Vocabulary::routeStages().size());
        QDateTime clock = opened;
        for (int s = 0; s < 5; ++s) {
            const ww::TreeNode *node = s < 4 ? questions.at((i * 7 + s * 13) % questions.size())
                                             : outcomes.at((i * 11) % outcomes.size());
            const QString option = node->options.isEmpty() ? QString() : node->options.at(i % node->options.size()).id;
            k.steps.append({node->id, s < 4 ? option : QString(), clock});
            clock = clock.addSecs(40);
        }
        k.outcomeNodeId = k.steps.constLast().nodeId;
        const ww::Party &first = parties.at(i % parties.size());
        const ww::Party &second = parties.at((i + 1) % parties.size());
        k.referrals.append(
                {first.id, ww::ReferralOrigin::Suggested, ww::ReferralDecision::Confirmed, {}, i % 6 == 0, clock});
        k.referrals.append({second.id, ww::ReferralOrigin::Added, ww::ReferralDecision::Confirmed,
                            u"Past beter bij de vraag van de beller."_qs, false, clock});
        for (int n = 0; n < 3; ++n) {
            clock = clock.addSecs(75);
            k.notes.append(
                    {QUuid::createUuidV5(k.id, QString::number(n)),
                     benchAgent,
                     clock,
                     sentences.at((i + n) % sentences.size()) + u' ' + sentences.at((i + n + 3) % sentences.size()),
                     {}});
        }
        clock = clock.addSecs(120);
        k.contactEndedAt = clock;
        k.events.append({clock, u"contact-ended"_qs, {}});
        clock = clock.addSecs(200);
        k.status = ww::CaseStatus::Closed;
        k.closedAt = clock;
        k.updatedAt = clock;
        k.events.append({clock, u"closed"_qs, {}});
        cases.push_back(std::move(k));
    }
    return cases;
}

// ---- recording what the program runs -----------------------------------------------------------------

sqlite3 *sqliteHandle(ww::Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        throw std::runtime_error("not an SQLite connection");
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// Collects every statement the connection starts, with its bound values written in as literals.
class StatementRecorder
{
public:
    explicit StatementRecorder(ww::Database &database)
        : m_handle(sqliteHandle(database))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementRecorder::onTrace, this);
    }
    ~StatementRecorder() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    StatementRecorder(const StatementRecorder &) = delete;
    StatementRecorder &operator=(const StatementRecorder &) = delete;

    /// The statements since the last call, each ending in ";\n": a script for the shell.
    std::string takeScript(std::size_t *count = nullptr)
    {
        check();
        std::string script;
        for (const std::string &statement : m_statements)
            script += statement + ";\n";
        if (count)
            *count = m_statements.size();
        m_statements.clear();
        return script;
    }
    std::vector<std::string> take()
    {
        check();
        return std::exchange(m_statements, {});
    }

private:
    static int onTrace(unsigned type, void *context, void *statement, void *text)
    {
        // Statements run by a trigger are reported as "-- comment" lines, and the full-text index's own
        // statements name its shadow tables as 'main'.'…': the shell runs both by itself.
        const char *sql = static_cast<const char *>(text);
        if (type != SQLITE_TRACE_STMT || std::strncmp(sql, "--", 2) == 0 || std::strstr(sql, "'main'.") != nullptr)
            return 0;
        auto *recorder = static_cast<StatementRecorder *>(context);
        char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (!expanded) { // out of memory; no exception may cross SQLite's C frames
            recorder->m_failed = true;
            return 0;
        }
        recorder->m_statements.emplace_back(expanded);
        sqlite3_free(expanded);
        return 0;
    }

    void check() const
    {
        if (m_failed)
            throw std::runtime_error("sqlite3_expanded_sql failed");
    }

    sqlite3 *m_handle;
    std::vector<std::string> m_statements;
    bool m_failed = false;
};

struct Recording
{
    std::string setup;                     ///< storing the tree (the cases refer to it)
    std::vector<std::string> transactions; ///< BEGIN … COMMIT, one per case
    std::size_t statementsPerCase = 0;     ///< of the first case; all cases have the same parts
};

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {u""_qs, u"-wal"_qs, u"-shm"_qs, u"-journal"_qs})
        QFile::remove(path + suffix);
}

/// A fresh SQLite file opened as the program opens it, migrated, with the tree stored.
std::unique_ptr<ww::Database> freshSqlite(const QString &path)
{
    removeDatabase(path);
    std::unique_ptr<ww::Database> database = ww::Database::open(ww::DatabaseUrl::sqliteFile(path));
    ww::Migrator(*database).migrate();
    return database;
}

/// Saves every case once through SqlCaseStore into a throwaway database and keeps what it ran.
const Recording &recording(const std::vector<ww::Case> &cases)
{
    static const Recording recorded = [&cases] {
        Recording r;
        const std::unique_ptr<ww::Database> database = freshSqlite(options().work + u"/recording.db"_qs);
        ww::SqlCaseStore store(*database);
        StatementRecorder recorder(*database);
        store.storeTree(*content().tree);
        r.setup = recorder.takeScript();
        for (const ww::Case &c : cases) {
            store.saveCase(c);
            r.transactions.push_back(recorder.takeScript(r.transactions.empty() ? &r.statementsPerCase : nullptr));
        }
        return r;
    }();
    return recorded;
}

const std::vector<ww::Case> &saveCases()
{
    static const std::vector<ww::Case> cases = makeCases(options().saves);
    return cases;
}

std::string resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll().toStdString();
}

/// The PRAGMAs Database::open sets, in its order; the shell answers the first with the journal mode.
const std::string sqlitePragmas
        = "PRAGMA journal_mode = WAL;\nPRAGMA foreign_keys = ON;\nPRAGMA synchronous = NORMAL;\n";

std::unique_ptr<ShellSession> sqliteShell(const QString &path)
{
    auto shell = std::make_unique<ShellSession>(
            std::vector<std::string>{options().sqlite3, "-bail", "-batch", path.toStdString()}, ".print");
    if (const std::string mode = shell->exchange(sqlitePragmas); mode != "wal\n")
        throw std::runtime_error("sqlite3 did not switch to WAL: " + mode);
    return shell;
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t from = 0;
    for (std::size_t at; (at = text.find('\n', from)) != std::string::npos; from = at + 1)
        lines.push_back(text.substr(from, at - from));
    return lines;
}

/// The shell's cost with nothing to run, before and after the timed part.
void calibrate(ShellSession &shell, Samples &roundTrips, int count = 100)
{
    for (int i = 0; i < count; ++i)
        roundTrips.add(timed([&] { shell.roundTrip(); }));
}

/// The common part of both save benchmarks: program and shell alternate, case by case.
/// Runs one recorded save in the shell. The header's INSERT … RETURNING prints the new row version, 1, as
/// the program reads it back; anything else is an error.
void runSave(ShellSession &shell, const std::string &script)
{
    const std::string output = shell.exchange(script);
    if (output != "1\n")
        throw std::runtime_error("the shell printed, where only the row version 1 was expected: " + output);
}

void timeSaves(benchmark::State &state, ww::SqlCaseStore &store, ShellSession &shell)
{
    const std::vector<ww::Case> &cases = saveCases();
    const Recording &recorded = recording(cases);
    Samples program;
    Samples raw;
    Samples roundTrips;
    calibrate(shell, roundTrips);
    std::size_t i = 0;
    for (auto _ : state) {
        const ww::Case &c = cases.at(i);
        const std::string &script = recorded.transactions.at(i);
        Clock::duration programTime{};
        Clock::duration rawTime{};
        // Taking turns at going first: whatever the first one leaves behind (a WAL checkpoint due, a
        // page cache to fill) does not always fall on the same side.
        if (i % 2 == 0) {
            programTime = timed([&] { store.saveCase(c); });
            rawTime = timed([&] { runSave(shell, script); });
        } else {
            rawTime = timed([&] { runSave(shell, script); });
            programTime = timed([&] { store.saveCase(c); });
        }
        state.SetIterationTime(std::chrono::duration<double>(programTime).count());
        program.add(programTime);
        raw.add(rawTime);
        ++i;
    }
    calibrate(shell, roundTrips);
    program.report(state, "");
    raw.report(state, "raw_");
    roundTrips.report(state, "roundtrip_");
    state.counters["ratio_p50"] = program.percentile(0.50) / raw.percentile(0.50);
    state.counters["ratio_p99"] = program.percentile(0.99) / raw.percentile(0.99);
    // The conservative reading: the shell's time without the pipes' share.
    state.counters["ratio_p99_net"] = program.percentile(0.99) / (raw.percentile(0.99) - roundTrips.percentile(0.50));
    state.counters["statements"] = double(recorded.statementsPerCase);
}

const std::vector<std::string> &caseTables()
{
    static const std::vector<std::string> tables{"cases",      "case_themes", "case_steps",
                                                 "case_notes", "referrals",   "case_events"};
    return tables;
}

void BM_SaveCaseSqlite(benchmark::State &state)
{
    try {
        const Recording &recorded = recording(saveCases());
        const QString programPath = options().work + u"/save-program.db"_qs;
        const QString rawPath = options().work + u"/save-raw.db"_qs;
        const std::unique_ptr<ww::Database> database = freshSqlite(programPath);
        ww::SqlCaseStore store(*database);
        store.storeTree(*content().tree);

        // The reference database: the same PRAGMAs, the migration files as they are, the same tree row.
        removeDatabase(rawPath);
        const std::unique_ptr<ShellSession> shell = sqliteShell(rawPath);
        const QStringList migrations
                = QDir(u":/sql/sqlite/migrations"_qs).entryList({u"*.sql"_qs}, QDir::Files, QDir::Name);
        for (const QString &migration : migrations)
            shell->run(resourceText(u":/sql/sqlite/migrations/"_qs + migration));
        shell->run(recorded.setup);

        timeSaves(state, store, *shell);

        // Both must have written the same rows.
        double rows = 0;
        double differing = 0;
        std::string check = "ATTACH '" + programPath.toStdString() + "' AS program;\n";
        for (const std::string &t : caseTables()) {
            check += "SELECT (SELECT count(*) FROM main." + t + "), (SELECT count(*) FROM program." + t
                    + "), (SELECT count(*) FROM (SELECT * FROM main." + t + " EXCEPT SELECT * FROM program." + t
                    + ")) + (SELECT count(*) FROM (SELECT * FROM program." + t + " EXCEPT SELECT * FROM main." + t
                    + "));\n";
        }
        check += "DETACH program;\n";
        for (const std::string &line : splitLines(shell->exchange(check))) {
            const QStringList fields = QString::fromStdString(line).split(u'|');
            rows += fields.value(0).toDouble();
            differing += fields.value(2).toDouble() + std::abs(fields.value(0).toDouble() - fields.value(1).toDouble());
        }
        state.counters["rows_compared"] = rows;
        state.counters["rows_differing"] = differing;
        if (differing != 0 || rows == 0)
            state.SkipWithError("the sqlite3 reference did not write the same rows as the program");
    } catch (const std::exception &error) {
        state.SkipWithError(error.what());
    }
}

// ---- PostgreSQL --------------------------------------------------------------------------------------

ww::DatabaseUrl postgresUrl(const ww::DatabaseUrl &admin, const QString &user, const QString &database)
{
    QString error;
    const auto url = ww::DatabaseUrl::parse(
            u"postgresql://%1@%2:%3/%4"_qs.arg(user, admin.host()).arg(admin.port()).arg(database), &error);
    if (!url)
        throw std::runtime_error(error.toStdString());
    return *url;
}

std::unique_ptr<ShellSession> psqlShell(const ww::DatabaseUrl &url)
{
    return std::make_unique<ShellSession>(std::vector<std::string>{options().psql, "-X", "-q", "-A", "-t", "-v",
                                                                   "ON_ERROR_STOP=1", "-d",
                                                                   url.toString().toStdString()},
                                          "\\echo");
}

/// Row count and a digest of every row of every case table, to compare two databases.
std::string postgresDigest(ShellSession &shell)
{
    std::string query;
    for (const std::string &t : caseTables())
        query += "SELECT count(*), md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM " + t + " r;\n";
    return shell.exchange(query);
}

void BM_SaveCasePostgres(benchmark::State &state)
{
    try {
        QString urlError;
        const auto admin = ww::DatabaseUrl::parse(options().postgresUrl, &urlError);
        if (!admin || admin->dialect() != ww::SqlDialect::PostgreSql)
            throw std::runtime_error("--postgres: " + urlError.toStdString());
        const QString programName = u"ww_bench_save_program"_qs;
        const QString rawName = u"ww_bench_save_raw"_qs;
        {
            const std::unique_ptr<ww::Database> server = ww::Database::open(*admin);
            for (const QString &name : {programName, rawName})
                server->execute(u"DROP DATABASE IF EXISTS "_qs + name, u"bench set-up"_qs);
            server->execute(u"CREATE DATABASE "_qs + programName, u"bench set-up"_qs);
        }
        {
            // Migrated as the schema owner, as in production; the tree stored once.
            const std::unique_ptr<ww::Database> owner
                    = ww::Database::open(postgresUrl(*admin, admin->user(), programName));
            ww::Migrator(*owner).migrate();
            owner->execute(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                           "CREATE ROLE %1 LOGIN IN ROLE ww_agent; END IF; END $$"_qs.arg(benchAgent),
                           u"bench set-up"_qs);
            ww::SqlCaseStore(*owner).storeTree(*content().tree);
        }
        // An agent saving a new case is what production does; find out whether PostgreSQL lets them.
        bool asAgent = true;
        std::string refusal;
        {
            ww::Case probe = ww::Case::open(ww::Channel::Phone, benchAgent, content().tree->identity(),
                                            QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
            try {
                const std::unique_ptr<ww::Database> agent
                        = ww::Database::open(postgresUrl(*admin, benchAgent, programName));
                ww::SqlCaseStore(*agent).saveCase(probe);
                const std::unique_ptr<ww::Database> owner
                        = ww::Database::open(postgresUrl(*admin, admin->user(), programName));
                for (const QString &table : {u"case_events"_qs, u"case_themes"_qs, u"case_steps"_qs, u"referrals"_qs})
                    owner->execute(u"DELETE FROM %1 WHERE case_id = '%2'"_qs.arg(
                                           table, probe.id.toString(QUuid::WithoutBraces)),
                                   u"bench set-up"_qs);
                owner->execute(u"DELETE FROM cases WHERE id = '%1'"_qs.arg(probe.id.toString(QUuid::WithoutBraces)),
                               u"bench set-up"_qs);
            } catch (const ww::StorageError &error) {
                asAgent = false;
                refusal = error.message().toStdString();
            }
        }
        {
            // The reference starts from a copy: same migrations, same tree row, nothing else.
            const std::unique_ptr<ww::Database> server = ww::Database::open(*admin);
            server->execute(u"CREATE DATABASE %1 TEMPLATE %2"_qs.arg(rawName, programName), u"bench set-up"_qs);
        }
        // Both log in as an agent, so that row-level security and the audit trigger apply as in production;
        // when PostgreSQL refuses the agent's save, both log in as the schema owner instead (no row-level
        // security, the audit trigger still runs) and the label says so.
        const QString role = asAgent ? benchAgent : admin->user();
        state.counters["as_agent"] = asAgent ? 1.0 : 0.0;
        if (!asAgent)
            state.SetLabel("as the schema owner: saving a new case as an agent fails: " + refusal);
        const std::unique_ptr<ww::Database> database = ww::Database::open(postgresUrl(*admin, role, programName));
        ww::SqlCaseStore store(*database);
        const std::unique_ptr<ShellSession> shell = psqlShell(postgresUrl(*admin, role, rawName));

        timeSaves(state, store, *shell);

        const std::string rawDigest = postgresDigest(*shell);
        const std::string programDigest = postgresDigest(*psqlShell(postgresUrl(*admin, admin->user(), programName)));
        double rows = 0;
        for (const std::string &line : splitLines(rawDigest))
            rows += QString::fromStdString(line).section(u'|', 0, 0).toDouble();
        state.counters["rows_compared"] = rows;
        state.counters["rows_differing"] = rawDigest == programDigest ? 0.0 : 1.0;
        if (rawDigest != programDigest)
            state.SkipWithError(("the psql reference did not write the same rows as the program:\n" + rawDigest
                                 + "against\n" + programDigest)
                                        .c_str());
    } catch (const std::exception &error) {
        state.SkipWithError(error.what());
    }
}

// ---- the home list on the seeded database ------------------------------------------------------------

std::string joinPlan(const std::string &plan)
{
    // "QUERY PLAN\n|--SEARCH …\n`--USE TEMP B-TREE …" → "SEARCH … / USE TEMP B-TREE …"
    std::string joined;
    for (std::string line : splitLines(plan)) {
        if (line == "QUERY PLAN")
            continue;
        line.erase(0, line.find_first_not_of("|`- "));
        joined += (joined.empty() ? "" : " / ") + line;
    }
    return joined;
}

void BM_HomeList(benchmark::State &state)
{
    try {
        const QString path = options().homeDb;
        if (!QFile::exists(path))
            throw std::runtime_error("no database at " + path.toStdString());
        // As the desk opens it: Database::open sets the PRAGMAs, the migrator finds nothing to do.
        const std::unique_ptr<ww::Database> database = ww::Database::open(ww::DatabaseUrl::sqliteFile(path));
        if (!ww::Migrator(*database).pending().isEmpty())
            throw std::runtime_error("the seeded database needs migrating: seed it again");
        ww::SqlCaseStore store(*database);
        const QDate today = QDate::currentDate();
        constexpr int recentLimit = 50;

        struct Owner
        {
            QString name;
            std::vector<std::string> statements; ///< the open cases, the recent cases
            qsizetype rows = 0;
        };
        std::vector<Owner> owners;
        for (int n = 1; n <= 20; ++n) {
            Owner owner{u"agent-%1"_qs.arg(n, 2, 10, QChar(u'0')), {}, 0};
            StatementRecorder recorder(*database);
            owner.rows = store.homeList(owner.name, today, recentLimit).size();
            owner.statements = recorder.take();
            if (owner.statements.size() != 2)
                throw std::runtime_error("homeList ran other than two statements");
            owners.push_back(std::move(owner));
        }

        const std::unique_ptr<ShellSession> shell = sqliteShell(path);
        const std::string count = shell->exchange("SELECT count(*) FROM cases;\n");
        state.counters["cases"] = std::stod(count);
        // The plans of the statements as the program prepares them, parameters unbound.
        const auto plan = [&](const QString &name) {
            return joinPlan(shell->exchange("EXPLAIN QUERY PLAN " + database->statement(name).toStdString() + ";\n"));
        };
        const std::string openPlan = plan(u"home_open_cases"_qs);
        const std::string recentPlan = plan(u"home_recent_cases"_qs);
        state.SetLabel("open cases: " + openPlan + " || recent cases: " + recentPlan);

        const auto script
                = [](const Owner &owner) { return owner.statements.at(0) + ";\n" + owner.statements.at(1) + ";\n"; };
        const auto runRaw = [&](const Owner &owner) {
            const std::string output = shell->exchange(script(owner));
            const auto lines = qsizetype(std::count(output.begin(), output.end(), '\n'));
            if (lines != owner.rows)
                throw std::runtime_error("sqlite3 returned " + std::to_string(lines) + " rows, the program "
                                         + std::to_string(owner.rows));
        };
        // Warm up both: the first reads of a 1,000,000-case file come from the disk, later ones from the cache.
        for (const Owner &owner : owners) {
            store.homeList(owner.name, today, recentLimit);
            runRaw(owner);
        }

        Samples program;
        Samples raw;
        Samples roundTrips;
        calibrate(*shell, roundTrips);
        std::size_t i = 0;
        double rows = 0;
        for (auto _ : state) {
            const Owner &owner = owners.at(i % owners.size());
            Clock::duration programTime{};
            Clock::duration rawTime{};
            qsizetype got = 0;
            const auto runProgram = [&] { got = store.homeList(owner.name, today, recentLimit).size(); };
            if (i % 2 == 0) {
                programTime = timed(runProgram);
                rawTime = timed([&] { runRaw(owner); });
            } else {
                rawTime = timed([&] { runRaw(owner); });
                programTime = timed(runProgram);
            }
            benchmark::DoNotOptimize(got);
            rows += double(got);
            state.SetIterationTime(std::chrono::duration<double>(programTime).count());
            program.add(programTime);
            raw.add(rawTime);
            ++i;
        }
        calibrate(*shell, roundTrips);

        // Each statement on its own in the shell, to show which of the two costs what.
        Samples rawOpen;
        Samples rawRecent;
        for (int k = 0; k < 3; ++k) {
            for (const Owner &owner : owners) {
                rawOpen.add(timed([&] { shell->exchange(owner.statements.at(0) + ";\n"); }));
                rawRecent.add(timed([&] { shell->exchange(owner.statements.at(1) + ";\n"); }));
            }
        }

        program.report(state, "");
        raw.report(state, "raw_");
        roundTrips.report(state, "roundtrip_");
        rawOpen.report(state, "raw_open_");
        rawRecent.report(state, "raw_recent_");
        state.counters["ratio_p50"] = program.percentile(0.50) / raw.percentile(0.50);
        state.counters["ratio_p95"] = program.percentile(0.95) / raw.percentile(0.95);
        state.counters["ratio_p99"] = program.percentile(0.99) / raw.percentile(0.99);
        state.counters["rows_per_list"] = rows / double(state.iterations());
        state.counters["owners"] = double(owners.size());
    } catch (const std::exception &error) {
        state.SkipWithError(error.what());
    }
}

bool takeOption(const char *argument, const char *name, std::string *value)
{
    const std::size_t length = std::strlen(name);
    if (std::strncmp(argument, name, length) != 0 || argument[length] != '=')
        return false;
    *value = argument + length + 1;
    return true;
}

const char *usage = "bench_storage [benchmark options] [--saves=N] [--home-db=PATH] [--home-runs=N]\n"
                    "              [--postgres=ADMIN_URL] [--sqlite3=PROGRAM] [--psql=PROGRAM] [--work=DIR]\n"
                    "              [--dump-statements=FILE]\n"
                    "--postgres defaults to $WW_BENCH_POSTGRES_URL; without it there is no PostgreSQL benchmark,\n"
                    "without --home-db no home-list benchmark.\n";

} // namespace

int main(int argc, char *argv[])
{
    benchmark::Initialize(&argc, argv);
    Options &o = options();
    o.postgresUrl = qEnvironmentVariable("WW_BENCH_POSTGRES_URL");
    for (int i = 1; i < argc; ++i) {
        std::string value;
        if (takeOption(argv[i], "--saves", &value))
            o.saves = std::stoi(value);
        else if (takeOption(argv[i], "--home-runs", &value))
            o.homeRuns = std::stoi(value);
        else if (takeOption(argv[i], "--home-db", &value))
            o.homeDb = QDir(QString::fromStdString(value)).absolutePath();
        else if (takeOption(argv[i], "--postgres", &value))
            o.postgresUrl = QString::fromStdString(value);
        else if (takeOption(argv[i], "--sqlite3", &value))
            o.sqlite3 = value;
        else if (takeOption(argv[i], "--psql", &value))
            o.psql = value;
        else if (takeOption(argv[i], "--dump-statements", &value))
            o.dumpStatements = QString::fromStdString(value);
        else if (takeOption(argv[i], "--work", &value))
            o.work = QDir(QString::fromStdString(value)).absolutePath();
        else {
            std::cerr << "bench_storage: unknown argument " << argv[i] << "\n" << usage;
            return 1;
        }
    }
    // A shell that exits on an error must not take this process with it when it is written to next.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);

    QTemporaryDir scratch(QDir::tempPath() + u"/ww-bench-storage-XXXXXX"_qs);
    if (o.work.isEmpty())
        o.work = scratch.path();
    QDir().mkpath(o.work);
    try {
        const Recording &recorded = recording(saveCases()); // record once, outside every timing
        if (!o.dumpStatements.isEmpty()) {
            QFile dump(o.dumpStatements);
            if (!dump.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw std::runtime_error("cannot write " + o.dumpStatements.toStdString());
            dump.write("-- What bench_storage hands to sqlite3 (and psql) for the first of its cases, as recorded\n"
                       "-- from SqlCaseStore::saveCase on the program's own connection.\n");
            dump.write(recorded.transactions.front().c_str());
        }
    } catch (const std::exception &error) {
        std::cerr << "bench_storage: " << error.what() << "\n";
        return 1;
    }

    benchmark::RegisterBenchmark("BM_SaveCaseSqlite", BM_SaveCaseSqlite)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(o.saves);
    if (!o.postgresUrl.isEmpty()) {
        benchmark::RegisterBenchmark("BM_SaveCasePostgres", BM_SaveCasePostgres)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond)
                ->Iterations(o.saves);
    }
    if (!o.homeDb.isEmpty()) {
        benchmark::RegisterBenchmark("BM_HomeList", BM_HomeList)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond)
                ->Iterations(o.homeRuns);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
