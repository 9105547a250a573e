// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/PartyLanguages.h"

#include "directory/ReferralDirectory.h"

namespace ww::PartyLanguages {

bool needsNotice(const QString &callerLanguage)
{
    return !callerLanguage.isEmpty() && callerLanguage != u"nl";
}

QString lookupCode(const QString &callerLanguage)
{
    if (callerLanguage == u"nl-limited")
        return u"nl"_qs;
    if (callerLanguage == u"other")
        return {};
    return callerLanguage;
}

Support support(const Party &party, const QString &callerLanguage)
{
    const QString code = lookupCode(callerLanguage);
    if (code.isEmpty())
        return Support::NotKnown;
    if (party.languages.contains(code))
        return Support::Known;
    return party.languagesComplete ? Support::NotOffered : Support::NotKnown;
}

} // namespace ww::PartyLanguages
