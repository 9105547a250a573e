// SPDX-License-Identifier: GPL-3.0-or-later
#include "VocabularyNames.h"

#include <QList>

#include <utility>

namespace ww {

namespace {

using Labels = QList<std::pair<const char16_t *, const char *>>;

QString lookUp(const Labels &labels, const QString &code)
{
    if (code.isEmpty())
        return VocabularyNames::notRecorded();
    for (const auto &[candidate, label] : labels) {
        if (code == QStringView(candidate))
            return VocabularyNames::tr(label);
    }
    return code;
}

} // namespace

QString VocabularyNames::notRecorded()
{
    return tr("(not recorded)");
}

QString VocabularyNames::callerRole(const QString &code)
{
    static const Labels labels{
            {u"pupil", QT_TR_NOOP("Pupil")},
            {u"parent", QT_TR_NOOP("Parent or carer")},
            {u"staff", QT_TR_NOOP("School staff")},
            {u"school-leader", QT_TR_NOOP("School leader")},
            {u"vertrouwenspersoon", QT_TR_NOOP("Confidential adviser (vertrouwenspersoon)")},
            {u"other", QT_TR_NOOP("Someone else")},
    };
    return lookUp(labels, code);
}

QString VocabularyNames::schoolType(const QString &code)
{
    static const Labels labels{
            {u"po", QT_TR_NOOP("Primary school (po)")},   {u"so", QT_TR_NOOP("Special school (so)")},
            {u"vo", QT_TR_NOOP("Secondary school (vo)")}, {u"mbo", QT_TR_NOOP("Vocational school (mbo)")},
            {u"other", QT_TR_NOOP("Other school type")},
    };
    return lookUp(labels, code);
}

QString VocabularyNames::callerRoleShort(const QString &code)
{
    static const Labels labels{
            {u"pupil", QT_TR_NOOP("Pupil")},
            {u"parent", QT_TR_NOOP("Parent")},
            {u"staff", QT_TR_NOOP("Staff")},
            {u"school-leader", QT_TR_NOOP("School leader")},
            {u"vertrouwenspersoon", QT_TR_NOOP("Confidential adviser")},
            {u"other", QT_TR_NOOP("Other")},
    };
    return lookUp(labels, code);
}

QString VocabularyNames::schoolTypeShort(const QString &code)
{
    static const Labels labels{
            {u"po", QT_TR_NOOP("po")},   {u"so", QT_TR_NOOP("so")},       {u"vo", QT_TR_NOOP("vo")},
            {u"mbo", QT_TR_NOOP("mbo")}, {u"other", QT_TR_NOOP("Other")},
    };
    return lookUp(labels, code);
}

QString VocabularyNames::theme(const QString &code)
{
    static const Labels labels{
            {u"bullying", QT_TR_NOOP("Bullying")},
            {u"discrimination", QT_TR_NOOP("Discrimination")},
            {u"lgbti-exclusion", QT_TR_NOOP("Exclusion of LGBTI pupils")},
            {u"sexual-harassment", QT_TR_NOOP("Sexual harassment")},
            {u"boundary-crossing", QT_TR_NOOP("Boundary-crossing behaviour")},
            {u"violence", QT_TR_NOOP("Violence")},
            {u"intimidation", QT_TR_NOOP("Intimidation")},
            {u"radicalisation", QT_TR_NOOP("Radicalisation")},
            {u"truancy", QT_TR_NOOP("Truancy")},
            {u"passend-onderwijs", QT_TR_NOOP("Support for special needs (passend onderwijs)")},
            {u"admission-expulsion", QT_TR_NOOP("Admission, suspension or expulsion")},
            {u"relationship-school", QT_TR_NOOP("Relationship with the school")},
            {u"complaint-not-handled", QT_TR_NOOP("Complaint not handled")},
            {u"childrens-rights", QT_TR_NOOP("Children's rights")},
            {u"other", QT_TR_NOOP("Other theme")},
    };
    return lookUp(labels, code);
}

QString VocabularyNames::callerLanguage(const QString &code)
{
    static const Labels labels{
            {u"nl", QT_TR_NOOP("Dutch")},     {u"nl-limited", QT_TR_NOOP("Dutch, with difficulty")},
            {u"en", QT_TR_NOOP("English")},   {u"ar", QT_TR_NOOP("Arabic")},
            {u"tr", QT_TR_NOOP("Turkish")},   {u"pl", QT_TR_NOOP("Polish")},
            {u"uk", QT_TR_NOOP("Ukrainian")}, {u"ti", QT_TR_NOOP("Tigrinya")},
            {u"so", QT_TR_NOOP("Somali")},    {u"other", QT_TR_NOOP("Another language")},
    };
    return lookUp(labels, code);
}

QString VocabularyNames::whiteSpotReason(const QString &code)
{
    static const Labels labels{
            {u"outside-school", QT_TR_NOOP("It happens outside school")},
            {u"no-complaints-body", QT_TR_NOOP("No complaints committee for this school or question")},
            {u"route-exhausted", QT_TR_NOOP("Every step taken, the problem remains")},
            {u"no-binding-power", QT_TR_NOOP("Nobody can make the school act")},
            {u"wants-investigation", QT_TR_NOOP("Caller wants an investigation or an answer back")},
            {u"staff-without-support", QT_TR_NOOP("Staff member without support")},
            {u"other", QT_TR_NOOP("Other reason")},
    };
    return lookUp(labels, code);
}

QString VocabularyNames::referralChangeReason(const QString &code)
{
    static const Labels labels{
            {u"already-contacted", QT_TR_NOOP("Caller has already been there")},
            {u"does-not-fit", QT_TR_NOOP("Does not fit this situation")},
            {u"caller-declines", QT_TR_NOOP("Caller does not want it")},
            {u"school-first", QT_TR_NOOP("Caller first talks to the school")},
            {u"other-removal", QT_TR_NOOP("Other reason to remove")},
            {u"better-fit", QT_TR_NOOP("Fits the question better")},
            {u"missing-from-tree", QT_TR_NOOP("Belongs here, but the tree does not name it")},
            {u"extra-support", QT_TR_NOOP("Extra support beside the advice")},
            {u"caller-asked", QT_TR_NOOP("Caller asked about it")},
            {u"other-addition", QT_TR_NOOP("Other reason to add")},
    };
    return lookUp(labels, code);
}

} // namespace ww
