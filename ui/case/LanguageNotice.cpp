// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/LanguageNotice.h"

#include "VocabularyNames.h"
#include "directory/PartyLanguages.h"
#include "directory/ReferralDirectory.h"

namespace ww {

QString LanguageNotice::forCase(const QString &callerLanguage)
{
    if (!PartyLanguages::needsNotice(callerLanguage))
        return {};
    return tr("Caller's language: %1. For each party below: what the directory knows about its languages and "
              "interpreters. Promise nothing that is not known.")
            .arg(VocabularyNames::callerLanguage(callerLanguage));
}

QString LanguageNotice::forParty(const Party *party, const QString &callerLanguage, const QString &contentLanguage)
{
    if (!PartyLanguages::needsNotice(callerLanguage))
        return {};
    const QString code = PartyLanguages::lookupCode(callerLanguage);
    const QString language = VocabularyNames::callerLanguage(code);
    const PartyLanguages::Support support
            = party ? PartyLanguages::support(*party, callerLanguage) : PartyLanguages::Support::NotKnown;
    QString text;
    switch (support) {
    case PartyLanguages::Support::Known:
        text = tr("Known to help callers in %1.").arg(language);
        break;
    case PartyLanguages::Support::NotOffered:
        text = tr("Does not help callers in %1, according to the directory.").arg(language);
        break;
    case PartyLanguages::Support::NotKnown:
        text = code.isEmpty() ? tr("Whether it helps callers in their language: not known. Ask the party.")
                              : tr("Whether it helps callers in %1: not known. Ask the party.").arg(language);
        break;
    }
    // A caller who speaks the party's language needs no interpreter, unless that language is Dutch
    // and the caller finds it hard.
    if (support == PartyLanguages::Support::Known && callerLanguage != u"nl-limited")
        return text;
    if (party && !party->interpreter.isEmpty())
        return text + u' ' + tr("Interpreter: %1").arg(party->interpreter.in(contentLanguage));
    return text + u' ' + tr("Interpreter: not known. Ask the party.");
}

} // namespace ww
