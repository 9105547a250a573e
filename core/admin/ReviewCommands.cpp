// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin report monitoring, case export, audit list
#include "AdminCli.h"

#include "Vocabulary.h"
#include "admin/CliSupport.h"
#include "content/ShippedContent.h"
#include "review/CaseAccessLog.h"
#include "review/CaseDataExport.h"
#include "review/CaseRecord.h"
#include "review/MonitoringDocument.h"
#include "review/MonitoringReport.h"
#include "review/NetworkVignettes.h"
#include "review/PersonalDetailsCheck.h"
#include "review/ReportLanguage.h"
#include "review/ReportNames.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QSaveFile>
#include <QTimeZone>

namespace ww {

using ww::CliSupport::openDatabase;

namespace {

/// Writes the whole file or nothing: a half-written report is never left behind.
QString saveFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return AdminCli::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QDateTime startOfDutchDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).toUTC();
}

/// Party names from the shipped directory, outcome and answer texts from the trees the cases were
/// walked in (stored with them), the newest tree last so that its texts win.
ReportNames reportNames(Database &database, const QString &language, const QStringList &treeIdentities)
{
    ReportNames names(language);
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    if (directory.ok()) {
        names.addDirectory(*directory.directory);
        const TreeLoadResult shipped = ShippedContent::loadTree(*directory.directory);
        if (shipped.ok())
            names.addTree(*shipped.tree);
    }
    QStringList identities = treeIdentities;
    identities.removeDuplicates();
    std::sort(identities.begin(), identities.end()); // VERSION@…: older versions first, as far as they sort
    names.addStoredTrees(database, identities);
    return names;
}

/// The words of the directory's party names are no personal details.
PersonalDetailsCheck personalDetailsCheck()
{
    QStringList known;
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    if (directory.ok()) {
        for (const Party &party : directory.directory->parties())
            known << party.name.nl << party.name.en;
    }
    return PersonalDetailsCheck(known);
}

} // namespace

QString AdminCli::reportFormatProblem(const QString &format, const QString &separator, const QString &language)
{
    if (format != u"csv" && format != u"pdf")
        return tr("--format must be csv or pdf, not \"%1\"").arg(format);
    if (separator != u";" && separator != u",")
        return tr("--separator must be , or ;");
    if (!Vocabulary::languages().contains(language))
        return tr("--lang must be nl or en, not \"%1\"").arg(language);
    return {};
}

QString AdminCli::readPeriod(const QString &fromText, const QString &toText, QDate *from, QDate *to)
{
    *from = QDate::fromString(fromText, Qt::ISODate);
    *to = QDate::fromString(toText, Qt::ISODate);
    if (!from->isValid())
        return tr("--from \"%1\" is not a date; write YYYY-MM-DD").arg(fromText);
    if (!to->isValid())
        return tr("--to \"%1\" is not a date; write YYYY-MM-DD").arg(toText);
    if (*to < *from)
        return tr("--to %1 is before --from %2").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate));
    return {};
}

bool AdminCli::writeFile(const QString &path, const QByteArray &content)
{
    const QString problem = saveFile(path, content);
    if (!problem.isEmpty())
        m_err << "wegwijzer-admin: " << problem << '\n';
    return problem.isEmpty();
}

bool AdminCli::writePdf(const PdfDocument &document, const QString &path)
{
    if (!m_pdfWriter) {
        m_err << "wegwijzer-admin: " << tr("this build cannot write PDF files; use another --format") << '\n';
        return false;
    }
    const QString problem = m_pdfWriter(document, path);
    if (!problem.isEmpty()) {
        m_err << "wegwijzer-admin: " << problem << '\n';
        return false;
    }
    return true;
}

QString AdminCli::readPeriodReport(const QStringList &arguments, ReportKind kind, const QString &usage,
                                   PeriodReportOptions *options)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption fromOption(u"from"_qs, tr("First day of the period."), u"DATE"_qs);
    const QCommandLineOption toOption(u"to"_qs, tr("Last day of the period."), u"DATE"_qs);
    const QCommandLineOption formatOption(
            u"format"_qs, kind == ReportKind::Table ? tr("csv or pdf.") : tr("json or pdf."), u"FORMAT"_qs);
    const QCommandLineOption separatorOption(u"separator"_qs, tr("CSV separator: , or ;"), u"CHAR"_qs, u","_qs);
    const QCommandLineOption langOption(u"lang"_qs, tr("nl or en."), u"LANG"_qs, u"nl"_qs);
    const QCommandLineOption outputOption(u"o"_qs, tr("The file to write."), u"FILE"_qs);
    parser.addOptions({dbOption, fromOption, toOption, formatOption, langOption, outputOption});
    if (kind == ReportKind::Table)
        parser.addOption(separatorOption);
    if (!parser.parse(QStringList{u"report"_qs} + arguments))
        return parser.errorText();
    if (!parser.isSet(dbOption) || !parser.isSet(fromOption) || !parser.isSet(toOption) || !parser.isSet(formatOption)
        || !parser.isSet(outputOption) || !parser.positionalArguments().isEmpty())
        return usage;
    if (const QString problem
        = readPeriod(parser.value(fromOption), parser.value(toOption), &options->from, &options->to);
        !problem.isEmpty())
        return problem;
    options->databaseUrl = parser.value(dbOption);
    options->format = parser.value(formatOption);
    options->separator = parser.value(separatorOption);
    options->language = parser.value(langOption);
    options->output = parser.value(outputOption);
    if (kind == ReportKind::Table)
        return reportFormatProblem(options->format, options->separator, options->language);
    if (options->format != u"json" && options->format != u"pdf")
        return tr("--format must be json or pdf, not \"%1\"").arg(options->format);
    if (!Vocabulary::languages().contains(options->language))
        return tr("--lang must be nl or en, not \"%1\"").arg(options->language);
    return {};
}

int AdminCli::reportMonitoring(const QStringList &arguments)
{
    PeriodReportOptions options;
    if (const QString problem = readPeriodReport(
                arguments, ReportKind::Table,
                tr("\"report monitoring\" needs --db URL, --from DATE, --to DATE, --format csv|pdf and -o FILE"),
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
        const MonitoringReport report = MonitoringReport::build(*db, from, to);
        const QString &path = options.output;
        QByteArray csv;
        PdfDocument pdf;
        {
            // Only the report speaks its language; the command's own messages stay as they are.
            const ReportLanguage translation(language);
            if (!translation.problem().isEmpty()) {
                m_err << "wegwijzer-admin: " << translation.problem() << '\n';
                return Failure;
            }
            const ReportNames names = reportNames(*db, language, report.trees);
            if (format == u"pdf") {
                pdf = MonitoringDocument(report, names).pdf();
            } else {
                QBuffer buffer(&csv);
                buffer.open(QIODevice::WriteOnly);
                const auto csvSeparator
                        = separator == u"," ? CsvWriter::Separator::Comma : CsvWriter::Separator::Semicolon;
                report.writeCsv(buffer, csvSeparator, names);
            }
        }
        if (format == u"pdf" ? !writePdf(pdf, path) : !writeFile(path, csv))
            return Failure;
        m_out << tr("monitoring report for %1 to %2 written to %3")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), path)
              << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

int AdminCli::reportCasesForNetwork(const QStringList &arguments)
{
    PeriodReportOptions options;
    if (const QString problem = readPeriodReport(arguments, ReportKind::Document,
                                                 tr("\"report cases-for-network\" needs --db URL, --from DATE, --to "
                                                    "DATE, --format json|pdf and -o FILE"),
                                                 &options);
        !problem.isEmpty())
        return usageError(problem);
    const QDate &from = options.from;
    const QDate &to = options.to;
    const QString &format = options.format;
    const QString &language = options.language;
    try {
        const std::unique_ptr<Database> db = openDatabase(options.databaseUrl, m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        const ReportPeriod period{from, to};
        const QList<Vignette> vignettes = NetworkVignettes::exportFor(
                *db, period, qEnvironmentVariable("USER", u"admin"_qs), QDateTime::currentDateTimeUtc());
        // Warn about what may still make someone recognisable; the text itself is not repeated here.
        const PersonalDetailsCheck check = personalDetailsCheck();
        for (qsizetype i = 0; i < vignettes.size(); ++i) {
            QStringList kinds;
            for (const PersonalDetailsCheck::Finding &finding : check.check(vignettes.at(i).summary)) {
                if (!kinds.contains(PersonalDetailsCheck::kindName(finding.kind)))
                    kinds.append(PersonalDetailsCheck::kindName(finding.kind));
            }
            if (!kinds.isEmpty())
                m_err << "wegwijzer-admin: "
                      << tr("warning: the summary of case %1 may contain %2; check it before sharing")
                                 .arg(i + 1)
                                 .arg(kinds.join(u", "_qs))
                      << '\n';
        }
        QByteArray json;
        PdfDocument pdf;
        {
            const ReportLanguage translation(language);
            if (!translation.problem().isEmpty()) {
                m_err << "wegwijzer-admin: " << translation.problem() << '\n';
                return Failure;
            }
            QStringList identities;
            for (const Vignette &vignette : vignettes)
                identities.append(vignette.treeIdentity);
            const ReportNames names = reportNames(*db, language, identities);
            if (format == u"pdf")
                pdf = {NetworkVignettes::tr("Cases for the expertise network"),
                       NetworkVignettes::html(vignettes, period, names),
                       {}};
            else
                json = NetworkVignettes::json(vignettes, period, names).toJson(QJsonDocument::Indented);
        }
        const QString &path = options.output;
        if (format == u"pdf" ? !writePdf(pdf, path) : !writeFile(path, json))
            return Failure;
        m_out << tr("%n case(s) for the expertise network written to %1", "", int(vignettes.size())).arg(path) << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

int AdminCli::caseExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption formatOption(u"format"_qs, tr("json or pdf."), u"FORMAT"_qs);
    const QCommandLineOption outputOption(u"o"_qs, tr("The file to write."), u"FILE"_qs);
    parser.addOptions({dbOption, formatOption, outputOption});
    if (!parser.parse(QStringList{u"case"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(formatOption) || !parser.isSet(outputOption)
        || parser.positionalArguments().size() != 1)
        return usageError(tr("\"case export\" needs ID, --db URL, --format json|pdf and -o FILE"));
    const QUuid id = QUuid::fromString(parser.positionalArguments().constFirst());
    if (id.isNull())
        return usageError(tr("\"%1\" is not a case id").arg(parser.positionalArguments().constFirst()));
    const QString format = parser.value(formatOption);
    if (format != u"json" && format != u"pdf")
        return usageError(tr("--format must be json or pdf, not \"%1\"").arg(format));
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        CaseRecordReader reader(*db);
        if (!reader.read(id)) {
            m_err << "wegwijzer-admin: "
                  << tr("there is no case %1 (or you may not see it)").arg(id.toString(QUuid::WithoutBraces)) << '\n';
            return Failure;
        }
        // Recorded first, so that the export itself lists it.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CaseAccessLog(*db).record(id, CaseAccessLog::Access::Exported, qEnvironmentVariable("USER", u"admin"_qs), now);
        const std::optional<CaseRecord> record = reader.read(id);
        const QString path = parser.value(outputOption);
        if (format == u"pdf") {
            const PdfDocument document{
                    tr("Case %1").arg(id.toString(QUuid::WithoutBraces)), CaseDataExport::html(*record, now), {}};
            if (!writePdf(document, path))
                return Failure;
        } else {
            if (!writeFile(path, CaseDataExport::json(*record, now).toJson(QJsonDocument::Indented)))
                return Failure;
        }
        m_out << tr("case %1 exported to %2").arg(id.toString(QUuid::WithoutBraces), path) << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

int AdminCli::auditList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption fromOption(u"from"_qs, tr("First day of the period."), u"DATE"_qs);
    const QCommandLineOption toOption(u"to"_qs, tr("Last day of the period."), u"DATE"_qs);
    parser.addOptions({dbOption, fromOption, toOption});
    if (!parser.parse(QStringList{u"audit"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(fromOption) || !parser.isSet(toOption)
        || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"audit list\" needs --db URL, --from DATE and --to DATE"));
    QDate from;
    QDate to;
    if (const QString problem = readPeriod(parser.value(fromOption), parser.value(toOption), &from, &to);
        !problem.isEmpty())
        return usageError(problem);
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        const QVariantMap period{{u"period_start"_qs, startOfDutchDay(from)},
                                 {u"period_end"_qs, startOfDutchDay(to.addDays(1))}};
        QSqlQuery &entries = db->run(u"audit_without_case_select"_qs, period);
        while (entries.next()) {
            m_out << SqlValues::timeFrom(entries.value(0)).toString(Qt::ISODate) << '\t' << entries.value(1).toString()
                  << '\t' << entries.value(2).toString() << '\t' << entries.value(3).toString() << '\n';
        }
        entries.finish();
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

} // namespace ww
