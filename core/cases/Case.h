// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace ww {

enum class Channel { Phone, Chat };
/// Active: the contact is going on. WrapUp: the contact ended, the agent completes the case.
/// FollowUp: waiting for a planned follow-up. Closed: done; read-only.
enum class CaseStatus { Active, WrapUp, FollowUp, Closed };

QString channelCode(Channel channel);
std::optional<Channel> channelFromCode(const QString &code);
QString caseStatusCode(CaseStatus status);
std::optional<CaseStatus> caseStatusFromCode(const QString &code);

/// The coded fields of a case, used for statistics. Codes come from Vocabulary.
struct CaseFields
{
    QString callerRole;
    QString schoolType;
    QStringList themes;
    QString province; ///< optional
    QString routeStage;
    QString callerLanguage = {}; ///< Vocabulary::callerLanguages; empty: not recorded

    bool operator==(const CaseFields &) const = default;
};

/// One node on the path walked through the tree.
struct CaseStep
{
    QString nodeId;
    QString optionId; ///< empty for the node the walk stands on
    QDateTime reachedAt;

    bool operator==(const CaseStep &) const = default;
};

/// A saved note. Notes are append-only: a correction is a new note that names the one it corrects.
struct CaseNote
{
    QUuid id;
    QString author;
    QDateTime createdAt;
    QString body;
    QUuid correctsNoteId; ///< null unless this note corrects another

    bool operator==(const CaseNote &) const = default;
};

enum class ReferralOrigin { Suggested, Added };
enum class ReferralDecision { Confirmed, Removed };

/// A party the caller is referred to, or a suggested party the agent removed.
/// A reason is required when the decision differs from the tree's suggestion.
struct CaseReferral
{
    QString partyId;
    ReferralOrigin origin = ReferralOrigin::Suggested;
    ReferralDecision decision = ReferralDecision::Confirmed;
    QString reason;
    bool warmHandover = false;
    QDateTime decidedAt;
    QString reasonCategory = {}; ///< Vocabulary::referralRemovalReasons or referralAdditionReasons

    bool differsFromSuggestion() const
    {
        return origin == ReferralOrigin::Added || decision == ReferralDecision::Removed;
    }
    bool operator==(const CaseReferral &) const = default;
};

/// A state change in the case's life, for its history.
struct CaseEvent
{
    QDateTime at;
    QString kind; ///< opened, hold, resumed, contact-ended, follow-up, closed, continued
    QString detail;

    bool operator==(const CaseEvent &) const = default;
};

/// One contact and what came of it.
struct Case
{
    QUuid id;
    Channel channel = Channel::Phone;
    CaseStatus status = CaseStatus::Active;
    QString owner;
    QString treeIdentity; ///< the exact tree the path was walked in
    QDateTime openedAt;
    QDateTime contactEndedAt;
    QDateTime closedAt;
    QDateTime updatedAt; ///< last change; orders the home list
    qint64 holdSeconds = 0;
    CaseFields fields;
    QList<CaseStep> steps;
    QString outcomeNodeId;
    bool whiteSpot = false;
    QString whiteSpotReason;
    QString whiteSpotCategory; ///< Vocabulary::whiteSpotReasons
    QList<CaseReferral> referrals;
    QList<CaseNote> notes;
    QList<CaseEvent> events;
    QDate followUpDate;
    QString followUpInstruction;
    /// The stored header's version this case was read at (0: not stored yet). A save from an older
    /// version is refused, so nobody overwrites a change they have not seen.
    int rowVersion = 0;

    static Case open(Channel channel, const QString &owner, const QString &treeIdentity, const QDateTime &now);
    bool isReadOnly() const { return status == CaseStatus::Closed; }
    bool operator==(const Case &) const = default;
    /// Confirmed referrals only.
    QList<CaseReferral> confirmedReferrals() const;
    const CaseReferral *referral(const QString &partyId) const;
};

} // namespace ww
