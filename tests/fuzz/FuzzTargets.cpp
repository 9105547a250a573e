// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include "chat/ChatProtocol.h"
#include "directory/DirectoryLoader.h"
#include "tree/DecisionTree.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <variant>

namespace ww::fuzz {

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Every problem is located inside the file it names (or concerns the file as a whole), and prints.
void checkDiagnostics(const Diagnostics &diagnostics, const QString &file, const QByteArray &bytes)
{
    const qsizetype lines = bytes.count('\n') + 1;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.file != file || diagnostic.message.isEmpty())
            fail("a diagnostic without file or message", diagnostic.toString());
        if (diagnostic.line < 0 || diagnostic.line > lines || diagnostic.column < 0)
            fail("a diagnostic outside the file", diagnostic.toString());
        (void)diagnostic.toString();
    }
}

std::shared_ptr<const ReferralDirectory> shippedDirectory()
{
    const DirectoryLoadResult loaded
            = DirectoryLoader::loadFile(QStringLiteral(WW_SOURCE_DIR "/resources/directory/wegwijzer.directory.json"));
    if (!loaded.ok())
        fail("the shipped directory does not load");
    return loaded.directory;
}

} // namespace

int treeLoader(const std::uint8_t *data, std::size_t size)
{
    static const std::shared_ptr<const ReferralDirectory> directory = shippedDirectory();
    const QByteArray bytes = bytesOf(data, size);
    const QString file = QStringLiteral("fuzz.tree.json");
    const TreeLoadResult result = TreeLoader::load(JsonFileReader::readBytes(bytes, file), *directory);
    checkDiagnostics(result.diagnostics, file, bytes);
    if (result.ok()) {
        // A loaded tree is whole: its start node exists and every option leads to a node.
        if (!result.tree->node(result.tree->startNodeId()))
            fail("the start node is not in the tree");
        for (const TreeNode &node : result.tree->nodes()) {
            for (const TreeOption &option : node.options) {
                if (!result.tree->node(option.nextNodeId))
                    fail("an option leads nowhere", option.nextNodeId);
            }
        }
    } else if (std::none_of(result.diagnostics.cbegin(), result.diagnostics.cend(),
                            [](const Diagnostic &diagnostic) { return !diagnostic.isWarning(); })) {
        fail("a tree refused without an error");
    }
    return 0;
}

int directoryLoader(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const QString file = QStringLiteral("fuzz.directory.json");
    const DirectoryLoadResult result = DirectoryLoader::load(JsonFileReader::readBytes(bytes, file));
    checkDiagnostics(result.diagnostics, file, bytes);
    if (!result.ok()
        && std::none_of(result.diagnostics.cbegin(), result.diagnostics.cend(),
                        [](const Diagnostic &diagnostic) { return !diagnostic.isWarning(); }))
        fail("a directory refused without an error");
    return 0;
}

int chatFrame(const std::uint8_t *data, std::size_t size)
{
    static const QRegularExpression idForm(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._:-]{1,64}")));
    const QString text = QString::fromUtf8(bytesOf(data, size));
    const auto parsed = chat::FrameParser().parse(text);
    if (const auto *error = std::get_if<chat::ProtocolError>(&parsed)) {
        if (error->message.isEmpty() || chat::errorCodeText(error->code).isEmpty())
            fail("an error without code or message", error->message);
        if (!error->ref.isEmpty() && !idForm.match(error->ref).hasMatch())
            fail("an error's ref is not an id", error->ref);
        (void)chat::Frames::error(*error);
        return 0;
    }
    const chat::Frame &frame = std::get<chat::Frame>(parsed);
    if (frame.type.isEmpty())
        fail("a frame without type");
    // Every text the gateway stores (a message's text, a transfer's or move's note) is stored as delivered.
    // Fields a frame type does not know are ignored, whatever they hold.
    const QString stored = frame.type == QStringLiteral("message")                             ? QStringLiteral("text")
            : frame.type == QStringLiteral("transfer") || frame.type == QStringLiteral("move") ? QStringLiteral("note")
                                                                                               : QString();
    if (!stored.isEmpty() && !chat::FrameParser::unstorableText(frame.fields.value(stored).toString()).isEmpty())
        fail("a frame with unstorable text passed", stored);
    if (!stored.isEmpty()) {
        // The other side gets the text in a frame the gateway writes itself: it must read back as sent.
        const QString sent = frame.fields.value(stored).toString();
        const QString delivered = chat::Frames::FlatFrame(frame.type, frame.id).add(stored, sent).finish();
        if (std::any_of(delivered.cbegin(), delivered.cend(), [](QChar c) { return c.unicode() < 0x20; }))
            fail("a delivered frame holds a raw control character");
        if (QJsonDocument::fromJson(delivered.toUtf8()).object().value(stored).toString() != sent)
            fail("a delivered frame does not read back as sent", stored);
    }
    return 0;
}

} // namespace ww::fuzz
