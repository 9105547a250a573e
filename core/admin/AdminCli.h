// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "review/ReportChart.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace ww {

class StorageError;

/// The commands of `wegwijzer-admin`. Exit codes: 0 success, 1 failure, 2 usage error.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(ww::AdminCli)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    /// Writes an HTML document (with its charts) as a PDF file; returns what went wrong, or an empty text.
    /// PDF needs Qt GUI, which core does not link: the program's main() provides the writer.
    using PdfWriter = std::function<QString(const PdfDocument &document, const QString &path)>;

    AdminCli(QTextStream &out, QTextStream &err);
    void setPdfWriter(PdfWriter writer) { m_pdfWriter = std::move(writer); }

    /// \a arguments as main() receives them, program name first.
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    /// Prints what the database said went wrong; returns Failure.
    int storageFailure(const StorageError &error);
    /// \a strict: plain-language warnings count as errors.
    int treeValidate(const QStringList &files, bool strict);
    /// Prints \a diagnostics as `tree validate` does; false when there are errors (warnings too if \a strict).
    bool reportValidation(Diagnostics diagnostics, bool strict);
    int treeWalk(const QStringList &arguments);
    int treePublish(const QStringList &arguments);
    int treeList(const QStringList &arguments);
    int treeExport(const QStringList &arguments);
    int treeExportHtml(const QStringList &arguments);
    int treeDiff(const QStringList &arguments);
    /// tree diff with --db: two published versions, trees and directories.
    int treeDiffVersions(const QString &databaseUrl, const QStringList &ids);
    int database(const QString &subcommand, const QStringList &arguments);
    int databaseCheck(const QStringList &arguments);
    int databaseInstall(const QStringList &arguments);
    int databaseBackup(const QStringList &arguments);
    int demoSeed(const QStringList &arguments);
    int user(const QString &subcommand, const QStringList &arguments);
    int retention(const QStringList &arguments);
    int reportMonitoring(const QStringList &arguments);
    int reportCasesForNetwork(const QStringList &arguments);
    int reportTree(const QStringList &arguments);
    int reportStaffing(const QStringList &arguments);
    int settings(const QStringList &arguments);
    int caseExport(const QStringList &arguments);
    int auditList(const QStringList &arguments);
    /// Writes \a document as a PDF to \a path; prints the problem and returns false when it cannot.
    bool writePdf(const PdfDocument &document, const QString &path);
    /// Writes \a content to \a path; on failure says why on standard error and returns false.
    bool writeFile(const QString &path, const QByteArray &content);
    /// Reads --from and --to (YYYY-MM-DD, from not after to); returns the problem, or empty.
    static QString readPeriod(const QString &fromText, const QString &toText, QDate *from, QDate *to);
    /// Why a report's --format (csv|pdf), --separator and --lang cannot be used, or empty when they can.
    static QString reportFormatProblem(const QString &format, const QString &separator, const QString &language);
    /// What a report of a period is asked for: --db, --from, --to, --format, --lang, -o and, for a table,
    /// --separator.
    struct PeriodReportOptions
    {
        QString databaseUrl;
        QDate from;
        QDate to;
        QString format;
        QString separator;
        QString language;
        QString output;
    };
    /// A table is written as csv or pdf (with --separator), a document as json or pdf.
    enum class ReportKind { Table, Document };
    /// Reads and checks a period report's options into \a options; returns what is wrong (\a usage when
    /// something is missing), or empty.
    static QString readPeriodReport(const QStringList &arguments, ReportKind kind, const QString &usage,
                                    PeriodReportOptions *options);
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
    PdfWriter m_pdfWriter;
};

} // namespace ww
