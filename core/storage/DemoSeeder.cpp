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

/// What agents type beside the category of a changed referral.
QString reasonText(const QString &category)
{
    static const QHash<QString, QString> texts{
            {u"already-contacted"_qs, u"Beller is daar al geweest."_qs},
            {u"does-not-fit"_qs, u"School is bij een andere commissie aangesloten."_qs},
            {u"caller-declines"_qs, u"Beller wil dit niet."_qs},
            {u"school-first"_qs, u"Beller wil eerst zelf met de school praten."_qs},
            {u"other-removal"_qs, u"Past niet bij wat de beller zoekt."_qs},
            {u"better-fit"_qs, u"Past beter bij de vraag van de beller."_qs},
            {u"missing-from-tree"_qs, u"Hoort hier ook bij, maar de boom noemt het niet."_qs},
            {u"extra-support"_qs, u"Extra steun naast het advies."_qs},
            {u"caller-asked"_qs, u"Beller vroeg ernaar."_qs},
            {u"other-addition"_qs, u"Op verzoek van de beller."_qs},
    };
    return texts.value(category);
}

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

} // namespace

DemoSeeder::DemoSeeder(Database &database, std::shared_ptr<const DecisionTree> tree,
                       std::shared_ptr<const ReferralDirectory> directory, DemoDistribution distribution)
    : m_database(database)
    , m_tree(std::move(tree))
    , m_directory(std::move(directory))
    , m_distribution(std::move(distribution))
{ }

QUuid DemoSeeder::randomId(QRandomGenerator &random)
{
    // A version 4 UUID from the seeded generator, so that a seed always writes the same cases.
    QByteArray bytes(16, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes);
}

Case DemoSeeder::makeCase(QRandomGenerator &random, const QString &owner, const QDateTime &now) const
{
    const DemoDistribution::Contact contact = m_distribution.contact(random, now);
    const Channel channel = contact.channel == DemoDistribution::Channel::Chat ? Channel::Chat : Channel::Phone;
    Case c = Case::open(channel, owner, m_tree->identity(), contact.openedAt);
    c.id = randomId(random);

    // A walk with the distribution's weights; one in twenty callers stops before an outcome.
    QDateTime clock = contact.openedAt;
    TreeWalker walker(m_tree, [&clock] { return clock; });
    const bool dropsOff = random.bounded(20) == 0;
    while (!walker.atOutcome()) {
        const TreeNode &question = walker.current();
        if (dropsOff && walker.path().size() > 2 && random.bounded(3) == 0)
            break;
        clock = clock.addSecs(15 + random.bounded(90));
        const int chosen = DemoDistribution::pick(random, m_distribution.optionWeights(question, *m_tree));
        walker.answer(question.options.at(chosen).id);
    }
    for (const WalkStep &step : walker.path())
        c.steps.append({step.nodeId, step.chosenOptionId, step.reachedAt});
    const CodedAnswers implied = walker.impliedAnswers();
    c.fields.callerRole = implied.callerRole;
    c.fields.schoolType = implied.schoolType;
    c.fields.routeStage = implied.routeStage;
    if (!implied.theme.isEmpty())
        c.fields.themes.append(implied.theme);
    if (!c.fields.themes.isEmpty() && random.generateDouble() < m_distribution.extraThemeShare) {
        QList<double> weights;
        for (const QString &theme : Vocabulary::themes())
            weights.append(m_distribution.themeShares.value(theme));
        const QString extra = Vocabulary::themes().at(DemoDistribution::pick(random, weights));
        if (!c.fields.themes.contains(extra))
            c.fields.themes.append(extra);
    }
    if (random.bounded(3) > 0)
        c.fields.province = pick(random, Vocabulary::provinces());

    const TreeNode &end = walker.current();
    if (end.isOutcome()) {
        c.outcomeNodeId = end.id;
        c.whiteSpot = end.whiteSpot;
        if (end.whiteSpot) {
            c.whiteSpotReason = u"Geen partij behandelt dit: buiten school en buiten het klachtenstelsel."_qs;
            c.whiteSpotCategory = m_distribution.whiteSpotReason(random, end.id);
        }
        QStringList replacements;
        for (const TreeReferral &suggested : end.referrals) {
            CaseReferral referral{suggested.partyId,           ReferralOrigin::Suggested,
                                  ReferralDecision::Confirmed, {},
                                  random.bounded(6) == 0,      clock};
            if (const QString reason = m_distribution.removalReason(random, suggested.partyId); !reason.isEmpty()) {
                referral.decision = ReferralDecision::Removed;
                referral.reason = reasonText(reason);
                referral.reasonCategory = reason;
                referral.warmHandover = false;
                if (const QString replacement = m_distribution.replacementFor(suggested.partyId);
                    !replacement.isEmpty() && random.generateDouble() < 0.8)
                    replacements.append(replacement);
            }
            c.referrals.append(referral);
        }
        for (const QString &replacement : std::as_const(replacements)) {
            if (!c.referral(replacement) && m_directory->contains(replacement))
                c.referrals.append({replacement, ReferralOrigin::Added, ReferralDecision::Confirmed,
                                    reasonText(u"better-fit"_qs), false, clock, u"better-fit"_qs});
        }
        if (random.generateDouble() < m_distribution.addedReferralShare) {
            const Party &party = pick(random, m_directory->parties());
            if (!c.referral(party.id)) {
                const QString reason = m_distribution.additionReason(random);
                c.referrals.append({party.id, ReferralOrigin::Added, ReferralDecision::Confirmed, reasonText(reason),
                                    false, clock, reason});
            }
        }
    }

    const int noteCount = 1 + random.bounded(4);
    for (int i = 0; i < noteCount; ++i) {
        clock = clock.addSecs(20 + random.bounded(120));
        const QStringList &fragments = noteFragments();
        const int first = random.bounded(int(fragments.size()));
        const int second = (first + 1 + random.bounded(int(fragments.size()) - 1)) % int(fragments.size());
        c.notes.append({QUuid::createUuidV5(c.id, QString::number(i)),
                        owner,
                        clock,
                        fragments.at(first) + u' ' + fragments.at(second),
                        {}});
    }

    clock = clock.addSecs(30 + random.bounded(600));
    c.contactEndedAt = clock;
    c.events.append({clock, u"contact-ended"_qs, {}});
    const int fate = random.bounded(100);
    const QDateTime &opened = contact.openedAt;
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
