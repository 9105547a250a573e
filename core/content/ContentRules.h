// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>

namespace ww::ContentRules {

/// Limits of the tree and directory formats (docs/tree-format.md, docs/directory-format.md).
inline constexpr qsizetype MaxTextLength = 4000;
inline constexpr qsizetype MaxNodes = 20000;
inline constexpr qsizetype MaxParties = 1000;
inline constexpr qsizetype MaxOptions = 9; // keys 1–9 choose an option
inline constexpr qsizetype MaxListItems = 100;
inline constexpr int FormatVersion = 1;

/// Ids of nodes, options and parties.
inline const QRegularExpression &slugPattern()
{
    // anchoredPattern: "$" alone would also match before a final newline.
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")));
    return pattern;
}

inline const QRegularExpression &versionPattern()
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
    return pattern;
}

} // namespace ww::ContentRules
