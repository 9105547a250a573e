// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

namespace ww::chat {

/// Flat JSON objects (text, whole-number and null fields), alone or in a list, written straight to text.
/// For what the gateway writes for every message: the frames to the visitor and the agent, and the list of
/// lines its storage thread hands to the database. QJsonObject and QJsonDocument build a tree and then
/// write it; on these paths that was a fifth of the gateway's event loop at saturation.
class FlatJsonWriter
{
public:
    explicit FlatJsonWriter(qsizetype expectedSize = 160) { m_text.reserve(expectedSize); }

    void beginList();
    void endList();
    void beginObject();
    void endObject();
    void field(QStringView key, QStringView value);
    void field(QStringView key, int value);
    void nullField(QStringView key);
    /// The text written; the writer is empty afterwards.
    QString take() { return std::exchange(m_text, {}); }

private:
    void separate();
    void key(QStringView name);
    void string(QStringView value);

    QString m_text;
};

} // namespace ww::chat
