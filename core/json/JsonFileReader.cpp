// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFileReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ww {

namespace {

/// Byte offset of the first invalid UTF-8 sequence, or -1 when the whole text is valid.
/// Qt decides validity (invalid sequences do not survive the round trip); the small walk
/// below only runs to locate the fault for the message.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    if (QString::fromUtf8(bytes).toUtf8() == bytes)
        return -1;
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    for (qsizetype i = 0; i < bytes.size();) {
        const unsigned char lead = byteAt(i);
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the first continuation byte
        if (lead < 0x80)
            length = 1;
        else if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= bytes.size())
                return i;
            const unsigned char next = byteAt(i + k);
            if (k == 1 ? (next < low || next > high) : (next < 0x80 || next > 0xBF))
                return i;
        }
        i += length;
    }
    return 0;
}

JsonInput failure(JsonInput input, const JsonSourceMap &map, qsizetype offset, const QString &message)
{
    const SourceLocation at = map.locationOfOffset(offset);
    input.diagnostics.append({input.fileName, at.line, at.column, message, {}});
    return input;
}

} // namespace

const JsonSourceMap &JsonInput::sourceMap() const
{
    if (!m_sourceMap)
        m_sourceMap = std::make_shared<const JsonSourceMap>(
                JsonSourceMap::scan(bytes, JsonFileReader::MaxNestingDepth, nullptr));
    return *m_sourceMap;
}

JsonInput JsonFileReader::readFile(const QString &path)
{
    JsonInput input;
    input.fileName = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        input.diagnostics.append({path, 0, 0, tr("cannot open the file: %1").arg(file.errorString()), {}});
        return input;
    }
    // Read one byte past the limit, so a file that grows while being read is still caught.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        input.diagnostics.append(
                {path, 0, 0, tr("the file is larger than the limit of %1 bytes").arg(MaxFileBytes), {}});
        return input;
    }
    return readBytes(bytes, path);
}

JsonInput JsonFileReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    JsonInput input;
    input.fileName = fileName;
    // Line starts are only needed to report a problem.
    const auto plain = [&bytes] { return JsonSourceMap::forText(bytes); };

    if (bytes.size() > MaxFileBytes)
        return failure(input, plain(), 0, tr("the file is larger than the limit of %1 bytes").arg(MaxFileBytes));
    if (bytes.trimmed().isEmpty())
        return failure(input, plain(), 0, tr("the file is empty"));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return failure(input, plain(), 0, tr("the file starts with a byte order mark; save it as UTF-8 without BOM"));
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return failure(input, plain(), bad,
                       tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                               .arg(int(static_cast<unsigned char>(bytes.at(bad))), 2, 16, QChar(u'0')));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(input, plain(), parseError.offset, tr("invalid JSON: %1").arg(parseError.errorString()));

    input.bytes = bytes;
    QList<JsonSourceMap::Problem> problems;
    JsonSourceMap::check(bytes, MaxNestingDepth, &problems);
    if (!problems.isEmpty()) {
        // Rare: scan again, recording positions, so the problems carry their exact JSON paths.
        problems.clear();
        (void)JsonSourceMap::scan(bytes, MaxNestingDepth, &problems);
    }
    for (const JsonSourceMap::Problem &problem : std::as_const(problems)) {
        const SourceLocation at = plain().locationOfOffset(problem.offset);
        input.diagnostics.append({fileName, at.line, at.column, problem.message, problem.jsonPath});
    }
    if (!input.diagnostics.isEmpty())
        return input;

    if (!document.isObject())
        return failure(input, plain(), 0, tr("the top level must be a JSON object"));
    input.root = document.object();
    return input;
}

} // namespace ww
