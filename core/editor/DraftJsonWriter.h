// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace ww {

/// Writes a content document the way the shipped files are written: two-space indentation, keys in the
/// order docs/tree-format.md lists them (unknown keys after, by name), characters as they are rather than
/// \u escapes. The same document always gives the same bytes, so drafts diff well.
class DraftJsonWriter
{
public:
    static QByteArray write(const QJsonObject &document);
};

} // namespace ww
