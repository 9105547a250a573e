// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ww {

struct Party;

/// What the referrals say when the caller speaks a language other than Dutch: for each party only
/// what the directory knows (PartyLanguages), "not known" for the rest, and never an interpreter
/// the directory does not name.
class LanguageNotice
{
    Q_DECLARE_TR_FUNCTIONS(ww::LanguageNotice)

public:
    /// The line above the parties; empty when no notice is needed (nothing noted, or Dutch).
    static QString forCase(const QString &callerLanguage);
    /// The line for one party; empty when no notice is needed. \a party may be null (a party that
    /// left the directory): then nothing is known.
    static QString forParty(const Party *party, const QString &callerLanguage, const QString &contentLanguage);
};

} // namespace ww
