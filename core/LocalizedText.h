// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ww {

/// A content text in Dutch (always present) and optionally English.
struct LocalizedText
{
    QString nl;
    QString en;

    bool isEmpty() const { return nl.isEmpty(); }
    /// The text in \a language ("nl" or "en"); falls back to Dutch when no translation exists.
    QString in(const QString &language) const;
};

} // namespace ww
