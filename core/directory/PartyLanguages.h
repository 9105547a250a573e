// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ww {

struct Party;

/// What the directory says about a party and the caller's language, and nothing more: a party is only
/// "known" to help in a language its entry lists, and only "does not" when its list is marked complete.
/// Everything else is not known, which the desk says instead of guessing.
namespace PartyLanguages {

enum class Support {
    Known,      ///< the party's languages list the caller's language
    NotOffered, ///< the list is complete (languages_complete) and does not hold it
    NotKnown,   ///< the list may be incomplete, or the caller speaks a language the list cannot name
};

/// True when the caller's language (Vocabulary::callerLanguages) calls for a word per party: any noted
/// language but plain Dutch.
bool needsNotice(const QString &callerLanguage);

/// The ISO 639-1 code to look for in a party's languages: "nl" for a caller who speaks Dutch with
/// difficulty, empty for "other" (no code to match).
QString lookupCode(const QString &callerLanguage);

Support support(const Party &party, const QString &callerLanguage);

} // namespace PartyLanguages

} // namespace ww
