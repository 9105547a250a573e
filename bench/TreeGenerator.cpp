// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeGenerator.h"

#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>

namespace ww::bench {

namespace {

// Parallel Dutch and English fragments, so both texts of a node say the same and have similar lengths.
constexpr Phrase QuestionStems[] = {
        {u"Heeft de beller al met de mentor gesproken over", u"Has the caller already talked to the mentor about"},
        {u"Weet de schoolleiding al van", u"Does the school leadership already know about"},
        {u"Is er een vertrouwenspersoon betrokken bij", u"Is a confidential adviser involved in"},
        {u"Heeft de ouder een formele klacht ingediend over", u"Has the parent made a formal complaint about"},
        {u"Wil de beller anoniem blijven bij de vraag over", u"Does the caller want to stay anonymous about"},
        {u"Heeft de school al maatregelen genomen tegen", u"Has the school already taken measures against"},
        {u"Is de intern begeleider op de hoogte van", u"Is the special needs coordinator aware of"},
        {u"Gaat de vraag van de beller vooral over", u"Is the caller's question mainly about"},
};

constexpr Phrase OutcomeStems[] = {
        {u"Adviseer de beller om eerst met de school te praten over",
         u"Advise the caller to talk to the school first about"},
        {u"Verwijs de beller door voor onafhankelijk advies over", u"Refer the caller for independent advice about"},
        {u"De beller kan een klacht indienen bij de school over",
         u"The caller can make a complaint to the school about"},
        {u"Bespreek met de beller welke stappen mogelijk zijn bij",
         u"Discuss with the caller which steps are possible for"},
        {u"Leg uit dat een vertrouwenspersoon kan meedenken over",
         u"Explain that a confidential adviser can help think about"},
};

constexpr Phrase ScriptStems[] = {
        {u"Deze organisatie denkt met u mee over", u"This organisation helps you think about"},
        {u"Neem contact op voor advies over", u"Get in touch for advice about"},
        {u"Let op: deze partij kan de school niets opleggen bij",
         u"Note: this party cannot impose anything on the school about"},
        {u"Hier kunt u terecht met vragen over", u"You can turn to them with questions about"},
};

constexpr Phrase Topics[] = {
        {u"het pesten in de klas", u"the bullying in class"},
        {u"discriminatie door een docent", u"discrimination by a teacher"},
        {u"online pesten via sociale media", u"online bullying on social media"},
        {u"seksuele intimidatie op het schoolplein", u"sexual harassment in the playground"},
        {u"de verwijdering van de leerling", u"the pupil's expulsion"},
        {u"een weigering van de toelating", u"a refusal of admission"},
        {u"het ontbreken van passend onderwijs", u"the lack of suitable education"},
        {u"geweld tussen leerlingen", u"violence between pupils"},
        {u"uitsluiting van een lhbti-leerling", u"exclusion of an LGBTI pupil"},
        {u"langdurig schoolverzuim", u"long-term truancy"},
        {u"een klacht die niet goed is behandeld", u"a complaint that was not handled properly"},
        {u"de communicatie tussen ouders en school", u"communication between parents and school"},
};

constexpr Phrase Qualifiers[] = {
        {u", en is dat de afgelopen maanden vaker gebeurd", u", and has that happened more often in recent months"},
        {u", ook buiten schooltijd", u", also outside school hours"},
        {u", waardoor de leerling zich niet meer veilig voelt", u", so that the pupil no longer feels safe"},
        {u", zonder dat de schoolleiding is geïnformeerd", u", without the school leadership being informed"},
        {u", terwijl er al een gesprek met de intern begeleider was",
         u", while there was already a meeting with the coordinator"},
        {u", volgens de beller sinds het begin van het schooljaar",
         u", according to the caller since the start of the year"},
        {u", en zijn er afspraken gemaakt die niet zijn nagekomen", u", and were agreements made that were not kept"},
        {u", mede doordat de cliënt privé weinig steun heeft",
         u", partly because the client has little support at home"},
};

constexpr Phrase Labels[] = {
        {u"Ja", u"Yes"},
        {u"Nee, nog niet", u"No, not yet"},
        {u"Ja, maar het gaat nog steeds door", u"Yes, but it is still going on"},
        {u"Weet de beller niet", u"The caller does not know"},
        {u"Leerling", u"Pupil"},
        {u"Ouder of verzorger", u"Parent or carer"},
        {u"Medewerker van een school", u"Member of school staff"},
        {u"Ja, en de school reageert niet", u"Yes, and the school does not respond"},
        {u"Nee, de beller wil eerst advies", u"No, the caller wants advice first"},
        {u"Er is sprake van acuut gevaar", u"There is acute danger"},
};

constexpr Phrase Notes[] = {
        {u"Vraag niet naar namen van leerlingen of medewerkers.", u"Do not ask for names of pupils or staff."},
        {u"Noteer alleen wat de beller zelf vertelt; vul niets in.",
         u"Record only what the caller says; do not fill in."},
        {u"Bij twijfel over de veiligheid: kies altijd de urgente route.",
         u"If safety is in doubt: always take the urgent route."},
};

constexpr Phrase Cities[] = {
        {u"Noord", u"North"},     {u"Oost", u"East"},       {u"Zuid", u"South"},    {u"West", u"West"},
        {u"Utrecht", u"Utrecht"}, {u"Zeeland", u"Zeeland"}, {u"Twente", u"Twente"}, {u"Limburg", u"Limburg"},
};

// Weights for 2..9 options: authors mostly write yes/no and short lists, now and then a long one.
constexpr int OptionCountWeights[] = {30, 25, 15, 10, 8, 5, 4, 3};

QJsonObject text(const QString &nl, const QString &en)
{
    return QJsonObject{{u"nl"_qs, nl}, {u"en"_qs, en}};
}

QString nodeId(int index, int questionCount)
{
    return index < questionCount ? u"vraag-%1"_qs.arg(index, 4, 10, QLatin1Char('0'))
                                 : u"uitkomst-%1"_qs.arg(index - questionCount, 4, 10, QLatin1Char('0'));
}

} // namespace

TreeGenerator::TreeGenerator(std::uint32_t seed)
    : m_state(seed)
{ }

// splitmix64: std::uniform_int_distribution differs between standard libraries, this does not.
std::uint32_t TreeGenerator::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return std::uint32_t((z ^ (z >> 31)) >> 32);
}

int TreeGenerator::pick(int count)
{
    return int(next() % std::uint32_t(count));
}

bool TreeGenerator::chance(int percent)
{
    return pick(100) < percent;
}

const Phrase &TreeGenerator::pickPhrase(std::span<const Phrase> phrases)
{
    return phrases[std::size_t(pick(int(phrases.size())))];
}

QJsonObject TreeGenerator::sentence(std::span<const Phrase> stems, char16_t end)
{
    const Phrase &stem = pickPhrase(stems);
    const Phrase &topic = pickPhrase(Topics);
    QString nl = QString::fromUtf16(stem.nl) + u' ' + QString::fromUtf16(topic.nl);
    QString en = QString::fromUtf16(stem.en) + u' ' + QString::fromUtf16(topic.en);
    // Texts of 60 to about 200 characters: add clauses until the drawn length is reached.
    const int target = 60 + pick(110);
    int qualifier = pick(int(std::size(Qualifiers)));
    while (nl.size() < target) {
        const auto &clause = Qualifiers[qualifier++ % std::size(Qualifiers)];
        nl += QString::fromUtf16(clause.nl);
        en += QString::fromUtf16(clause.en);
    }
    return text(nl + end, en + end);
}

QJsonObject TreeGenerator::optionLabel()
{
    if (chance(60)) {
        const Phrase &label = pickPhrase(Labels);
        return text(QString::fromUtf16(label.nl), QString::fromUtf16(label.en));
    }
    const Phrase &topic = pickPhrase(Topics);
    QString nl = QString::fromUtf16(topic.nl);
    QString en = QString::fromUtf16(topic.en);
    nl[0] = nl[0].toUpper();
    en[0] = en[0].toUpper();
    return text(nl, en);
}

QJsonObject TreeGenerator::party(int index)
{
    const auto &city = Cities[index % std::size(Cities)];
    const QString cityNl = QString::fromUtf16(city.nl);
    const QString cityEn = QString::fromUtf16(city.en);
    const QStringList &kinds = Vocabulary::partyKinds();
    // Mostly network organisations, as in the real directory.
    const QString kind = index < 10 ? kinds.at(0) : kinds.at(1 + index % (kinds.size() - 1));

    auto someCodes = [this](const QStringList &codes) {
        QJsonArray chosen;
        for (const QString &code : codes) {
            if (chance(50))
                chosen.append(code);
        }
        if (chosen.isEmpty())
            chosen.append(codes.at(pick(int(codes.size()))));
        return chosen;
    };
    auto sentences = [this](int minimum, int maximum) {
        QJsonArray list;
        const int count = minimum + pick(maximum - minimum + 1);
        for (int i = 0; i < count; ++i)
            list.append(sentence(ScriptStems, u'.'));
        return list;
    };

    QJsonArray channels{QJsonObject{
            {u"type"_qs, u"phone"_qs},
            {u"value"_qs, u"0800-%1"_qs.arg(1000 + index * 37)},
            {u"hours"_qs,
             text(u"maandag tot en met vrijdag, 9.00 tot 17.00 uur"_qs, u"Monday to Friday, 9:00 to 17:00"_qs)},
            {u"note"_qs, text(u"gratis"_qs, u"free of charge"_qs)},
    }};
    channels.append(QJsonObject{{u"type"_qs, u"email"_qs}, {u"value"_qs, u"advies%1@partij.example"_qs.arg(index)}});

    QJsonObject object{
            {u"id"_qs, u"partij-%1"_qs.arg(index, 2, 10, QLatin1Char('0'))},
            {u"name"_qs, text(u"Advieslijn Onderwijs %1"_qs.arg(cityNl), u"Education Advice Line %1"_qs.arg(cityEn))},
            {u"kind"_qs, kind},
            {u"description"_qs, sentence(ScriptStems, u'.')},
            {u"audiences"_qs, someCodes(Vocabulary::audiences())},
            {u"themes"_qs, someCodes(Vocabulary::themes())},
            {u"school_types"_qs, someCodes(Vocabulary::schoolTypes())},
            {u"eligibility_description"_qs,
             text(u"Leerlingen, ouders en medewerkers van scholen in regio %1."_qs.arg(cityNl),
                  u"Pupils, parents and school staff in the %1 region."_qs.arg(cityEn))},
            {u"can"_qs, sentences(1, 3)},
            {u"cannot"_qs, sentences(1, 2)},
            {u"conditions"_qs, sentences(0, 2)},
            {u"channels"_qs, channels},
            {u"url"_qs, u"https://partij-%1.example"_qs.arg(index)},
            {u"languages"_qs, chance(50) ? QJsonArray{u"nl"_qs, u"en"_qs} : QJsonArray{u"nl"_qs}},
            {u"assured_date"_qs, u"2026-10-15"_qs},
    };
    if (chance(50))
        object.insert(u"alternate_name"_qs, u"AO%1"_qs.arg(index));
    return object;
}

QJsonObject TreeGenerator::question(int index, const QList<int> &targets, int questionCount)
{
    QJsonArray options;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QJsonObject option{
                {u"id"_qs, u"antwoord-%1"_qs.arg(i + 1)},
                {u"label"_qs, optionLabel()},
                {u"next"_qs, nodeId(targets.at(i), questionCount)},
        };
        if (chance(25)) {
            // One coded field, from one of the four lists.
            static const QStringList fields{u"callerRole"_qs, u"schoolType"_qs, u"theme"_qs, u"routeStage"_qs};
            const QList<const QStringList *> codes{&Vocabulary::callerRoles(), &Vocabulary::schoolTypes(),
                                                   &Vocabulary::themes(), &Vocabulary::routeStages()};
            const int field = pick(4);
            const QStringList &list = *codes.at(field);
            option.insert(u"sets"_qs, QJsonObject{{fields.at(field), list.at(pick(int(list.size())))}});
        }
        options.append(option);
    }
    QJsonObject node{
            {u"id"_qs, nodeId(index, questionCount)},
            {u"kind"_qs, u"question"_qs},
            {u"text"_qs, sentence(QuestionStems, u'?')},
            {u"options"_qs, options},
    };
    if (chance(30)) {
        const auto &note = Notes[pick(int(std::size(Notes)))];
        node.insert(u"note"_qs, text(QString::fromUtf16(note.nl), QString::fromUtf16(note.en)));
    }
    return node;
}

QJsonObject TreeGenerator::outcome(int index, int partyCount)
{
    QJsonObject node{
            {u"id"_qs, u"uitkomst-%1"_qs.arg(index, 4, 10, QLatin1Char('0'))},
            {u"kind"_qs, u"outcome"_qs},
            {u"text"_qs, sentence(OutcomeStems, u'.')},
    };
    const bool whiteSpot = chance(3);
    QList<int> parties;
    const int referralCount = whiteSpot ? pick(2) : 1 + pick(3);
    while (parties.size() < referralCount) {
        const int party = pick(partyCount);
        if (!parties.contains(party))
            parties.append(party);
    }
    QJsonArray referrals;
    for (int party : parties) {
        referrals.append(QJsonObject{
                {u"party"_qs, u"partij-%1"_qs.arg(party, 2, 10, QLatin1Char('0'))},
                {u"script"_qs, sentence(ScriptStems, u'.')},
        });
    }
    node.insert(u"referrals"_qs, referrals);
    if (whiteSpot)
        node.insert(u"whiteSpot"_qs, true);
    if (chance(2))
        node.insert(u"urgent"_qs, true);
    return node;
}

GeneratedContent TreeGenerator::generate(int nodeCount, int partyCount)
{
    GeneratedContent content;

    QJsonArray parties;
    for (int i = 0; i < partyCount; ++i)
        parties.append(party(i));
    content.directoryJson = QJsonDocument(QJsonObject{
                                                  {u"format"_qs, 1},
                                                  {u"review"_qs, QJsonObject{{u"status"_qs, u"awaiting-review"_qs}}},
                                                  {u"parties"_qs, parties},
                                          })
                                    .toJson(QJsonDocument::Compact);

    // Nodes 0..questionCount-1 are questions (0 is the start), the rest outcomes. Every option points to a
    // higher index, so the graph has no cycles.
    const int questionCount = nodeCount * 2 / 5;
    QList<int> optionCount(questionCount);
    QList<int> ownChildren(questionCount); // options that lead to a node of the question's own subtree
    for (int q = 0; q < questionCount; ++q) {
        int draw = pick(100);
        int options = 2;
        while (draw >= OptionCountWeights[options - 2]) {
            draw -= OptionCountWeights[options - 2];
            ++options;
        }
        optionCount[q] = options;
        ownChildren[q] = std::max(1, options - pick(std::min(options - 1, 3)));
    }

    // Every node gets one parent, handed out breadth first: that makes every node reachable from the start
    // and keeps walks as short as authored ones (about 6 steps; the longest path has 11).
    QList<QList<int>> targets(questionCount);
    int head = 0;
    for (int node = 1; node < nodeCount; ++node) {
        while (head < questionCount && int(targets[head].size()) >= ownChildren[head])
            ++head;
        int parent = head;
        if (parent >= questionCount || parent >= node) {
            // Subtree slots used up: any earlier question with a free option takes it.
            parent = pick(std::min(node, questionCount));
            while (int(targets[parent].size()) >= 9)
                parent = (parent + 1) % std::min(node, questionCount);
            optionCount[parent] = std::max(optionCount[parent], int(targets[parent].size()) + 1);
        }
        targets[parent].append(node);
    }

    // The remaining options lead to shared nodes: half to a few common outcomes ("talk to the school
    // first"), half to any later node, which makes the tree a DAG.
    const int commonOutcomes = std::min(100, nodeCount - questionCount);
    for (int q = 0; q < questionCount; ++q) {
        QList<int> &list = targets[q];
        while (int(list.size()) < optionCount[q]) {
            const int target = chance(50) ? questionCount + pick(commonOutcomes) : q + 1 + pick(nodeCount - q - 1);
            if (!list.contains(target))
                list.append(target);
        }
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[pick(int(i + 1))]);
        content.optionCount += list.size();
    }

    QList<QJsonObject> nodes;
    nodes.reserve(nodeCount);
    for (int q = 0; q < questionCount; ++q)
        nodes.append(question(q, targets.at(q), questionCount));
    for (int o = 0; o < nodeCount - questionCount; ++o)
        nodes.append(outcome(o, partyCount));
    // Authors keep nodes in no particular order; the loader must not profit from a sorted file.
    for (qsizetype i = nodes.size() - 1; i > 0; --i)
        std::swap(nodes[i], nodes[pick(int(i + 1))]);

    QJsonArray nodeArray;
    for (const QJsonObject &node : std::as_const(nodes))
        nodeArray.append(node);
    content.treeJson = QJsonDocument(QJsonObject{
                                             {u"format"_qs, 1},
                                             {u"version"_qs, u"bench-%1"_qs.arg(nodeCount)},
                                             {u"review"_qs, QJsonObject{{u"status"_qs, u"awaiting-review"_qs}}},
                                             {u"title"_qs,
                                              text(u"Gegenereerde benchmarkboom"_qs, u"Generated benchmark tree"_qs)},
                                             {u"start"_qs, nodeId(0, questionCount)},
                                             {u"nodes"_qs, nodeArray},
                                     })
                               .toJson(QJsonDocument::Compact);
    content.questionCount = questionCount;
    content.outcomeCount = nodeCount - questionCount;
    return content;
}

} // namespace ww::bench
