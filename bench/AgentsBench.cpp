// SPDX-License-Identifier: GPL-3.0-or-later
// bench_agents: 50 agents saving cases at the same time against one PostgreSQL server, for a fixed time:
// saves per second and latency percentiles. Each simulated agent is a thread with its own connection,
// logged in as its own ww_agent role (row-level security applies), saving new cases through SqlCaseStore
// as fast as it can: header, 5 steps, 3 notes, 2 referrals, 2 themes, 3 events, in one transaction.
//
// The reference, in the same run: pgbench with as many clients for as long, running the same statements
// (the texts of resources/sql with the values written in, ids made by the server from random numbers)
// as one ww_agent role, prepared, one transaction per case. Its latencies come from pgbench's own
// per-transaction log.
//
//   bench_agents --postgres ADMIN_URL [--agents 50] [--seconds 60] [--pgbench PATH] [--work DIR]
#include "cases/Case.h"
#include "content/ShippedContent.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    QString adminUrl;
    int agents = 50;
    int seconds = 60;
    QString pgbench = u"pgbench"_qs;
    QString work;
};

struct Result
{
    std::vector<double> latenciesMs;
    double seconds = 0;
    long failures = 0;
};

ww::DatabaseUrl urlFor(const ww::DatabaseUrl &admin, const QString &user, const QString &database)
{
    QString error;
    const auto url = ww::DatabaseUrl::parse(
            u"postgresql://%1@%2:%3/%4"_qs.arg(user, admin.host()).arg(admin.port()).arg(database), &error);
    if (!url)
        throw ww::StorageError(error);
    return *url;
}

/// A closed case as an agent saves it at the end of a call, with fresh ids.
ww::Case makeCase(const ww::DecisionTree &tree, const QStringList &path, const QString &owner, int i)
{
    const QDateTime opened = QDateTime::currentDateTimeUtc();
    ww::Case c = ww::Case::open(ww::Channel::Phone, owner, tree.identity(), opened);
    c.fields = {u"parent"_qs, u"vo"_qs, {u"bullying"_qs, u"online"_qs}, u"Utrecht"_qs, u"school"_qs};
    for (int s = 0; s < 5; ++s)
        c.steps.append({path.at(s % path.size()), s < 4 ? u"a"_qs : QString(), opened.addSecs(s * 40)});
    c.outcomeNodeId = c.steps.constLast().nodeId;
    c.referrals.append({u"vertrouwenspersoon"_qs,
                        ww::ReferralOrigin::Suggested,
                        ww::ReferralDecision::Confirmed,
                        {},
                        false,
                        opened});
    c.referrals.append({u"kindertelefoon"_qs, ww::ReferralOrigin::Added, ww::ReferralDecision::Confirmed,
                        u"Past beter bij de vraag van de beller."_qs, false, opened});
    for (int n = 0; n < 3; ++n)
        c.notes.append({QUuid::createUuid(),
                        owner,
                        opened.addSecs(60 * n),
                        u"Notitie %1 van casus %2: beller vertelt wat er in de klas gebeurt."_qs.arg(n).arg(i),
                        {}});
    c.status = ww::CaseStatus::Closed;
    c.contactEndedAt = opened.addSecs(500);
    c.closedAt = opened.addSecs(700);
    c.updatedAt = c.closedAt;
    c.events.append({c.contactEndedAt, u"contact-ended"_qs, {}});
    c.events.append({c.closedAt, u"closed"_qs, {}});
    return c;
}

Result runProgram(const Options &options, const ww::DatabaseUrl &admin, const QString &database,
                  const ww::DecisionTree &tree, const QStringList &path)
{
    std::vector<std::vector<double>> perAgent(std::size_t(options.agents));
    std::atomic<long> failures = 0;
    std::atomic<bool> go = false;
    const auto deadline = [&] { return Clock::now() + std::chrono::seconds(options.seconds); };
    Clock::time_point end;
    std::vector<std::thread> threads;
    std::atomic<int> ready = 0;
    for (int a = 0; a < options.agents; ++a) {
        threads.emplace_back([&, a] {
            // Each agent logs in as itself on a connection of its own thread.
            std::unique_ptr<ww::Database> db
                    = ww::Database::open(urlFor(admin, u"ww_bench_agent_%1"_qs.arg(a), database));
            ww::SqlCaseStore store(*db);
            const QString owner = u"ww_bench_agent_%1"_qs.arg(a);
            ++ready;
            while (!go)
                std::this_thread::yield();
            std::vector<double> &latencies = perAgent[std::size_t(a)];
            for (int i = 0; Clock::now() < end; ++i) {
                const ww::Case c = makeCase(tree, path, owner, i);
                const auto started = Clock::now();
                try {
                    store.saveCase(c);
                    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
                } catch (const ww::StorageError &) {
                    ++failures;
                }
            }
        });
    }
    while (ready < options.agents)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const auto started = Clock::now();
    end = deadline();
    go = true;
    for (std::thread &thread : threads)
        thread.join();
    Result result;
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    result.failures = failures;
    for (const auto &latencies : perAgent)
        result.latenciesMs.insert(result.latenciesMs.end(), latencies.begin(), latencies.end());
    return result;
}

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_qs) + u'\'';
}

/// The statements SqlCaseStore runs for a new case, as a pgbench script.
QString pgbenchScript(const ww::DecisionTree &tree, const QStringList &path)
{
    const QString id = u"md5(:client_id::text || '-' || :n::text)::uuid"_qs;
    const auto child = [](const QString &suffix) {
        return u"md5(:client_id::text || '-' || :n::text || '-%1')::uuid"_qs.arg(suffix);
    };
    QString s = u"\\set n random(1, 9000000000000000000)\nBEGIN;\n"_qs;
    s += u"INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, contact_ended_at, closed_at, "
         "updated_at, hold_seconds, caller_role, school_type, province, route_stage, outcome_node, white_spot, "
         "white_spot_reason, follow_up_date, follow_up_instruction, themes_key, parties_key, row_version) VALUES "
         "(%1, 'phone', 'closed', session_user, %2, now(), now(), now(), now(), 0, 'parent', 'vo', 'Utrecht', "
         "'school', %3, 0, NULL, NULL, NULL, 'bullying,online', 'vertrouwenspersoon,kindertelefoon', 1) "
         "ON CONFLICT (id) DO NOTHING RETURNING row_version;\n"_qs.arg(id, literal(tree.identity()),
                                                                       literal(path.at(4 % path.size())));
    for (const QString &theme : {u"bullying"_qs, u"online"_qs})
        s += u"INSERT INTO case_themes (case_id, theme, opened_at) VALUES (%1, '%2', now());\n"_qs.arg(id, theme);
    for (int step = 0; step < 5; ++step)
        s += u"INSERT INTO case_steps (case_id, seq, node_id, option_id, reached_at) VALUES (%1, %2, %3, %4, now());\n"_qs
                     .arg(id)
                     .arg(step)
                     .arg(literal(path.at(step % path.size())), step < 4 ? u"'a'"_qs : u"NULL"_qs);
    s += u"INSERT INTO referrals (case_id, party_id, position, origin, decision, reason, warm_handover, decided_at, "
         "opened_at) VALUES (%1, 'vertrouwenspersoon', 0, 'suggested', 'confirmed', NULL, 0, now(), now());\n"_qs.arg(
                 id);
    s += u"INSERT INTO referrals (case_id, party_id, position, origin, decision, reason, warm_handover, decided_at, "
         "opened_at) VALUES (%1, 'kindertelefoon', 1, 'added', 'confirmed', 'Past beter bij de vraag van de beller.', "
         "0, now(), now());\n"_qs.arg(id);
    for (int n = 0; n < 3; ++n)
        s += u"INSERT INTO case_notes (id, case_id, seq, author, created_at, body, corrects_note_id) VALUES (%1, %2, "
             u"%3, "
             "session_user, now(), 'Notitie %3 van casus ' || :n::text || ': beller vertelt wat er in de klas "
             "gebeurt.', "
             "NULL) ON CONFLICT (id) DO NOTHING;\n"_qs.arg(child(u"note%1"_qs.arg(n)), id)
                     .arg(n);
    const QStringList events{u"opened"_qs, u"contact-ended"_qs, u"closed"_qs};
    for (int e = 0; e < events.size(); ++e)
        s += u"INSERT INTO case_events (case_id, seq, at, kind, detail) VALUES (%1, %2, now(), '%3', NULL) "
             "ON CONFLICT (case_id, seq) DO NOTHING;\n"_qs.arg(id)
                     .arg(e)
                     .arg(events.at(e));
    s += u"COMMIT;\n"_qs;
    return s;
}

Result runPgbench(const Options &options, const ww::DatabaseUrl &admin, const QString &database, const QString &script,
                  const QString &workDir)
{
    const QString scriptPath = QDir(workDir).filePath(u"save-case.sql"_qs);
    QFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly))
        throw ww::StorageError(u"cannot write "_qs + scriptPath);
    file.write(script.toUtf8());
    file.close();
    QProcess pgbench;
    pgbench.setWorkingDirectory(workDir);
    pgbench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    pgbench.start(options.pgbench,
                  {u"-n"_qs,
                   u"-M"_qs,
                   u"prepared"_qs,
                   u"-c"_qs,
                   QString::number(options.agents),
                   u"-j"_qs,
                   u"2"_qs,
                   u"-T"_qs,
                   QString::number(options.seconds),
                   u"-f"_qs,
                   scriptPath,
                   u"-l"_qs,
                   u"--log-prefix=pgbench_log"_qs,
                   u"-h"_qs,
                   admin.host(),
                   u"-p"_qs,
                   QString::number(admin.port()),
                   u"-U"_qs,
                   u"ww_bench_agent_0"_qs,
                   database});
    if (!pgbench.waitForFinished((options.seconds + 120) * 1000) || pgbench.exitCode() != 0)
        throw ww::StorageError(u"pgbench failed: "_qs + QString::fromLocal8Bit(pgbench.readAllStandardOutput()));
    std::cerr << pgbench.readAllStandardOutput().toStdString();
    Result result;
    result.seconds = options.seconds;
    // Per transaction: client_id transaction_no time_us script_no epoch epoch_us
    for (const QString &name : QDir(workDir).entryList({u"pgbench_log*"_qs}, QDir::Files)) {
        QFile log(QDir(workDir).filePath(name));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        while (!log.atEnd()) {
            const QList<QByteArray> fields = log.readLine().split(' ');
            if (fields.size() >= 3)
                result.latenciesMs.push_back(fields.at(2).toDouble() / 1000.0);
        }
    }
    return result;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, std::size_t(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (arg == u"--postgres")
            options.adminUrl = value;
        else if (arg == u"--agents")
            options.agents = value.toInt();
        else if (arg == u"--seconds")
            options.seconds = value.toInt();
        else if (arg == u"--pgbench")
            options.pgbench = value;
        else if (arg == u"--work")
            options.work = value;
        else {
            std::cerr << "usage: bench_agents --postgres ADMIN_URL [--agents N] [--seconds S] [--pgbench PATH] [--work "
                         "DIR]\n";
            return 2;
        }
        ++i;
    }
    if (options.adminUrl.isEmpty() || options.agents < 1 || options.agents > 500 || options.seconds < 1) {
        std::cerr << "bench_agents: --postgres is required; --agents 1..500, --seconds >= 1\n";
        return 2;
    }
    try {
        QString error;
        const auto admin = ww::DatabaseUrl::parse(options.adminUrl, &error);
        if (!admin || admin->dialect() != ww::SqlDialect::PostgreSql)
            throw ww::StorageError(u"--postgres: "_qs + error);
        const ww::DirectoryLoadResult directory = ww::ShippedContent::loadDirectory();
        const ww::TreeLoadResult tree = ww::ShippedContent::loadTree(*directory.directory);
        QStringList path;
        for (const ww::TreeNode &node : tree.tree->nodes()) {
            if (path.size() < 5)
                path.append(node.id);
        }

        QTemporaryDir scratch;
        const QString work = options.work.isEmpty() ? scratch.path() : options.work;
        QDir().mkpath(work);
        const QString database = u"ww_bench_agents"_qs;
        {
            const std::unique_ptr<ww::Database> server = ww::Database::open(*admin);
            server->execute(u"DROP DATABASE IF EXISTS "_qs + database, u"bench set-up"_qs);
            server->execute(u"CREATE DATABASE "_qs + database, u"bench set-up"_qs);
        }
        {
            const std::unique_ptr<ww::Database> owner = ww::Database::open(urlFor(*admin, admin->user(), database));
            ww::Migrator(*owner).migrate();
            for (int a = 0; a < options.agents; ++a)
                owner->execute(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ww_bench_agent_%1') "
                               "THEN CREATE ROLE ww_bench_agent_%1 LOGIN IN ROLE ww_agent; END IF; END $$"_qs.arg(a),
                               u"bench set-up"_qs);
            ww::SqlCaseStore(*owner).storeTree(*tree.tree);
        }

        std::cerr << "program: " << options.agents << " agents for " << options.seconds << " s\n";
        const Result program = runProgram(options, *admin, database, *tree.tree, path);
        std::cerr << "pgbench: " << options.agents << " clients for " << options.seconds << " s\n";
        const Result reference = runPgbench(options, *admin, database, pgbenchScript(*tree.tree, path), work);

        const auto rate = [](const Result &r) { return double(r.latenciesMs.size()) / r.seconds; };
        std::printf("{\"agents\": %d, \"seconds\": %d,\n", options.agents, options.seconds);
        std::printf(" \"program\": {\"saves\": %zu, \"per_second\": %.1f, \"p50_ms\": %.2f, \"p99_ms\": %.2f, "
                    "\"failures\": %ld},\n",
                    program.latenciesMs.size(), rate(program), percentile(program.latenciesMs, 0.5),
                    percentile(program.latenciesMs, 0.99), program.failures);
        std::printf(" \"pgbench\": {\"saves\": %zu, \"per_second\": %.1f, \"p50_ms\": %.2f, \"p99_ms\": %.2f}}\n",
                    reference.latenciesMs.size(), rate(reference), percentile(reference.latenciesMs, 0.5),
                    percentile(reference.latenciesMs, 0.99));
        return program.failures == 0 ? 0 : 1;
    } catch (const ww::StorageError &error) {
        std::cerr << "bench_agents: " << error.message().toStdString() << "\n";
        return 1;
    }
}
