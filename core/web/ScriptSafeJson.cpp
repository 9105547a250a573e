// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/ScriptSafeJson.h"

#include <QJsonDocument>

namespace ww {

QByteArray ScriptSafeJson::encode(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray safe;
    safe.reserve(json.size() + json.size() / 32);
    // These characters only occur inside JSON strings, where a \u escape means the same character.
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '<') {
            safe.append("\\u003c");
        } else if (c == '>') {
            safe.append("\\u003e");
        } else if (c == '&') {
            safe.append("\\u0026");
        } else if (c == '\xE2' && i + 2 < json.size() && json.at(i + 1) == '\x80'
                   && (json.at(i + 2) == '\xA8' || json.at(i + 2) == '\xA9')) {
            safe.append(json.at(i + 2) == '\xA8' ? "\\u2028" : "\\u2029");
            i += 2;
        } else {
            safe.append(c);
        }
    }
    return safe;
}

} // namespace ww
