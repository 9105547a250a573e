// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeeder.h"

#include "Vocabulary.h"
#include "directory/ReferralDirectory.h"
#include "storage/Database.h"
#include "storage/SqlCaseStore.h"
#include "tree/TreeWalker.h"

namespace ww {

namespace {

/// Note fragments in the style agents write: short, factual, no names.
const QStringList &noteFragments()
{
    static const QStringList fragments{
        u"Beller vertelt dat het al weken speelt."_qs,
        u"Mentor is op de hoogte, maar er is niets veranderd."_qs,
        u"Ouder wil weten welke stappen er nog zijn."_qs,
        u"Uitgelegd wat de klachtencommissie wel en niet kan."_qs,
        u"Beller was boos en voelt zich van het kastje naar de muur gestuurd."_qs,
        u"Leerling wil eerst zelf met de vertrouwenspersoon praten."_qs,
        u"Afgesproken dat beller de klachtenregeling van de school opzoekt."_qs,
        u"Gevraagd of er direct gevaar is: nee."_qs,
        u"Het gaat ook online door, via een groepsapp."_qs,
        u"School heeft een gesprek gepland, maar beller twijfelt."_qs,
        u"Beller wil anoniem blijven."_qs,
        u"Uitleg gegeven over het verschil tussen een signaal en een klacht."_qs,
    };
    return fragments;
}

const QStringList &overrideReasons()
{
    static const QStringList reasons{u"Beller is daar al geweest."_qs, u"Past beter bij de vraag van de beller."_qs,
                                     u"Beller wil eerst zelf met de school praten."_qs,
                                     u"School is bij een andere commissie aangesloten."_qs};
    return reasons;
}

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

} // namespace

DemoSeeder::DemoSeeder(Database &database, std::shared_ptr<const DecisionTree> tree,
                       std::shared_ptr<const ReferralDirectory> directory)
    : m_database(database)
    , m_tree(std::move(tree))
    , m_directory(std::move(directory))
{
}

Case DemoSeeder::makeCase(QRandomGenerator &random, const QString &owner, const QDateTime &now) const
{
    // Opened at a random moment of the last two years, during office hours.
    const qint64 twoYears = 2LL * 365 * 24 * 3600;
    QDateTime opened = now.addSecs(-random.bounded(twoYears));
    opened.setTime(QTime(8 + random.bounded(12), random.bounded(60), random.bounded(60)));
    if (opened >= now)
        opened = now.addSecs(-3600);
    const Channel channel = random.bounded(10) < 7 ? Channel::Phone : Channel::Chat;
    Case c = Case::open(channel, owner, m_tree->identity(), opened);

    // A random walk; one in twenty callers stops before an outcome.
    QDateTime clock = opened;
    TreeWalker walker(m_tree, [&clock] { return clock; });
    const bool dropsOff = random.bounded(20) == 0;
    while (!walker.atOutcome()) {
        const QList<TreeOption> &options = walker.current().options;
        if (dropsOff && walker.path().size() > 2 && random.bounded(3) == 0)
            break;
        clock = clock.addSecs(15 + random.bounded(90));
        walker.answer(pick(random, options).id);
    }
    for (const WalkStep &step : walker.path())
        c.steps.append({step.nodeId, step.chosenOptionId, step.reachedAt});
    const CodedAnswers implied = walker.impliedAnswers();
    c.fields.callerRole = implied.callerRole;
    c.fields.schoolType = implied.schoolType;
    c.fields.routeStage = implied.routeStage;
    if (!implied.theme.isEmpty())
        c.fields.themes.append(implied.theme);
    if (random.bounded(8) == 0) {
        const QString extra = pick(random, Vocabulary::themes());
        if (!c.fields.themes.contains(extra))
            c.fields.themes.append(extra);
    }
    if (random.bounded(3) > 0)
        c.fields.province = pick(random, Vocabulary::provinces());

    const TreeNode &end = walker.current();
    if (end.isOutcome()) {
        c.outcomeNodeId = end.id;
        c.whiteSpot = end.whiteSpot;
        if (end.whiteSpot)
            c.whiteSpotReason = u"Geen partij behandelt dit: buiten school en buiten het klachtenstelsel."_qs;
        for (const TreeReferral &suggested : end.referrals) {
            CaseReferral referral{suggested.partyId, ReferralOrigin::Suggested, ReferralDecision::Confirmed, {},
                                  random.bounded(6) == 0, clock};
            if (random.bounded(12) == 0) {
                referral.decision = ReferralDecision::Removed;
                referral.reason = pick(random, overrideReasons());
                referral.warmHandover = false;
            }
            c.referrals.append(referral);
        }
        if (random.bounded(10) == 0) {
            const Party &party = pick(random, m_directory->parties());
            if (!c.referral(party.id))
                c.referrals.append({party.id, ReferralOrigin::Added, ReferralDecision::Confirmed,
                                    pick(random, overrideReasons()), false, clock});
        }
    }

    const int noteCount = 1 + random.bounded(4);
    for (int i = 0; i < noteCount; ++i) {
        clock = clock.addSecs(20 + random.bounded(120));
        const QStringList &fragments = noteFragments();
        const int first = random.bounded(int(fragments.size()));
        const int second = (first + 1 + random.bounded(int(fragments.size()) - 1)) % int(fragments.size());
        c.notes.append({QUuid::createUuidV5(c.id, QString::number(i)), owner, clock,
                        fragments.at(first) + u' ' + fragments.at(second), {}});
    }

    clock = clock.addSecs(30 + random.bounded(600));
    c.contactEndedAt = clock;
    c.events.append({clock, u"contact-ended"_qs, {}});
    const int fate = random.bounded(100);
    if (fate < 2 && opened.daysTo(now) < 30) {
        c.status = CaseStatus::FollowUp;
        c.followUpDate = now.date().addDays(random.bounded(-3, 14));
        c.followUpInstruction = u"Terugbellen: is het gesprek met de school geweest?"_qs;
        c.events.append({clock, u"follow-up"_qs, c.followUpDate.toString(Qt::ISODate)});
    } else if (fate < 3 && opened.daysTo(now) < 2) {
        c.status = CaseStatus::WrapUp;
    } else {
        clock = clock.addSecs(60 + random.bounded(300));
        c.status = CaseStatus::Closed;
        c.closedAt = clock;
        c.events.append({clock, u"closed"_qs, {}});
    }
    c.updatedAt = clock;
    return c;
}

void DemoSeeder::seed(const Options &options, const std::function<void(qint64)> &progress)
{
    SqlCaseStore store(m_database);
    if (m_database.dialect() == SqlDialect::Sqlite) {
        // Random UUID keys touch every index page; a larger page cache keeps them in memory.
        m_database.execute(u"PRAGMA cache_size = -262144"_qs, u"demo seed"_qs);
    }
    store.storeTree(*m_tree);
    QRandomGenerator random(options.seed);
    const QStringList owners = options.owners.isEmpty() ? QStringList{u"demo-agent"_qs} : options.owners;
    qint64 written = 0;
    while (written < options.cases) {
        const qint64 batch = std::min<qint64>(options.batchSize, options.cases - written);
        Database::Transaction transaction(m_database);
        for (qint64 i = 0; i < batch; ++i) {
            const QString &owner = owners.at((written + i) % owners.size());
            store.writeCase(makeCase(random, owner, options.now), SqlCaseStore::Write::New);
        }
        transaction.commit();
        written += batch;
        if (progress)
            progress(written);
    }
}

} // namespace ww
