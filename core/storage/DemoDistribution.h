// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace ww {

struct TreeNode;
struct TreeOption;
class DecisionTree;

/// How often things happen at the synthetic helpdesk of `demo seed`: the shares of caller roles,
/// school types and themes the walks through the tree aim at, how rare acute danger is, channels,
/// opening hours, weekly and yearly rhythm, growth, white-spot reasons and changed advice. The numbers
/// are made up but plausible, and documented in docs/demo-data.md; what a seed of 100,000 cases
/// actually gives is measured there too.
class DemoDistribution
{
public:
    DemoDistribution();

    /// The seeder's rules before this distribution, for comparing benchmarks: every answer of the tree
    /// equally likely, contacts spread evenly over two years from 8:00 to 20:00, 30 % chat, a suggested
    /// party taken off one time in twelve and one added one time in ten.
    static DemoDistribution uniform();

    /// Relative weights of a question's answers for a walk: options that set a caller role, school
    /// type or theme weigh as that code's share against an even split; an option that leads straight
    /// to a white spot weighs whiteSpotWeight as much (most questions do fit a party); options that
    /// lead straight to an urgent outcome share urgentShare of the question between them.
    QList<double> optionWeights(const TreeNode &question, const DecisionTree &tree) const;

    enum class Channel { Phone, Chat };
    struct Contact
    {
        QDateTime openedAt; ///< UTC
        Channel channel;
    };
    /// When a contact starts, and by phone or chat: a day of the two years before \a now by season,
    /// weekday and growth, then an hour within that channel's opening hours by its daily rhythm.
    Contact contact(QRandomGenerator &random, const QDateTime &now) const;

    /// The reason category for a white spot at \a outcomeId (Vocabulary::whiteSpotReasons).
    QString whiteSpotReason(QRandomGenerator &random, const QString &outcomeId) const;
    /// Whether the agent takes a suggested \a partyId off the advice, and why; empty to keep it.
    QString removalReason(QRandomGenerator &random, const QString &partyId) const;
    /// The reason category when the agent adds a party (Vocabulary::referralAdditionReasons).
    QString additionReason(QRandomGenerator &random) const;
    /// The party added when \a removedPartyId was taken off for not fitting (LKC → GCBO), or empty.
    QString replacementFor(const QString &removedPartyId) const;

    static int pick(QRandomGenerator &random, const QList<double> &weights);

    double urgentShare = 0.03;    ///< acute danger, of all contacts at the first question; < 0: no share of its own
    double whiteSpotWeight = 0.2; ///< an answer that ends in a white spot, against an ordinary one
    double chatShare = 0.35;      ///< of contacts on workdays; weekends are chat only (weekendsChatOnly)
    bool weekendsChatOnly = true;
    double extraThemeShare = 0.12;    ///< contacts with a second theme the agent adds
    double addedReferralShare = 0.09; ///< contacts where the agent adds a party
    double removalShare = 0.06;       ///< suggested parties the agent takes off
    double yearlyGrowth = 0.20;       ///< more contacts each year as the service becomes known

    QHash<QString, double> callerRoleShares;
    QHash<QString, double> schoolTypeShares;
    QHash<QString, double> themeShares;
    QList<double> weekdayWeights;  ///< Monday … Sunday
    QList<double> monthWeights;    ///< January … December
    QHash<int, double> phoneHours; ///< hour of the day (Dutch time) → weight; phone on workdays only
    QHash<int, double> chatHours;
    QStringList removalReasons;
    QList<double> removalReasonWeights;
    QStringList additionReasons;
    QList<double> additionReasonWeights;
    /// A route that often does not fit: the tree suggests this party, but the school is affiliated
    /// with another committee, so agents take it off ("does-not-fit") and add the other one.
    QString mismatchedParty = u"lkc"_qs;
    QString mismatchReplacement = u"gcbo"_qs;
    double mismatchShare = 0.22;
};

} // namespace ww
