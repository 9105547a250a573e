// SPDX-License-Identifier: GPL-3.0-or-later
// The examples in docs/tree-format.md and docs/directory-format.md are valid, so authors can start from them.
#include "directory/DirectoryLoader.h"
#include "tree/TreeLoader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>

using namespace ww;

namespace {

/// The first ```json block of a markdown file.
QByteArray firstJsonBlock(const QString &markdownPath)
{
    QFile file(markdownPath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(markdownPath);
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(u"```json\\n(.*?)\\n```"_qs, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = block.match(text);
    EXPECT_TRUE(match.hasMatch()) << qPrintable(markdownPath);
    return match.captured(1).toUtf8();
}

} // namespace

TEST(DocsExamples, TheDirectoryAndTreeExamplesAreValid)
{
    const QString docs = QStringLiteral(WW_SOURCE_DIR) + u"/docs/"_qs;
    const DirectoryLoadResult directory = DirectoryLoader::load(
            JsonFileReader::readBytes(firstJsonBlock(docs + u"directory-format.md"_qs), u"directory example"_qs));
    ASSERT_TRUE(directory.ok()) << qPrintable(directory.diagnostics.value(0).toString());
    const TreeLoadResult tree = TreeLoader::load(
            JsonFileReader::readBytes(firstJsonBlock(docs + u"tree-format.md"_qs), u"tree example"_qs),
            *directory.directory);
    ASSERT_TRUE(tree.ok()) << qPrintable(tree.diagnostics.value(0).toString());
    EXPECT_GE(tree.tree->nodes().size(), 3);
}
