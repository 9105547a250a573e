// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

namespace ww {
namespace Vocabulary {

const QStringList &callerRoles()
{
    static const QStringList codes{
            u"pupil"_qs, u"parent"_qs, u"staff"_qs, u"school-leader"_qs, u"vertrouwenspersoon"_qs, u"other"_qs};
    return codes;
}

const QStringList &schoolTypes()
{
    static const QStringList codes{u"po"_qs, u"so"_qs, u"vo"_qs, u"mbo"_qs, u"other"_qs};
    return codes;
}

const QStringList &themes()
{
    static const QStringList codes{u"bullying"_qs,
                                   u"discrimination"_qs,
                                   u"lgbti-exclusion"_qs,
                                   u"sexual-harassment"_qs,
                                   u"boundary-crossing"_qs,
                                   u"violence"_qs,
                                   u"intimidation"_qs,
                                   u"radicalisation"_qs,
                                   u"truancy"_qs,
                                   u"passend-onderwijs"_qs,
                                   u"admission-expulsion"_qs,
                                   u"relationship-school"_qs,
                                   u"complaint-not-handled"_qs,
                                   u"childrens-rights"_qs,
                                   u"other"_qs};
    return codes;
}

const QStringList &routeStages()
{
    static const QStringList codes{u"not-started"_qs, u"talked-to-school"_qs, u"vertrouwenspersoon"_qs,
                                   u"formal-complaint"_qs, u"completed"_qs};
    return codes;
}

const QStringList &audiences()
{
    static const QStringList codes{u"pupil"_qs, u"parent"_qs, u"staff"_qs, u"school"_qs};
    return codes;
}

const QStringList &partyKinds()
{
    static const QStringList codes{u"network"_qs, u"safeguarding"_qs, u"specialist"_qs, u"school"_qs};
    return codes;
}

const QStringList &channelTypes()
{
    static const QStringList codes{u"phone"_qs, u"chat"_qs, u"web"_qs, u"email"_qs};
    return codes;
}

const QStringList &languages()
{
    static const QStringList codes{u"nl"_qs, u"en"_qs};
    return codes;
}

const QStringList &provinces()
{
    static const QStringList names{u"Drenthe"_qs,    u"Flevoland"_qs, u"Friesland"_qs,     u"Gelderland"_qs,
                                   u"Groningen"_qs,  u"Limburg"_qs,   u"Noord-Brabant"_qs, u"Noord-Holland"_qs,
                                   u"Overijssel"_qs, u"Utrecht"_qs,   u"Zeeland"_qs,       u"Zuid-Holland"_qs};
    return names;
}

const QStringList &callerLanguages()
{
    static const QStringList codes{u"nl"_qs, u"nl-limited"_qs, u"en"_qs, u"ar"_qs, u"tr"_qs,
                                   u"pl"_qs, u"uk"_qs,         u"ti"_qs, u"so"_qs, u"other"_qs};
    return codes;
}

const QStringList &whiteSpotReasons()
{
    static const QStringList codes{u"outside-school"_qs,
                                   u"no-complaints-body"_qs,
                                   u"route-exhausted"_qs,
                                   u"no-binding-power"_qs,
                                   u"wants-investigation"_qs,
                                   u"staff-without-support"_qs,
                                   u"other"_qs};
    return codes;
}

const QStringList &referralRemovalReasons()
{
    static const QStringList codes{u"already-contacted"_qs, u"does-not-fit"_qs, u"caller-declines"_qs,
                                   u"school-first"_qs, u"other-removal"_qs};
    return codes;
}

const QStringList &referralAdditionReasons()
{
    static const QStringList codes{u"better-fit"_qs, u"missing-from-tree"_qs, u"extra-support"_qs, u"caller-asked"_qs,
                                   u"other-addition"_qs};
    return codes;
}

} // namespace Vocabulary

void CodedAnswers::mergeFrom(const CodedAnswers &later)
{
    if (!later.callerRole.isEmpty())
        callerRole = later.callerRole;
    if (!later.schoolType.isEmpty())
        schoolType = later.schoolType;
    if (!later.theme.isEmpty())
        theme = later.theme;
    if (!later.routeStage.isEmpty())
        routeStage = later.routeStage;
}

} // namespace ww
