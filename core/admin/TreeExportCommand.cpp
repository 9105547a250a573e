// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin tree export-html
#include "AdminCli.h"

#include "admin/CliSupport.h"
#include "content/ShippedContent.h"
#include "web/PageAddress.h"
#include "web/TreePage.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace ww {

using ww::CliSupport::printDiagnostics;

int AdminCli::treeExportHtml(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption directoryOption(u"directory"_qs, tr("Directory file with the parties."), u"FILE"_qs);
    const QCommandLineOption outputOption({u"o"_qs, u"output"_qs}, tr("The page to write."), u"FILE"_qs);
    const QCommandLineOption chatOption(u"chat"_qs, tr("Chat gateway the page may connect to."), u"URL"_qs);
    const QCommandLineOption exitOption(u"exit-url"_qs, tr("Page \"Snel weg\" leads to."), u"URL"_qs);
    const QCommandLineOption phoneOption(
            u"phone"_qs, tr("The service's phone number: offers phone codes (needs --chat)."), u"NUMBER"_qs);
    parser.addOptions({directoryOption, outputOption, chatOption, exitOption, phoneOption});
    parser.addPositionalArgument(u"FILE"_qs, tr("The tree file."));
    if (!parser.parse(QStringList{u"tree-export-html"_qs} + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("\"tree export-html\" needs exactly one FILE"));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return usageError(tr("\"tree export-html\" needs -o FILE: the page to write"));
    const QString output = parser.value(outputOption);
    for (const QString &input : {parser.positionalArguments().constFirst(), parser.value(directoryOption)}) {
        const QString existing = QFileInfo(input).canonicalFilePath();
        if (!existing.isEmpty() && existing == QFileInfo(output).canonicalFilePath())
            return usageError(tr("-o %1 would overwrite an input file").arg(output));
    }

    TreePageSettings settings;
    settings.exitPage = TreePage::defaultExitPage();
    QString problem;
    if (parser.isSet(chatOption)) {
        const std::optional<QUrl> gateway = PageAddress::chatGateway(parser.value(chatOption), &problem);
        if (!gateway)
            return usageError(problem);
        settings.chatGateway = *gateway;
    }
    if (parser.isSet(phoneOption)) {
        if (!parser.isSet(chatOption))
            return usageError(tr("--phone needs --chat: the chat gateway makes the phone codes"));
        const std::optional<QString> number = PageAddress::phoneNumber(parser.value(phoneOption), &problem);
        if (!number)
            return usageError(problem);
        settings.phoneNumber = *number;
    }
    if (parser.isSet(exitOption)) {
        const std::optional<QUrl> exitPage = PageAddress::exitPage(parser.value(exitOption), &problem);
        if (!exitPage)
            return usageError(problem);
        settings.exitPage = *exitPage;
    }

    const DirectoryLoadResult directory = parser.isSet(directoryOption)
            ? DirectoryLoader::loadFile(parser.value(directoryOption))
            : ShippedContent::loadDirectory();
    if (!directory.ok()) {
        printDiagnostics(m_err, directory.diagnostics);
        return Failure;
    }
    const QString treeFile = parser.positionalArguments().constFirst();
    const TreeLoadResult loaded = TreeLoader::loadFile(treeFile, *directory.directory);
    if (!loaded.ok()) {
        printDiagnostics(m_err, loaded.diagnostics);
        return Failure;
    }
    const DecisionTree &tree = *loaded.tree;
    if (!settings.chatGateway.isEmpty() && tree.identity().size() > TreePage::MaxChatIdentityLength) {
        m_err << tr("%1: error: the tree's identity \"%2\" has %3 characters and a chat carries at most %4: "
                    "shorten its \"version\"")
                         .arg(treeFile, tree.identity())
                         .arg(tree.identity().size())
                         .arg(TreePage::MaxChatIdentityLength)
              << '\n';
        return Failure;
    }

    if (!writeFile(output, TreePage::render(tree, *directory.directory, settings)))
        return Failure;
    if (tree.awaitingReview() || directory.directory->awaitingReview())
        m_err << tr("warning: the tree or the directory awaits review; the page says it is a trial version") << '\n';
    m_out << tr("%1 written: tree %2, %n node(s)", nullptr, int(tree.nodes().size())).arg(output, tree.identity())
          << '\n';
    return Success;
}

} // namespace ww
