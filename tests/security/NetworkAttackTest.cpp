// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on what the expertise network receives: the supervisors' summaries, the export of cases for
// the network and its audit entry, and the reason categories saved with a case. Each is checked from a
// superuser connection.
#include "AttackFixture.h"

#include <QJsonArray>

using namespace ww::attack;

namespace {

// Whole days in Dutch time, yesterday to tomorrow: the cases of the fixture were opened in it. Two are
// flagged for the network once case A is: case A and the closed case (whose summary names Eva).
const std::string from = "date_trunc('day', now() - interval '1 day', 'Europe/Amsterdam')";
const std::string to = "date_trunc('day', now() + interval '1 day', 'Europe/Amsterdam')";
const std::string summaryA = "Een leerling werd buitengesloten bij de gymles en de mentor deed niets.";

class NetworkAttack : public AttackFixture
{
protected:
    void flagCaseA() { as(Who::Supervisor).must("SELECT ww_add_review($1, 'Goed', 4, 1, $2)", {m_caseA, summaryA}); }
    static std::string recordCall() { return "SELECT ww_record_network_export(" + from + ", " + to + ")"; }
    static std::string vignettesCall(const std::string &entry)
    {
        return "SELECT ww_network_vignettes(" + entry + ", " + from + ", " + to + ")";
    }
    long long exports() { return count("SELECT count(*) FROM audit_log WHERE action = 'network-cases-exported'"); }
    /// What the database writes in an entry for the period: computed here from the same expressions.
    std::string periodDetail()
    {
        return scalar("SELECT format('from=%s to=%s', (" + from + " AT TIME ZONE 'Europe/Amsterdam')::date, (" + to
                      + " AT TIME ZONE 'Europe/Amsterdam')::date - 1)");
    }
    /// An export as the program makes it: the entry in a transaction of its own, then the vignettes.
    SqlResult exportAs(Who who)
    {
        const SqlResult entry = as(who).exec(recordCall());
        if (!entry.ok)
            return entry;
        return as(who).exec(vignettesCall(entry.scalar()));
    }
    QJsonObject nextSaveOfA()
    {
        QJsonObject next = m_caseAJson;
        next[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA));
        return next;
    }
    /// Agent A's case with the removed party's reason category set to \a category.
    QJsonObject withRemovalCategory(const QString &category)
    {
        QJsonObject next = nextSaveOfA();
        QJsonArray referrals = next[u"referrals"_qs].toArray();
        QJsonObject removed = referrals.at(1).toObject();
        removed[u"reason_category"_qs] = category;
        referrals[1] = removed;
        next[u"referrals"_qs] = referrals;
        return next;
    }
    std::string categoryOfRemovedReferral(const std::string &caseId)
    {
        return scalar("SELECT coalesce(reason_category, '-') FROM referrals WHERE case_id = " + literal(caseId)
                      + " AND party_id = 'klachtencommissie'");
    }
};

// --- The summaries --------------------------------------------------------------------------------------

TEST_F(NetworkAttack, OnlySupervisorsReadTheSummariesNotEvenTheAgentWhoseCaseItIs)
{
    flagCaseA();
    for (Who who : {Who::AgentA, Who::AgentB, Who::Admin, Who::Gateway}) {
        for (const char *sql : {"SELECT network_summary FROM case_reviews", "SELECT * FROM case_reviews",
                                "SELECT count(*) FROM case_reviews WHERE network_summary LIKE '%gymles%'"}) {
            const SqlResult read = as(who).exec(sql);
            EXPECT_TRUE(read.deniedForLackOfPrivilege()) << whoName(who) << " could: " << sql << " " << read.message;
        }
    }
    EXPECT_EQ(
            as(Who::Supervisor).must("SELECT network_summary FROM case_reviews WHERE case_id = $1", {m_caseA}).scalar(),
            summaryA);
}

TEST_F(NetworkAttack, ASummaryIsWrittenOnlyByASupervisorWithAFlagAndWithinItsLength)
{
    const std::string reviews = "SELECT count(*) FROM case_reviews WHERE network_summary IS NOT NULL";
    const long long before = count(reviews);
    for (Who who : {Who::AgentA, Who::Admin, Who::Gateway})
        EXPECT_FALSE(as(who).exec("SELECT ww_add_review($1, 'Top', 5, 1, 'Mijn eigen samenvatting')", {m_caseA}).ok)
                << whoName(who);
    PgSession &supervisor = as(Who::Supervisor);
    EXPECT_FALSE(supervisor
                         .exec("INSERT INTO case_reviews (case_id, comment, score, flagged, network_summary) VALUES ("
                               + literal(m_caseA) + ", 'x', 3, 1, 'direct')")
                         .ok);
    EXPECT_FALSE(supervisor.exec("SELECT ww_add_review($1, 'Goed', 4, 0, 'Zonder vlag')", {m_caseA}).ok);
    EXPECT_FALSE(supervisor.exec("SELECT ww_add_review($1, 'Goed', 4, 1, repeat('x', 1501))", {m_caseA}).ok);
    EXPECT_EQ(count(reviews), before);
    // A review without a summary needs none; an empty one is none.
    supervisor.must("SELECT ww_add_review($1, 'Goed', 4, 1, '   ')", {m_caseA});
    EXPECT_EQ(count(reviews), before);
    flagCaseA();
    EXPECT_EQ(count(reviews), before + 1);
    // Changing a summary is a new review: the rows of the record stay as they are.
    EXPECT_FALSE(supervisor.exec("UPDATE case_reviews SET network_summary = 'anders'").ok);
    EXPECT_EQ(scalar("SELECT reviewer FROM case_reviews WHERE network_summary = " + literal(summaryA)),
              role(Who::Supervisor));
}

// --- The export and its audit entry ---------------------------------------------------------------------

TEST_F(NetworkAttack, OnlySupervisorsAndAdministratorsExportCasesForTheNetwork)
{
    flagCaseA();
    for (Who who : {Who::AgentA, Who::AgentB, Who::Gateway}) {
        const SqlResult record = as(who).exec(recordCall());
        EXPECT_TRUE(record.deniedForLackOfPrivilege()) << whoName(who) << ": " << record.message;
        const SqlResult read = as(who).exec(vignettesCall("1"));
        EXPECT_TRUE(read.deniedForLackOfPrivilege()) << whoName(who) << ": " << read.message;
    }
    // Even with EXECUTE granted by mistake, the functions ask who is calling.
    superuser().must("GRANT EXECUTE ON FUNCTION ww_record_network_export(timestamptz, timestamptz), "
                     "ww_network_vignettes(bigint, timestamptz, timestamptz) TO ww_agent, ww_gateway");
    for (Who who : {Who::AgentA, Who::Gateway}) {
        const SqlResult record = as(who).exec(recordCall());
        EXPECT_FALSE(record.ok) << whoName(who);
        EXPECT_TRUE(record.deniedForLackOfPrivilege()) << record.message;
    }
    EXPECT_EQ(exports(), 0) << "refused attempts leave no entry";

    for (Who who : {Who::Supervisor, Who::Admin}) {
        const SqlResult vignettes = exportAs(who);
        ASSERT_TRUE(vignettes.ok) << whoName(who) << ": " << vignettes.message;
        ASSERT_EQ(vignettes.rows.size(), 2u) << whoName(who);
        EXPECT_NE((vignettes.rows.at(0).at(0).value_or("") + vignettes.rows.at(1).at(0).value_or(""))
                          .find("buitengesloten"),
                  std::string::npos);
        EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'network-cases-exported' AND case_id IS NULL "
                        "AND actor = "
                        + literal(role(who)) + " AND detail = " + literal("cases=2 " + periodDetail())
                        + " AND at > now() - interval '1 minute'"),
                  1)
                << whoName(who);
    }
    EXPECT_EQ(exports(), 2);
}

TEST_F(NetworkAttack, NobodyReadsTheCasesWithoutACommittedEntryOfTheirOwnForThatPeriod)
{
    flagCaseA();
    PgSession &supervisor = as(Who::Supervisor);
    // Recording and reading in one transaction, then rolling back: the entry would vanish.
    supervisor.must("BEGIN");
    const std::string uncommitted = supervisor.must(recordCall()).scalar();
    const SqlResult sameTransaction = supervisor.exec(vignettesCall(uncommitted));
    supervisor.exec("ROLLBACK");
    EXPECT_FALSE(sameTransaction.ok);
    // The same inside a savepoint that is released before reading.
    supervisor.must("BEGIN");
    supervisor.must("SAVEPOINT s");
    const std::string inSavepoint = supervisor.must(recordCall()).scalar();
    supervisor.must("RELEASE SAVEPOINT s");
    const SqlResult afterSavepoint = supervisor.exec(vignettesCall(inSavepoint));
    supervisor.exec("ROLLBACK");
    EXPECT_FALSE(afterSavepoint.ok);
    EXPECT_EQ(exports(), 0);

    // Someone else's entry, an entry of another kind, an entry that does not exist.
    const std::string adminsEntry = as(Who::Admin).must(recordCall()).scalar();
    EXPECT_FALSE(supervisor.exec(vignettesCall(adminsEntry)).ok);
    supervisor.must("SELECT ww_record_case_log_export(0, 'action=network-cases-exported')");
    const std::string otherKind = scalar("SELECT max(id) FROM audit_log WHERE action = 'case-log-exported'");
    EXPECT_FALSE(supervisor.exec(vignettesCall(otherKind)).ok);
    EXPECT_FALSE(supervisor.exec(vignettesCall("999999999")).ok);

    // An entry for one day does not open a longer period.
    const std::string oneDay
            = supervisor.must("SELECT ww_record_network_export(" + from + ", " + from + " + interval '1 day')")
                      .scalar();
    EXPECT_FALSE(supervisor.exec(vignettesCall(oneDay)).ok);
    // Periods are whole days, before their end, finite.
    for (const std::string &period : {std::string("now() - interval '1 day', now()"), to + ", " + from,
                                      from + ", " + from, "'-infinity', " + to, "NULL, " + to}) {
        EXPECT_FALSE(supervisor.exec("SELECT ww_record_network_export(" + period + ")").ok) << period;
    }
    // The honest way works.
    EXPECT_EQ(exportAs(Who::Supervisor).rows.size(), 2u);
}

TEST_F(NetworkAttack, TheAuditEntryOfAnExportCannotBeForgedChangedOrRemoved)
{
    flagCaseA();
    const std::string forged = "INSERT INTO audit_log (action, detail) VALUES ('network-cases-exported', 'cases=0 "
            + periodDetail() + "')";
    for (Who who : everyone())
        EXPECT_TRUE(as(who).exec(forged).deniedForLackOfPrivilege()) << whoName(who);
    // Neither the number of cases nor the name is the caller's to give: no such argument exists.
    EXPECT_FALSE(as(Who::Supervisor).exec("SELECT ww_record_network_export(" + from + ", " + to + ", 0)").ok);
    ASSERT_TRUE(exportAs(Who::Supervisor).ok);
    EXPECT_EQ(scalar("SELECT actor || ' ' || detail FROM audit_log WHERE action = 'network-cases-exported'"),
              role(Who::Supervisor) + " cases=2 " + periodDetail());
    for (Who who : {Who::Supervisor, Who::Admin}) {
        EXPECT_FALSE(
                as(who).exec("UPDATE audit_log SET detail = 'cases=0' WHERE action = 'network-cases-exported'").ok);
        EXPECT_FALSE(as(who).exec("DELETE FROM audit_log WHERE action = 'network-cases-exported'").ok);
    }
    EXPECT_FALSE(superuser().exec("DELETE FROM audit_log WHERE action = 'network-cases-exported'").ok)
            << "the log is append-only even for the cluster's superuser, short of dropping its trigger";
    EXPECT_EQ(exports(), 1);
}

TEST_F(NetworkAttack, TheExportHoldsNoNotesReasonsIdsNamesOrDays)
{
    QJsonObject next = withRemovalCategory(u"already-contacted"_qs);
    next[u"white_spot"_qs] = true;
    next[u"white_spot_reason"_qs] = u"Buurthuis De Linde valt buiten elke regeling"_qs;
    next[u"white_spot_category"_qs] = u"outside-school"_qs;
    ASSERT_TRUE(saveCase(Who::AgentA, next).ok);
    flagCaseA();
    const SqlResult vignettes = exportAs(Who::Supervisor);
    ASSERT_EQ(vignettes.rows.size(), 2u) << vignettes.message;
    std::string text;
    for (const auto &row : vignettes.rows)
        text += row.at(0).value_or("") + "\n";
    for (const std::string &secret :
         {std::string("gepest in de klas"), std::string("Mentor weet"), std::string("Nog te bellen"),
          std::string("Beller was daar al"), std::string("De Linde"), std::string("Utrecht"), std::string("0612345678"),
          std::string("moeder heet"), std::string("buurt van Eva"), std::string("haar juf"), m_caseA, m_noteA,
          m_closedCase, role(Who::AgentA), role(Who::AgentB), role(Who::Supervisor),
          scalar("SELECT current_date::text")}) {
        EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in " << text;
    }
    for (const std::string &wanted :
         {std::string("buitengesloten"), std::string("already-contacted"), std::string("outside-school"),
          std::string("pesten"), scalar("SELECT to_char(now() AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')")}) {
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted << " missing from " << text;
    }
}

// --- Reason categories ----------------------------------------------------------------------------------

TEST_F(NetworkAttack, ReasonCategoriesAreWrittenOnlyWithTheHoldersOwnSaveAndFromTheClosedLists)
{
    ASSERT_TRUE(saveCase(Who::AgentA, withRemovalCategory(u"already-contacted"_qs)).ok);
    EXPECT_EQ(categoryOfRemovedReferral(m_caseA), "already-contacted");

    // Someone else's case: refused as a whole, whether saved, written directly or by a supervisor.
    QJsonObject caseB = newCase(m_caseB, m_tree);
    caseB[u"row_version"_qs] = 1;
    QJsonArray referrals = caseB[u"referrals"_qs].toArray();
    QJsonObject removed = referrals.at(1).toObject();
    removed[u"reason_category"_qs] = u"does-not-fit"_qs;
    referrals[1] = removed;
    caseB[u"referrals"_qs] = referrals;
    caseB[u"white_spot"_qs] = true;
    caseB[u"white_spot_category"_qs] = u"route-exhausted"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, caseB).ok);
    EXPECT_FALSE(saveCase(Who::Supervisor, caseB).ok);
    for (Who who : {Who::AgentA, Who::Supervisor, Who::Admin}) {
        EXPECT_TRUE(as(who).exec("UPDATE referrals SET reason_category = 'does-not-fit' WHERE case_id = "
                                 + literal(m_caseB))
                            .deniedForLackOfPrivilege())
                << whoName(who);
        EXPECT_TRUE(as(who).exec("UPDATE cases SET white_spot_category = 'route-exhausted'").deniedForLackOfPrivilege())
                << whoName(who);
    }
    EXPECT_EQ(categoryOfRemovedReferral(m_caseB), "-");
    EXPECT_EQ(scalar("SELECT coalesce(white_spot_category, '-') FROM cases WHERE id = " + literal(m_caseB)), "-");

    // One's own case, with values outside the lists, or a category for a change not made.
    const long long version = count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA));
    for (const QString &category :
         {u"zedendelict"_qs, u"better-fit"_qs, u"x'); UPDATE cases SET owner = 'me'; --"_qs}) {
        EXPECT_FALSE(saveCase(Who::AgentA, withRemovalCategory(category)).ok) << category.toStdString();
    }
    QJsonObject unchanged = nextSaveOfA();
    QJsonArray confirmed = unchanged[u"referrals"_qs].toArray();
    QJsonObject first = confirmed.at(0).toObject();
    first[u"reason_category"_qs] = u"caller-asked"_qs;
    confirmed[0] = first;
    unchanged[u"referrals"_qs] = confirmed;
    EXPECT_FALSE(saveCase(Who::AgentA, unchanged).ok) << "a category for a referral nobody changed";
    QJsonObject whiteSpot = nextSaveOfA();
    whiteSpot[u"white_spot"_qs] = true;
    whiteSpot[u"white_spot_category"_qs] = u"geen-idee"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, whiteSpot).ok);
    whiteSpot[u"white_spot_category"_qs] = 7;
    EXPECT_FALSE(saveCase(Who::AgentA, whiteSpot).ok);
    EXPECT_EQ(count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA)), version);
    EXPECT_EQ(categoryOfRemovedReferral(m_caseA), "already-contacted");

    // Agent B does not see agent A's categories.
    EXPECT_EQ(as(Who::AgentB)
                      .must("SELECT count(*) FROM referrals WHERE reason_category IS NOT NULL AND case_id = $1",
                            {m_caseA})
                      .number(),
              0);
}

TEST_F(NetworkAttack, RetentionErasesTheSummaryAndKeepsTheCodesTheReportCounts)
{
    ASSERT_EQ(scalar("SELECT network_summary FROM case_reviews WHERE case_id = " + literal(m_closedCase)),
              "Eva de Vries (12) vond geen hulp bij haar buurtschool De Regenboog.");
    EXPECT_EQ(as(Who::Admin).must("SELECT ww_apply_retention(now() - interval '1 year', '1y', false)").number(), 1);
    EXPECT_EQ(
            scalar("SELECT coalesce(network_summary, '-') FROM case_reviews WHERE case_id = " + literal(m_closedCase)),
            "");
    EXPECT_EQ(scalar("SELECT white_spot_category FROM cases WHERE id = " + literal(m_closedCase)),
              "no-complaints-body");
    EXPECT_EQ(categoryOfRemovedReferral(m_closedCase), "already-contacted");
    EXPECT_EQ(scalar("SELECT reason FROM referrals WHERE party_id = 'klachtencommissie' AND case_id = "
                     + literal(m_closedCase)),
              "");
    // The category columns are codes, the summary free text: as retention reads the catalog.
    EXPECT_EQ(scalar("SELECT string_agg(column_name, ',' ORDER BY column_name) FROM "
                     "ww_free_text_columns('case_reviews')"),
              "comment,network_summary");
    EXPECT_EQ(count("SELECT count(*) FROM ww_free_text_columns('cases') WHERE column_name = 'white_spot_category'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM ww_free_text_columns('referrals') WHERE column_name = 'reason_category'"), 0);
}

} // namespace
