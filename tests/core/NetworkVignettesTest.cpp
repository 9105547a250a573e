// SPDX-License-Identifier: GPL-3.0-or-later
// Cases for the expertise network: what goes in (the summary, coded fields, the path in words, the
// month) and what never does (notes, chat transcripts, free-text reasons, ids, agent names, exact dates,
// each planted as a marker), the latest review deciding, the audit entry, and the summary check.
#include "review/NetworkVignettes.h"
#include "ReviewSeed.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "chat/ChatStore.h"
#include "review/CaseReviewWriter.h"
#include "review/PersonalDetailsCheck.h"
#include "review/ReportNames.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace ww;

namespace {

const QDateTime reviewTime(QDate(2026, 3, 20), QTime(14, 0), Qt::UTC);

QStringList kindsOf(const QString &text, const QStringList &known = {})
{
    QStringList kinds;
    for (const PersonalDetailsCheck::Finding &finding : PersonalDetailsCheck(known).check(text))
        kinds.append(PersonalDetailsCheck::kindName(finding.kind) + u": "_qs + finding.text);
    return kinds;
}

class NetworkVignettesTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    NetworkVignettesTest()
        : m_db(GetParam())
        , m_seed(m_db.database(), plant)
    { }

    /// Case 4 (staff, mbo, violence, kindertelefoon removed) gets planted markers in every free text
    /// and categories for its codes, before it is saved closed.
    static void plant(int number, Case &c)
    {
        if (number != 4)
            return;
        c.notes.append({QUuid::createUuid(), c.owner, c.openedAt.addSecs(200), u"Notitie notemarkerplanted"_qs, {}});
        c.whiteSpot = true;
        c.whiteSpotReason = u"Eigen woorden reasonmarkerwhitespot"_qs;
        c.whiteSpotCategory = u"no-binding-power"_qs;
        for (CaseReferral &referral : c.referrals) {
            if (referral.decision == ReferralDecision::Removed) {
                referral.reason = u"Eigen woorden reasonmarkerremoved"_qs;
                referral.reasonCategory = u"already-contacted"_qs;
            }
        }
        c.referrals.append({u"school-route"_qs, ReferralOrigin::Added, ReferralDecision::Confirmed,
                            u"Eigen woorden reasonmarkeradded"_qs, false, c.openedAt, u"missing-from-tree"_qs});
        c.followUpInstruction = u"Terugbellen followupmarker"_qs;
    }

    /// A chat case gets a transcript marker; it and case 4 are flagged.
    void plantAndFlag()
    {
        chat::ChatStore chats(m_db.database(), m_seed.treeIdentity);
        chat::StoredChat chat;
        chat.id = QUuid::createUuid();
        chat.caseId = QUuid::createUuid();
        chat.resumeHash = chat::ChatStore::hashOf(chat::ChatStore::randomToken());
        chat.lang = u"nl"_qs;
        chat.openedAt = chat.queuedAt = QDateTime(QDate(2026, 3, 14), QTime(15, 30), Qt::UTC);
        chats.open(chat);
        chats.append(chat, {1, u"visitor"_qs, {}, u"v1"_qs, u"Ik word gepest transcriptmarker"_qs, chat.openedAt});
        m_chatCase = chat.caseId;

        CaseReviewWriter writer(m_db.database());
        writer.add(m_seed.id(4), u"Goed gedaan reviewmarker"_qs, 4, true, u"sofie"_qs, reviewTime,
                   u"Een medewerker werd na schooltijd bedreigd. Geen partij kon de school iets opleggen."_qs);
        writer.add(m_chatCase, u"Kort gesprek"_qs, 3, true, u"sofie"_qs, reviewTime,
                   u"Een leerling meldde pesten via de chat en wist niet waar hij terecht kon."_qs);
        // Flagged, then withdrawn by a later review: not exported.
        writer.add(m_seed.id(1), u"Eerst ja"_qs, 3, true, u"sofie"_qs, reviewTime, u"Samenvatting die vervalt"_qs);
        writer.add(m_seed.id(1), u"Toch niet"_qs, 3, false, u"sofie"_qs, reviewTime.addSecs(60));
        // Flagged, but opened in April: outside the period.
        writer.add(m_seed.id(7), u"April"_qs, 3, true, u"sofie"_qs, reviewTime, u"Samenvatting van april"_qs);
    }

    QList<std::pair<QString, QString>> auditWithoutCase()
    {
        QList<std::pair<QString, QString>> entries;
        QSqlQuery &query = m_db.database().run(u"audit_without_case_select"_qs,
                                               {{u"period_start"_qs, QDateTime::currentDateTimeUtc().addDays(-1)},
                                                {u"period_end"_qs, QDateTime::currentDateTimeUtc().addDays(1)}});
        while (query.next())
            entries.append({query.value(2).toString(), query.value(3).toString()});
        query.finish();
        return entries;
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
    QUuid m_chatCase;
};

} // namespace

TEST_P(NetworkVignettesTest, ExportsTheFlaggedCasesOfThePeriodWithoutAnyFreeTextButTheSummary)
{
    plantAndFlag();
    const ReportPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    const QList<Vignette> vignettes
            = NetworkVignettes::exportFor(m_db.database(), march, u"sofie"_qs, QDateTime::currentDateTimeUtc());
    ASSERT_EQ(vignettes.size(), 2) << "case 4 and the chat; case 1 withdrawn, case 7 in April";

    const Vignette &staff = vignettes.at(0);
    EXPECT_EQ(staff.month, u"2026-03");
    EXPECT_TRUE(staff.summary.startsWith(u"Een medewerker"_qs));
    EXPECT_EQ(staff.callerRole, u"staff");
    EXPECT_EQ(staff.schoolType, u"mbo");
    EXPECT_EQ(staff.themes, QStringList{u"violence"_qs});
    EXPECT_TRUE(staff.whiteSpot);
    EXPECT_EQ(staff.whiteSpotCategory, u"no-binding-power");
    ASSERT_EQ(staff.path.size(), 3);
    EXPECT_EQ(staff.path.at(1), (std::pair{u"caller"_qs, u"staff"_qs}));

    ReportNames names(u"en"_qs);
    names.addDirectory(*test::smallDirectory());
    names.addTree(*test::smallTree());
    EXPECT_EQ(NetworkVignettes::pathInWords(staff, names), (QStringList{u"No"_qs, u"staff"_qs}))
            << "answers in words where the tree has them";
    const QString json = QString::fromUtf8(NetworkVignettes::json(vignettes, march, names).toJson());
    const QString html = NetworkVignettes::html(vignettes, march, names);
    const QJsonObject first
            = QJsonDocument::fromJson(json.toUtf8()).object().value(u"cases"_qs).toArray().at(0).toObject();
    EXPECT_EQ(first.value(u"white_spot_category"_qs).toObject().value(u"code"_qs).toString(), u"no-binding-power");
    const QJsonArray changed = first.value(u"changed"_qs).toArray();
    ASSERT_EQ(changed.size(), 2);
    EXPECT_EQ(changed.at(0).toObject().value(u"reason_category"_qs).toObject().value(u"code"_qs).toString(),
              u"already-contacted");
    EXPECT_EQ(changed.at(1).toObject().value(u"change"_qs).toString(), u"added");
    EXPECT_TRUE(html.contains(u"Een medewerker werd na schooltijd bedreigd."_qs));
    EXPECT_TRUE(html.contains(u"March 2026"_qs)) << qPrintable(html);

    for (const QString &document : {json, html}) {
        for (const QString &marker : {u"notemarker"_qs, u"reasonmarker"_qs, u"transcriptmarker"_qs, u"reviewmarker"_qs,
                                      u"followupmarker"_qs, u"Samenvatting"_qs})
            EXPECT_FALSE(document.contains(marker, Qt::CaseInsensitive)) << qPrintable(marker);
        for (const QString &name : {u"anna"_qs, u"bram"_qs, u"carla"_qs, u"sofie"_qs})
            EXPECT_FALSE(document.contains(name, Qt::CaseInsensitive)) << qPrintable(name);
        for (const QUuid &id : m_seed.ids + QList<QUuid>{m_chatCase})
            EXPECT_FALSE(document.contains(id.toString(QUuid::WithoutBraces).left(8), Qt::CaseInsensitive));
        EXPECT_FALSE(document.contains(u"2026-03-05"_qs)) << "case 4's day";
        EXPECT_FALSE(document.contains(u"2026-03-14"_qs)) << "the chat's day";
        EXPECT_FALSE(document.contains(u"10:00"_qs));
    }
}

TEST_P(NetworkVignettesTest, RecordsEveryExportInTheAuditLog)
{
    plantAndFlag();
    NetworkVignettes::exportFor(m_db.database(), {QDate(2026, 3, 1), QDate(2026, 3, 31)}, u"sofie"_qs,
                                QDateTime::currentDateTimeUtc());
    NetworkVignettes::exportFor(m_db.database(), {QDate(2026, 5, 1), QDate(2026, 5, 31)}, u"sofie"_qs,
                                QDateTime::currentDateTimeUtc());
    const auto entries = auditWithoutCase();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).first, u"network-cases-exported");
    EXPECT_EQ(entries.at(0).second, u"cases=2 from=2026-03-01 to=2026-03-31");
    EXPECT_EQ(entries.at(1).second, u"cases=0 from=2026-05-01 to=2026-05-31");
}

TEST_P(NetworkVignettesTest, RetentionErasesTheSummaryWithTheOtherFreeText)
{
    plantAndFlag();
    const QString id = m_seed.id(4).toString(QUuid::WithoutBraces);
    QSqlQuery erase(m_db.database().connection());
    if (GetParam() == test::Backend::Sqlite) {
        ASSERT_TRUE(
                erase.exec(u"UPDATE cases SET anonymised_at = '2026-06-01T00:00:00Z' WHERE id = '"_qs + id + u"'"_qs));
    } else {
        // PostgreSQL's retention finds the summary in the catalog as free text, like every other.
        ASSERT_TRUE(
                erase.exec(u"UPDATE cases SET status = 'closed', closed_at = now() - interval '3 years' WHERE id = '"_qs
                           + id + u"'"_qs));
        ASSERT_TRUE(erase.exec(u"SELECT ww_apply_retention(now() - interval '2 years', '2y', false)"_qs))
                << qPrintable(erase.lastError().text());
    }
    QSqlQuery summaries(m_db.database().connection());
    ASSERT_TRUE(summaries.exec(
            u"SELECT count(*) FROM case_reviews WHERE coalesce(network_summary, '') <> '' AND case_id = '"_qs
            + m_seed.id(4).toString(QUuid::WithoutBraces) + u"'"_qs));
    ASSERT_TRUE(summaries.next());
    EXPECT_EQ(summaries.value(0).toInt(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, NetworkVignettesTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

TEST(CaseReviewWriterTest, ACaseForTheNetworkNeedsAShortSummary)
{
    EXPECT_EQ(CaseReviewWriter::problem(u"Goed"_qs, 4, true, {}),
              u"a case for the expertise network needs a short summary");
    EXPECT_EQ(CaseReviewWriter::problem(u"Goed"_qs, 4, true, u"   "_qs),
              u"a case for the expertise network needs a short summary");
    EXPECT_TRUE(CaseReviewWriter::problem(u"Goed"_qs, 4, true, u"Een ouder zocht hulp."_qs).isEmpty());
    EXPECT_TRUE(CaseReviewWriter::problem(u"Goed"_qs, 4, false, {}).isEmpty());
    EXPECT_FALSE(CaseReviewWriter::problem(u"Goed"_qs, 4, true, QString(1501, u'x')).isEmpty());
}

TEST(PersonalDetailsCheckTest, FindsNamesAfterTitlesAndCapitalisedWordsInsideASentence)
{
    EXPECT_EQ(kindsOf(u"Het kind van juf Sanne werd gepest."_qs), QStringList{u"a name: Sanne"_qs});
    EXPECT_EQ(kindsOf(u"De moeder belde met meneer de Groot over de les."_qs), QStringList{u"a name: de Groot"_qs});
    EXPECT_EQ(kindsOf(u"Hij zei dat Jan de Vries hem sloeg."_qs), QStringList{u"a name: Jan de Vries"_qs});
    EXPECT_EQ(kindsOf(u"Her teacher Mr Peters ignored it."_qs), QStringList{u"a name: Peters"_qs});
}

TEST(PersonalDetailsCheckTest, FindsPlacesSchoolsDatesPhoneNumbersAndEmailAddresses)
{
    EXPECT_EQ(kindsOf(u"Het gebeurde in Zwolle na de les."_qs), QStringList{u"a place: Zwolle"_qs});
    EXPECT_EQ(kindsOf(u"De ouder woont in Den Haag."_qs), QStringList{u"a place: Den Haag"_qs});
    EXPECT_EQ(kindsOf(u"Een leerling uit Drenthe belde."_qs), QStringList{u"a place: Drenthe"_qs});
    EXPECT_EQ(kindsOf(u"Op basisschool De Regenboog is het onrustig."_qs),
              QStringList{u"a school: basisschool De Regenboog"_qs});
    EXPECT_EQ(kindsOf(u"Zij zit op het Vathorst College."_qs), QStringList{u"a school: Vathorst College"_qs});
    EXPECT_EQ(kindsOf(u"De obs Het Anker reageerde niet."_qs), QStringList{u"a school: obs Het Anker"_qs});
    EXPECT_EQ(kindsOf(u"Op 12 maart ging het mis."_qs), QStringList{u"a date: 12 maart"_qs});
    EXPECT_EQ(kindsOf(u"Sinds 3-4-2026 thuis."_qs), QStringList{u"a date: 3-4-2026"_qs});
    EXPECT_EQ(kindsOf(u"Het was op dinsdagochtend."_qs), QStringList{u"a date: dinsdagochtend"_qs});
    EXPECT_EQ(kindsOf(u"Bel haar op 06-12345678 terug."_qs), QStringList{u"a phone number: 06-12345678"_qs});
    EXPECT_EQ(kindsOf(u"Of op +31 6 1234 5678."_qs), QStringList{u"a phone number: +31 6 1234 5678"_qs});
    EXPECT_EQ(kindsOf(u"Mail naar ouder.x@example.nl graag."_qs),
              QStringList{u"an e-mail address: ouder.x@example.nl"_qs});
}

TEST(PersonalDetailsCheckTest, LetsOrdinarySummariesAndKnownWordsThrough)
{
    EXPECT_TRUE(kindsOf(u"Een leerling van de basisschool werd maandenlang gepest. De school deed weinig. "
                        "De ouder zocht een klachtencommissie, maar de school is nergens bij aangesloten."_qs)
                        .isEmpty());
    EXPECT_TRUE(kindsOf(u"Verwezen naar de Kindertelefoon en de LKC. Na 2 weken nog geen antwoord."_qs,
                        {u"De Kindertelefoon"_qs})
                        .isEmpty());
    EXPECT_EQ(kindsOf(u"Verwezen naar de Kindertelefoon."_qs), QStringList{u"a place: de Kindertelefoon"_qs})
            << "a capitalised word nobody declared known is checked";
}

TEST(PersonalDetailsCheckTest, GivesPositionsForMarkingTheText)
{
    const QString text = u"Met juf Sanne op 12 maart."_qs;
    const QList<PersonalDetailsCheck::Finding> findings = PersonalDetailsCheck().check(text);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(text.mid(findings.at(0).start, findings.at(0).length), u"Sanne");
    EXPECT_EQ(findings.at(1).kind, PersonalDetailsCheck::Kind::Date);
    EXPECT_EQ(findings.at(0).message(), u"“Sanne” may be a name.");
}
