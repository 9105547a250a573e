// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin db migrate | status, demo seed, retention apply
#include "AdminCli.h"

#include "admin/CliSupport.h"
#include "content/ShippedContent.h"
#include "storage/Database.h"
#include "storage/DemoSeeder.h"
#include "storage/Migrator.h"
#include "storage/RetentionJob.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace ww {

using ww::CliSupport::openDatabase;
using ww::CliSupport::printDiagnostics;

int AdminCli::database(const QString &subcommand, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    parser.addOption(dbOption);
    if (!parser.parse(QStringList{u"db"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"db %1\" needs --db URL and nothing else").arg(subcommand));
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator migrator(*db);
        if (subcommand == u"migrate") {
            const QList<Migrator::Migration> applied = migrator.migrate();
            for (const Migrator::Migration &migration : applied)
                m_out << tr("applied %1 %2").arg(migration.version, 3, 10, QChar(u'0')).arg(migration.name) << '\n';
            m_out << tr("schema version %1: up to date").arg(migrator.currentVersion()) << '\n';
            return Success;
        }
        const int current = migrator.currentVersion();
        const int latest = migrator.latestVersion();
        m_out << tr("database: %1").arg(db->url().toString()) << '\n';
        m_out << tr("schema version: %1 (this program: %2)").arg(current).arg(latest) << '\n';
        if (current > latest) {
            m_out << tr("status: newer than this program; install a newer program") << '\n';
            return Failure;
        }
        const QList<Migrator::Migration> pending = migrator.pending();
        if (pending.isEmpty())
            m_out << tr("status: up to date") << '\n';
        else
            m_out << tr("status: %n migration(s) pending; run \"db migrate\"", nullptr, int(pending.size())) << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

int AdminCli::demoSeed(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption casesOption(u"cases"_qs, tr("How many cases to write."), u"N"_qs);
    const QCommandLineOption seedOption(u"seed"_qs, tr("Seed of the random generator."), u"S"_qs, u"1"_qs);
    const QCommandLineOption ownerOption(u"owner"_qs, tr("Agent who owns cases; repeat for several."), u"NAME"_qs);
    const QCommandLineOption nowOption(
            u"now"_qs, tr("The moment the cases end before (UTC), for the same cases again."), u"TIME"_qs);
    const QCommandLineOption uniformOption(
            u"uniform"_qs, tr("Every answer of the tree equally likely, as before the documented distribution."));
    parser.addOptions({dbOption, casesOption, seedOption, ownerOption, nowOption, uniformOption});
    if (!parser.parse(QStringList{u"demo-seed"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(casesOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"demo seed\" needs --db URL and --cases N"));
    constexpr qint64 maxCases = 10'000'000;
    bool numberOk = false;
    const qint64 cases = parser.value(casesOption).toLongLong(&numberOk);
    if (!numberOk || cases < 1 || cases > maxCases)
        return usageError(tr("--cases must be a whole number from 1 to %1").arg(maxCases));
    const quint32 seed = parser.value(seedOption).toUInt(&numberOk);
    if (!numberOk)
        return usageError(tr("--seed must be a whole number from 0 to 4294967295"));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(nowOption)) {
        now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
        if (!now.isValid() || now.timeSpec() == Qt::LocalTime)
            return usageError(
                    tr("--now \"%1\" is not a time in UTC; write YYYY-MM-DDTHH:MM:SSZ").arg(parser.value(nowOption)));
        now = now.toUTC();
    }
    QStringList owners = parser.values(ownerOption);
    static const QRegularExpression ownerPattern(u"^[A-Za-z0-9._-]{1,64}$"_qs);
    for (const QString &owner : std::as_const(owners)) {
        if (!ownerPattern.match(owner).hasMatch())
            return usageError(
                    tr("--owner \"%1\" must be 1 to 64 letters, digits, dots, dashes or underscores").arg(owner));
    }
    if (owners.isEmpty()) {
        for (int i = 1; i <= 20; ++i)
            owners.append(u"agent-%1"_qs.arg(i, 2, 10, QChar(u'0')));
    }

    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    const TreeLoadResult tree = directory.ok() ? ShippedContent::loadTree(*directory.directory) : TreeLoadResult{};
    if (!tree.ok()) {
        printDiagnostics(m_err, directory.diagnostics + tree.diagnostics);
        return Failure;
    }
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        DemoSeeder seeder(*db, tree.tree, directory.directory,
                          parser.isSet(uniformOption) ? DemoDistribution::uniform() : DemoDistribution());
        DemoSeeder::Options options;
        options.cases = cases;
        options.seed = seed;
        options.owners = owners;
        options.now = now;
        QElapsedTimer timer;
        timer.start();
        seeder.seed(options, [&](qint64 written) {
            if (written % 100000 == 0 || written == cases)
                m_err << tr("%1 of %2 cases written").arg(written).arg(cases) << '\n' << Qt::flush;
        });
        m_out << tr("%1 synthetic cases written in %2 s").arg(cases).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

int AdminCli::retention(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption olderOption(u"older-than"_qs, tr("Closed longer ago than this."), u"DURATION"_qs);
    const QCommandLineOption dryRunOption(u"dry-run"_qs, tr("Only count the cases."));
    parser.addOptions({dbOption, olderOption, dryRunOption});
    if (!parser.parse(QStringList{u"retention"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(olderOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"retention apply\" needs --older-than DURATION and --db URL"));
    QString periodError;
    const std::optional<RetentionPeriod> period = RetentionPeriod::parse(parser.value(olderOption), &periodError);
    if (!period)
        return usageError(periodError);
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        const bool dryRun = parser.isSet(dryRunOption);
        const QString actor = qEnvironmentVariable("USER", u"admin"_qs);
        const int affected = RetentionJob(*db).apply(*period, QDateTime::currentDateTimeUtc(), dryRun, actor);
        m_out << (dryRun ? tr("%1 closed case(s) older than %2 would be anonymised").arg(affected).arg(period->text)
                         : tr("%1 closed case(s) older than %2 anonymised").arg(affected).arg(period->text))
              << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

} // namespace ww
