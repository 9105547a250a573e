// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin tree validate | walk
#include "AdminCli.h"

#include "admin/CliSupport.h"
#include "admin/TreeWalkReport.h"
#include "content/ContentLoader.h"
#include "content/ShippedContent.h"
#include "Vocabulary.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace ww {

using ww::CliSupport::openDatabase;
using ww::CliSupport::printDiagnostics;

int AdminCli::treeValidate(const QStringList &files, bool strict)
{
    const DirectoryLoadResult shipped = ShippedContent::loadDirectory();
    if (!shipped.ok()) {
        printDiagnostics(m_err, shipped.diagnostics);
        return Failure;
    }
    Diagnostics diagnostics = ContentLoader::validateFiles(files, *shipped.directory);
    qsizetype warnings = 0;
    for (Diagnostic &diagnostic : diagnostics) {
        if (strict)
            diagnostic.severity = Diagnostic::Severity::Error;
        warnings += diagnostic.isWarning() ? 1 : 0;
    }
    printDiagnostics(m_err, diagnostics);
    const qsizetype errors = diagnostics.size() - warnings;
    if (errors > 0) {
        m_err << tr("%n problem(s) found", nullptr, int(errors)) << '\n';
        return Failure;
    }
    if (warnings > 0)
        m_err << tr("%n warning(s) about language", nullptr, int(warnings)) << '\n';
    m_out << tr("%n file(s) valid", nullptr, int(files.size())) << '\n';
    return Success;
}

int AdminCli::treeWalk(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption answerOption(u"answer"_qs, tr("Choose this option at the current node."), u"OPTION_ID"_qs);
    const QCommandLineOption languageOption(u"lang"_qs, tr("Language of the texts: nl or en."), u"nl|en"_qs, u"nl"_qs);
    const QCommandLineOption jsonOption(u"json"_qs, tr("Print one JSON object."));
    const QCommandLineOption directoryOption(u"directory"_qs, tr("Directory file to check parties against."),
                                             u"FILE"_qs);
    parser.addOptions({answerOption, languageOption, jsonOption, directoryOption});
    parser.addPositionalArgument(u"FILE"_qs, tr("The tree file."));
    if (!parser.parse(QStringList{u"tree-walk"_qs} + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("\"tree walk\" needs exactly one FILE"));
    const QString language = parser.value(languageOption);
    if (!Vocabulary::languages().contains(language))
        return usageError(tr("--lang must be nl or en, not \"%1\"").arg(language));

    const DirectoryLoadResult directory = parser.isSet(directoryOption)
                                              ? DirectoryLoader::loadFile(parser.value(directoryOption))
                                              : ShippedContent::loadDirectory();
    if (!directory.ok()) {
        printDiagnostics(m_err, directory.diagnostics);
        return Failure;
    }
    const TreeLoadResult loaded = TreeLoader::loadFile(parser.positionalArguments().constFirst(), *directory.directory);
    if (!loaded.ok()) {
        printDiagnostics(m_err, loaded.diagnostics);
        return Failure;
    }

    TreeWalker walker(loaded.tree);
    for (const QString &answer : parser.values(answerOption)) {
        const TreeNode &node = walker.current();
        if (node.isOutcome()) {
            m_err << tr("cannot answer \"%1\": node \"%2\" is an outcome and has no options").arg(answer, node.id)
                  << '\n';
            return Failure;
        }
        if (!walker.answer(answer)) {
            m_err << tr("\"%1\" is not an option of node \"%2\"; the options are: %3")
                         .arg(answer, node.id, node.optionIds().join(u", "_qs))
                  << '\n';
            return Failure;
        }
    }
    if (parser.isSet(jsonOption))
        m_out << QJsonDocument(TreeWalkReport::toJson(walker, language)).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << TreeWalkReport::toText(walker, *directory.directory, language);
    return Success;
}

} // namespace ww
