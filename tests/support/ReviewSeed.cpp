// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewSeed.h"

#include "TestContent.h"
#include "storage/SqlCaseStore.h"

namespace ww::test {

namespace {

struct Spec
{
    int day; ///< opened on 1 March 2026 + day, 10:00 UTC
    Channel channel;
    QString owner;
    QString callerRole;
    QString schoolType;
    QStringList themes;
    QString outcome;
    bool whiteSpot;
    CaseStatus status;
    QDate followUp;
    QStringList confirmed; ///< confirmed referrals
    QStringList removed;   ///< suggested referrals the agent removed
    QString note;
};

// clang-format off
const QList<Spec> &specs()
{
    static const QList<Spec> list{
        {1, Channel::Phone, u"anna"_qs, u"pupil"_qs, u"vo"_qs, {u"bullying"_qs}, u"bullying-help"_qs, false,
         CaseStatus::Closed, {}, {u"school-route"_qs}, {}, u"Gepest in de kantine"_qs},
        {2, Channel::Chat, u"anna"_qs, u"parent"_qs, u"po"_qs, {u"bullying"_qs, u"discrimination"_qs}, u"bullying-help"_qs,
         false, CaseStatus::Closed, {}, {u"school-route"_qs, u"kindertelefoon"_qs}, {}, u"Zorgen over de groepsapp"_qs},
        {3, Channel::Phone, u"bram"_qs, u"parent"_qs, u"vo"_qs, {u"discrimination"_qs}, u"white-spot"_qs, true,
         CaseStatus::Closed, {}, {}, {}, u"Geen passende partij gevonden"_qs},
        {4, Channel::Phone, u"bram"_qs, u"staff"_qs, u"mbo"_qs, {u"violence"_qs}, u"urgent-help"_qs, false,
         CaseStatus::Closed, {}, {u"veilig-thuis"_qs}, {u"kindertelefoon"_qs}, u"Dreiging na schooltijd"_qs},
        {5, Channel::Chat, u"carla"_qs, u"pupil"_qs, u"vo"_qs, {u"bullying"_qs}, u"bullying-help"_qs, false,
         CaseStatus::FollowUp, QDate(2026, 3, 10), {u"school-route"_qs}, {}, u"Terugbellen na het gesprek met de mentor"_qs},
        {6, Channel::Phone, u"carla"_qs, u"pupil"_qs, u"so"_qs, {u"truancy"_qs}, {}, false,
         CaseStatus::Active, {}, {}, {}, u"Beller hing halverwege op"_qs},
        {40, Channel::Phone, u"anna"_qs, u"parent"_qs, u"vo"_qs, {u"bullying"_qs}, u"bullying-help"_qs, false,
         CaseStatus::FollowUp, QDate(2026, 5, 1), {u"kindertelefoon"_qs}, {}, u"Ouder belt terug over de kantine"_qs},
    };
    return list;
}
// clang-format on

} // namespace

ReviewSeed::ReviewSeed(Database &database, const std::function<void(int, Case &)> &adjust)
{
    SqlCaseStore store(database);
    const auto tree = smallTree();
    store.storeTree(*tree);
    treeIdentity = tree->identity();
    int number = 0;
    for (const Spec &spec : specs()) {
        ++number;
        const QDateTime opened(QDate(2026, 3, 1).addDays(spec.day), QTime(10, 0), Qt::UTC);
        Case c = Case::open(spec.channel, spec.owner, treeIdentity, opened);
        c.fields.callerRole = spec.callerRole;
        c.fields.schoolType = spec.schoolType;
        c.fields.themes = spec.themes;
        c.steps = {{u"danger"_qs, u"no"_qs, opened}, {u"caller"_qs, spec.callerRole, opened.addSecs(30)}};
        if (!spec.outcome.isEmpty())
            c.steps.append({spec.outcome, {}, opened.addSecs(60)});
        c.outcomeNodeId = spec.outcome;
        c.whiteSpot = spec.whiteSpot;
        if (spec.whiteSpot)
            c.whiteSpotReason = u"Buiten het klachtenstelsel"_qs;
        for (const QString &party : spec.confirmed)
            c.referrals.append(
                    {party, ReferralOrigin::Suggested, ReferralDecision::Confirmed, {}, false, opened.addSecs(90)});
        for (const QString &party : spec.removed)
            c.referrals.append({party, ReferralOrigin::Suggested, ReferralDecision::Removed, u"Beller was daar al"_qs,
                                false, opened.addSecs(95)});
        c.notes.append({QUuid::createUuid(),
                        spec.owner,
                        opened.addSecs(120),
                        spec.note + u" notemarker"_qs + QString::number(number),
                        {}});
        c.contactEndedAt = opened.addSecs(300 * number);
        c.events.append({c.contactEndedAt, u"contact-ended"_qs, {}});
        c.status = spec.status;
        if (spec.status == CaseStatus::Closed) {
            c.closedAt = c.contactEndedAt.addSecs(60);
            c.events.append({c.closedAt, u"closed"_qs, {}});
        }
        c.followUpDate = spec.followUp;
        if (spec.followUp.isValid())
            c.followUpInstruction = u"Terugbellen"_qs;
        c.updatedAt = c.contactEndedAt.addSecs(60);
        if (adjust)
            adjust(number, c);
        store.saveCase(c);
        ids.append(c.id);
    }
}

QList<int> ReviewSeed::numbers(const QList<QUuid> &caseIds) const
{
    QList<int> result;
    for (const QUuid &id : caseIds)
        result.append(int(ids.indexOf(id)) + 1);
    return result;
}

} // namespace ww::test
