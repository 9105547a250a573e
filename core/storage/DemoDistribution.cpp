// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDistribution.h"

#include "Vocabulary.h"
#include "tree/DecisionTree.h"

#include <QTimeZone>

namespace ww {

namespace {

/// A code's share against an even split of its list: 1 when it is as common as the average.
double relative(const QHash<QString, double> &shares, const QString &code)
{
    if (code.isEmpty() || shares.isEmpty())
        return 1.0;
    return shares.value(code, 0.2 / double(shares.size())) * double(shares.size());
}

} // namespace

DemoDistribution::DemoDistribution()
{
    callerRoleShares = {{u"pupil"_qs, 0.22},
                        {u"parent"_qs, 0.45},
                        {u"staff"_qs, 0.15},
                        {u"school-leader"_qs, 0.06},
                        {u"vertrouwenspersoon"_qs, 0.05},
                        {u"other"_qs, 0.07}};
    schoolTypeShares = {{u"po"_qs, 0.42}, {u"so"_qs, 0.07}, {u"vo"_qs, 0.41}, {u"mbo"_qs, 0.04}, {u"other"_qs, 0.06}};
    themeShares = {{u"bullying"_qs, 0.30},
                   {u"discrimination"_qs, 0.08},
                   {u"lgbti-exclusion"_qs, 0.03},
                   {u"sexual-harassment"_qs, 0.06},
                   {u"boundary-crossing"_qs, 0.05},
                   {u"violence"_qs, 0.06},
                   {u"intimidation"_qs, 0.04},
                   {u"radicalisation"_qs, 0.01},
                   {u"truancy"_qs, 0.06},
                   {u"passend-onderwijs"_qs, 0.09},
                   {u"admission-expulsion"_qs, 0.05},
                   {u"relationship-school"_qs, 0.08},
                   {u"complaint-not-handled"_qs, 0.07},
                   {u"childrens-rights"_qs, 0.01},
                   {u"other"_qs, 0.01}};
    // Busiest at the start of the week; Wednesday afternoons many primary schools are closed.
    weekdayWeights = {1.25, 1.15, 1.05, 1.0, 0.8, 0.15, 0.0};
    // The school year: quiet in the summer holidays and around Christmas, busy when school starts.
    monthWeights = {1.0, 0.95, 1.1, 0.9, 0.85, 1.0, 0.45, 0.4, 1.25, 1.1, 1.15, 0.75};
    phoneHours = {{9, 1.0}, {10, 1.3}, {11, 1.2}, {12, 0.8}, {13, 1.1}, {14, 1.2}, {15, 1.1}, {16, 0.8}};
    // Chat: pupils after school and in the evening.
    chatHours = {{9, 0.3},  {10, 0.4}, {11, 0.4}, {12, 0.6}, {13, 0.6}, {14, 0.8},
                 {15, 1.2}, {16, 1.3}, {17, 0.9}, {18, 0.8}, {19, 1.1}, {20, 1.0}};
    removalReasons = Vocabulary::referralRemovalReasons();
    removalReasonWeights = {0.45, 0.15, 0.15, 0.2, 0.05}; // already-contacted … other-removal
    additionReasons = Vocabulary::referralAdditionReasons();
    additionReasonWeights = {0.3, 0.2, 0.3, 0.15, 0.05}; // better-fit … other-addition
}

DemoDistribution DemoDistribution::uniform()
{
    DemoDistribution d;
    d.urgentShare = -1;
    d.whiteSpotWeight = 1;
    d.chatShare = 0.3;
    d.weekendsChatOnly = false;
    d.extraThemeShare = 1.0 / 8;
    d.addedReferralShare = 0.1;
    d.removalShare = 1.0 / 12;
    d.yearlyGrowth = 0;
    d.mismatchShare = 0;
    d.callerRoleShares.clear();
    d.schoolTypeShares.clear();
    d.themeShares.clear();
    d.weekdayWeights = QList<double>(7, 1.0);
    d.monthWeights = QList<double>(12, 1.0);
    d.phoneHours.clear();
    for (int hour = 8; hour < 20; ++hour)
        d.phoneHours.insert(hour, 1.0);
    d.chatHours = d.phoneHours;
    d.removalReasonWeights = QList<double>(d.removalReasons.size(), 1.0);
    d.additionReasonWeights = QList<double>(d.additionReasons.size(), 1.0);
    return d;
}

int DemoDistribution::pick(QRandomGenerator &random, const QList<double> &weights)
{
    double total = 0;
    for (double weight : weights)
        total += weight;
    if (total <= 0)
        return int(random.bounded(int(weights.size())));
    double point = random.generateDouble() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (point < weights.at(i))
            return int(i);
        point -= weights.at(i);
    }
    return int(weights.size() - 1);
}

QList<double> DemoDistribution::optionWeights(const TreeNode &question, const DecisionTree &tree) const
{
    QList<double> weights;
    QList<bool> urgent;
    double urgentWeight = 0;
    double otherWeight = 0;
    for (const TreeOption &option : question.options) {
        double weight = relative(callerRoleShares, option.sets.callerRole)
                * relative(schoolTypeShares, option.sets.schoolType) * relative(themeShares, option.sets.theme);
        const TreeNode *next = tree.node(option.nextNodeId);
        const bool leadsToUrgent = next && next->isOutcome() && next->urgent;
        if (next && next->isOutcome() && next->whiteSpot)
            weight *= whiteSpotWeight;
        (leadsToUrgent ? urgentWeight : otherWeight) += weight;
        weights.append(weight);
        urgent.append(leadsToUrgent);
    }
    if (urgentShare >= 0 && urgentWeight > 0 && otherWeight > 0) {
        for (qsizetype i = 0; i < weights.size(); ++i)
            weights[i] *= urgent.at(i) ? urgentShare / urgentWeight : (1 - urgentShare) / otherWeight;
    }
    return weights;
}

DemoDistribution::Contact DemoDistribution::contact(QRandomGenerator &random, const QDateTime &now) const
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QDate today = now.toTimeZone(amsterdam).date();
    const QDate first = today.addYears(-2);
    const qint64 span = first.daysTo(today);
    double highest = 0;
    for (double weekday : weekdayWeights) {
        for (double month : monthWeights)
            highest = std::max(highest, weekday * month);
    }
    // A day by rejection: season × weekday × growth against the largest possible weight.
    QDate day;
    for (;;) {
        day = first.addDays(random.bounded(span + 1));
        const double growth = 1.0 + yearlyGrowth * double(first.daysTo(day)) / 365.0;
        const double weight = weekdayWeights.at(day.dayOfWeek() - 1) * monthWeights.at(day.month() - 1) * growth;
        if (random.generateDouble() * highest * (1.0 + 2 * yearlyGrowth) < weight)
            break;
    }
    const bool weekend = weekendsChatOnly && day.dayOfWeek() >= 6;
    const Channel channel = weekend || random.generateDouble() < chatShare ? Channel::Chat : Channel::Phone;
    const QHash<int, double> &hours = channel == Channel::Phone ? phoneHours : chatHours;
    QList<int> hourList = hours.keys();
    std::sort(hourList.begin(), hourList.end());
    QList<double> weights;
    for (int hour : std::as_const(hourList))
        weights.append(hours.value(hour));
    const int hour = hourList.at(pick(random, weights));
    const QDateTime opened = QDateTime(day, QTime(hour, int(random.bounded(60)), int(random.bounded(60))), amsterdam);
    if (opened.toUTC() >= now)
        return contact(random, now); // later today than now: draw again
    return {opened.toUTC(), channel};
}

QString DemoDistribution::whiteSpotReason(QRandomGenerator &random, const QString &outcomeId) const
{
    const QStringList &reasons = Vocabulary::whiteSpotReasons(); // outside-school … other
    // The outcome says much of it; "question does not fit" outcomes spread over the rest.
    QList<double> weights{0.05, 0.05, 0.2, 0.2, 0.25, 0.05, 0.2};
    const auto favour = [&](const QString &reason) {
        for (double &weight : weights)
            weight *= 0.15;
        weights[reasons.indexOf(reason)] = 0.85;
    };
    if (outcomeId.contains(u"buiten"))
        favour(u"outside-school"_qs);
    else if (outcomeId.contains(u"geen-commissie"))
        favour(u"no-complaints-body"_qs);
    else if (outcomeId.contains(u"conflict"))
        favour(u"staff-without-support"_qs);
    return reasons.at(pick(random, weights));
}

QString DemoDistribution::removalReason(QRandomGenerator &random, const QString &partyId) const
{
    if (partyId == mismatchedParty && random.generateDouble() < mismatchShare)
        return u"does-not-fit"_qs;
    if (random.generateDouble() >= removalShare)
        return {};
    return removalReasons.at(pick(random, removalReasonWeights));
}

QString DemoDistribution::additionReason(QRandomGenerator &random) const
{
    return additionReasons.at(pick(random, additionReasonWeights));
}

QString DemoDistribution::replacementFor(const QString &removedPartyId) const
{
    return removedPartyId == mismatchedParty ? mismatchReplacement : QString();
}

} // namespace ww
