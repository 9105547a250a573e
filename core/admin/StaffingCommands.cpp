// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin report staffing, settings show, settings set wrapup-limit
#include "AdminCli.h"

#include "admin/CliSupport.h"
#include "review/ReportLanguage.h"
#include "review/StaffingDocument.h"
#include "review/StaffingReport.h"
#include "storage/AgentStateStore.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

#include <QBuffer>
#include <QCommandLineParser>

namespace ww {

using ww::CliSupport::openDatabase;

int AdminCli::reportStaffing(const QStringList &arguments)
{
    PeriodReportOptions options;
    if (const QString problem = readPeriodReport(
                arguments, ReportKind::Table,
                tr("\"report staffing\" needs --from DATE, --to DATE, --format csv|pdf, -o FILE and --db URL"),
                &options);
        !problem.isEmpty())
        return usageError(problem);
    const QDate &from = options.from;
    const QDate &to = options.to;
    const QString &format = options.format;
    const QString &separator = options.separator;
    const QString &language = options.language;
    try {
        const std::unique_ptr<Database> db = openDatabase(options.databaseUrl, m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        const StaffingReport report
                = StaffingReport::read(*db, ReportPeriod{from, to}, QDateTime::currentDateTimeUtc());
        const QString &path = options.output;
        QByteArray csv;
        PdfDocument pdf;
        {
            const ReportLanguage translation(language);
            if (!translation.problem().isEmpty()) {
                m_err << "wegwijzer-admin: " << translation.problem() << '\n';
                return Failure;
            }
            if (format == u"pdf") {
                pdf = StaffingDocument::pdf(report, language);
            } else {
                QBuffer buffer(&csv);
                buffer.open(QIODevice::WriteOnly);
                report.writeCsv(buffer,
                                separator == u"," ? CsvWriter::Separator::Comma : CsvWriter::Separator::Semicolon);
            }
        }
        if (format == u"pdf" ? !writePdf(pdf, path) : !writeFile(path, csv))
            return Failure;
        m_out << tr("staffing figures for %1 to %2 written to %3")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), path)
              << '\n';
        return Success;
    } catch (const StorageError &error) {
        // Agents and content managers are refused before the function runs (no EXECUTE): say why.
        if (error.isRefusal() && error.message().contains(u"permission denied"_qs)) {
            m_err << "wegwijzer-admin: " << tr("only supervisors and administrators read staffing figures") << '\n';
            return Failure;
        }
        return storageFailure(error);
    }
}

int AdminCli::settings(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    parser.addOption(dbOption);
    if (!parser.parse(QStringList{u"settings"_qs} + arguments))
        return usageError(parser.errorText());
    const QStringList words = parser.positionalArguments();
    const bool show = words == QStringList{u"show"_qs};
    const bool set = words.size() == 3 && words.at(0) == u"set" && words.at(1) == u"wrapup-limit";
    if (!parser.isSet(dbOption) || (!show && !set))
        return usageError(tr("\"settings\" needs show --db URL, or set wrapup-limit SECONDS --db URL"));
    bool number = false;
    const int seconds = set ? words.at(2).toInt(&number) : 0;
    if (set
        && (!number || seconds < AgentStateStore::MinWrapUpLimitSeconds
            || seconds > AgentStateStore::MaxWrapUpLimitSeconds))
        return usageError(tr("the wrap-up limit is a number of seconds from %1 to %2, not \"%3\"")
                                  .arg(AgentStateStore::MinWrapUpLimitSeconds)
                                  .arg(AgentStateStore::MaxWrapUpLimitSeconds)
                                  .arg(words.at(2)));
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        AgentStateStore store(*db);
        if (set) {
            store.setWrapUpLimitSeconds(seconds);
            m_out << tr("wrap-up limit set to %1 seconds").arg(seconds) << '\n';
            return Success;
        }
        bool limitStored = false;
        for (const auto &[key, value] : store.settings()) {
            m_out << key << " = " << value << '\n';
            limitStored = limitStored || key == u"wrapup_limit_seconds";
        }
        if (!limitStored)
            m_out << "wrapup_limit_seconds = " << store.wrapUpLimitSeconds() << ' ' << tr("(not set: the default)")
                  << '\n';
        return Success;
    } catch (const StorageError &error) {
        if (error.isRefusal() && error.message().contains(u"permission denied"_qs)) {
            m_err << "wegwijzer-admin: " << tr("only administrators set the wrap-up maximum") << '\n';
            return Failure;
        }
        return storageFailure(error);
    }
}

} // namespace ww
