// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace ww {

/// JSON that can sit inside an HTML <script> element whatever its strings hold: "<", ">" and "&" are
/// written as \u escapes, so no text can close the element ("</script>") or open a comment ("<!--").
/// U+2028 and U+2029 are escaped too, for script engines that do not take them raw.
class ScriptSafeJson
{
public:
    static QByteArray encode(const QJsonObject &object);
};

} // namespace ww
