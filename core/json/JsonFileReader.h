// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "json/JsonSourceMap.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace ww {

/// A JSON document read from an untrusted file, with the positions needed to report problems.
struct JsonInput
{
    QString fileName; ///< as shown in diagnostics
    QByteArray bytes;
    QJsonObject root;
    Diagnostics diagnostics; ///< non-empty: the document could not be read and root is empty

    bool ok() const { return diagnostics.isEmpty(); }
    /// Where every value starts. Built on first use: valid files never need it, and recording
    /// every position costs more than parsing.
    const JsonSourceMap &sourceMap() const;

private:
    mutable std::shared_ptr<const JsonSourceMap> m_sourceMap;
};

/// Reads JSON content files and rejects hostile input with a located message:
/// too large, empty, a byte order mark, invalid UTF-8, syntax errors, duplicate keys,
/// nesting deeper than the format needs, or a root that is not an object.
class JsonFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ww::JsonFileReader)

public:
    static constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;
    static constexpr int MaxNestingDepth = 64;

    static JsonInput readFile(const QString &path);
    static JsonInput readBytes(const QByteArray &bytes, const QString &fileName);
};

} // namespace ww
