// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ww {

/// The fixed code lists that tree answers, parties and (later) case fields share.
/// Codes are stable identifiers stored in files and databases; labels belong to the UI.
namespace Vocabulary {
const QStringList &callerRoles();  ///< pupil, parent, staff, school-leader, vertrouwenspersoon, other
const QStringList &schoolTypes();  ///< po, so, vo, mbo, other
const QStringList &themes();       ///< bullying … other
const QStringList &routeStages();  ///< not-started … completed
const QStringList &audiences();    ///< pupil, parent, staff, school
const QStringList &partyKinds();   ///< network, safeguarding, specialist, school
const QStringList &channelTypes(); ///< phone, chat, web, email
const QStringList &languages();    ///< nl, en: the languages content is written in
const QStringList &provinces();    ///< the twelve Dutch provinces, by their own names
/// The language the caller speaks with the agent: ISO 639-1 codes (as the directory's party languages) for the
/// languages listed, "nl-limited" for a caller who speaks Dutch with difficulty, "other" for any other language.
const QStringList &callerLanguages(); ///< nl, nl-limited, en, ar, tr, pl, uk, ti, so, other
/// Why no party fits a white spot, as the agent records it beside the free-text reason.
const QStringList &whiteSpotReasons(); ///< outside-school … other
/// Why an agent took a suggested party off the referrals, or added one the tree did not suggest.
const QStringList &referralRemovalReasons();  ///< already-contacted … other-removal
const QStringList &referralAdditionReasons(); ///< better-fit … other-addition
} // namespace Vocabulary

/// The coded fields an answer in the tree implies. Empty means "not implied".
struct CodedAnswers
{
    QString callerRole;
    QString schoolType;
    QString theme;
    QString routeStage;

    /// Fields set in \a later override those set here.
    void mergeFrom(const CodedAnswers &later);
    bool operator==(const CodedAnswers &) const = default;
};

} // namespace ww
