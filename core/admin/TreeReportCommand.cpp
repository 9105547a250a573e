// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin report tree
#include "AdminCli.h"

#include "Vocabulary.h"
#include "admin/CliSupport.h"
#include "content/ShippedContent.h"
#include "content/TreeVersions.h"
#include "review/ReportLanguage.h"
#include "review/TreeAnalytics.h"
#include "review/TreeAnalyticsDocument.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <QBuffer>
#include <QCommandLineParser>

namespace ww {

using ww::CliSupport::openDatabase;

namespace {

/// The tree of a published version (its id, as "tree list" shows it) or of a tree identity as cases
/// record it: as the database stores it, else the shipped tree when it is that one.
std::shared_ptr<const DecisionTree> treeOf(Database &database, const QString &version)
{
    bool numeric = false;
    const qint64 id = version.toLongLong(&numeric);
    if (numeric) {
        const std::optional<TreeVersionContent> published = id > 0 ? TreeVersions(database).load(id) : std::nullopt;
        return published ? published->tree : nullptr;
    }
    const QString &identity = version;
    const QByteArray stored = SqlCaseStore(database).treeContent(identity);
    if (!stored.isEmpty()) {
        const TreeLoadResult loaded = TreeLoader::loadArchived(stored, identity);
        if (loaded.ok())
            return loaded.tree;
    }
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    if (!directory.ok())
        return nullptr;
    const TreeLoadResult shipped = ShippedContent::loadTree(*directory.directory);
    return shipped.ok() && shipped.tree->identity() == identity ? shipped.tree : nullptr;
}

} // namespace

int AdminCli::reportTree(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption versionOption(u"version"_qs, tr("The tree version."), u"ID"_qs);
    const QCommandLineOption fromOption(u"from"_qs, tr("First day of the period."), u"DATE"_qs);
    const QCommandLineOption toOption(u"to"_qs, tr("Last day of the period."), u"DATE"_qs);
    const QCommandLineOption formatOption(u"format"_qs, tr("csv or pdf."), u"FORMAT"_qs);
    const QCommandLineOption separatorOption(u"separator"_qs, tr("CSV separator: , or ;"), u"CHAR"_qs, u","_qs);
    const QCommandLineOption langOption(u"lang"_qs, tr("nl or en."), u"LANG"_qs, u"nl"_qs);
    const QCommandLineOption outputOption(u"o"_qs, tr("The file to write."), u"FILE"_qs);
    parser.addOptions(
            {dbOption, versionOption, fromOption, toOption, formatOption, separatorOption, langOption, outputOption});
    if (!parser.parse(QStringList{u"report"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(versionOption) || !parser.isSet(fromOption) || !parser.isSet(toOption)
        || !parser.isSet(formatOption) || !parser.isSet(outputOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"report tree\" needs --db URL, --version ID, --from DATE, --to DATE, --format csv|pdf "
                             "and -o FILE"));
    QDate from;
    QDate to;
    if (const QString problem = readPeriod(parser.value(fromOption), parser.value(toOption), &from, &to);
        !problem.isEmpty())
        return usageError(problem);
    const QString format = parser.value(formatOption);
    const QString separator = parser.value(separatorOption);
    const QString language = parser.value(langOption);
    if (const QString problem = reportFormatProblem(format, separator, language); !problem.isEmpty())
        return usageError(problem);
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        Migrator(*db).migrate();
        const QString version = parser.value(versionOption);
        const std::shared_ptr<const DecisionTree> tree = treeOf(*db, version);
        if (!tree) {
            m_err << "wegwijzer-admin: " << tr("no tree version \"%1\" is stored in the database").arg(version) << '\n';
            return Failure;
        }
        const TreeAnalytics analytics = TreeAnalytics::read(*db, *tree, ReportPeriod{from, to});
        const QString path = parser.value(outputOption);
        QByteArray csv;
        PdfDocument pdf;
        {
            const ReportLanguage translation(language);
            if (!translation.problem().isEmpty()) {
                m_err << "wegwijzer-admin: " << translation.problem() << '\n';
                return Failure;
            }
            if (format == u"pdf") {
                pdf = TreeAnalyticsDocument::pdf(analytics, *tree, language);
            } else {
                QBuffer buffer(&csv);
                buffer.open(QIODevice::WriteOnly);
                analytics.writeCsv(buffer,
                                   separator == u"," ? CsvWriter::Separator::Comma : CsvWriter::Separator::Semicolon,
                                   *tree, language);
            }
        }
        if (format == u"pdf" ? !writePdf(pdf, path) : !writeFile(path, csv))
            return Failure;
        m_out << tr("tree analytics for %1 to %2 written to %3")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), path)
              << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

} // namespace ww
