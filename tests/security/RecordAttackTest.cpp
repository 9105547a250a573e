// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on the case record itself: forging who and when, deleting, setting what only the system
// sets, and taking cases that belong to someone else. Each is checked from a superuser connection.
#include "AttackFixture.h"

#include <QJsonArray>

using namespace ww::attack;

namespace {

class RecordAttack : public AttackFixture
{
protected:
    std::string caseA(const std::string &column)
    {
        return scalar("SELECT " + column + "::text FROM cases WHERE id = " + literal(m_caseA));
    }
    QJsonObject nextSaveOfA()
    {
        QJsonObject next = m_caseAJson;
        next[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA));
        return next;
    }
};

// --- Forged authorship and times -------------------------------------------------------------------

TEST_F(RecordAttack, ANoteIsAlwaysInTheSaversNameAndAtTheDatabasesTime)
{
    QJsonObject forged = nextSaveOfA();
    const std::string note = uuid();
    QJsonArray notes = forged[u"notes"_qs].toArray();
    notes.append(QJsonObject{{u"id"_qs, QString::fromStdString(note)},
                             {u"author"_qs, QString::fromStdString(role(Who::AgentB))},
                             {u"created_at"_qs, u"2020-01-01T00:00:00.000Z"_qs},
                             {u"body"_qs, u"Geschreven door B?"_qs}});
    forged[u"notes"_qs] = notes;
    ASSERT_TRUE(saveCase(Who::AgentA, forged).ok);
    EXPECT_EQ(scalar("SELECT author FROM case_notes WHERE id = " + literal(note)), role(Who::AgentA));
    EXPECT_EQ(count("SELECT count(*) FROM case_notes WHERE id = " + literal(note)
                    + " AND created_at > now() - interval '1 minute'"),
              1);
}

TEST_F(RecordAttack, ANewCaseBelongsToWhoeverSavesItNotToWhomTheJsonNames)
{
    QJsonObject forged = newCase(uuid(), m_tree);
    forged[u"owner"_qs] = QString::fromStdString(role(Who::AgentB));
    forged[u"updated_at"_qs] = u"2020-01-01T00:00:00.000Z"_qs;
    ASSERT_TRUE(saveCase(Who::AgentA, forged).ok);
    const std::string id = forged[u"id"_qs].toString().toStdString();
    EXPECT_EQ(scalar("SELECT owner FROM cases WHERE id = " + literal(id)), role(Who::AgentA));
    EXPECT_EQ(count("SELECT count(*) FROM cases WHERE id = " + literal(id)
                    + " AND updated_at > now() - interval '1 minute'"),
              1);
}

TEST_F(RecordAttack, ClosingTimeAndRowVersionAreTheDatabases)
{
    QJsonObject closing = nextSaveOfA();
    closing[u"status"_qs] = u"closed"_qs;
    closing[u"contact_ended_at"_qs] = closing[u"opened_at"_qs].toString();
    closing[u"closed_at"_qs] = u"2001-01-01T00:00:00.000Z"_qs;
    const SqlResult saved = saveCase(Who::AgentA, closing);
    ASSERT_TRUE(saved.ok) << saved.message;
    EXPECT_EQ(count("SELECT count(*) FROM cases WHERE id = " + literal(m_caseA)
                    + " AND closed_at > now() - interval '1 minute'"),
              1);
    EXPECT_EQ(caseA("row_version"), "2");
}

TEST_F(RecordAttack, TheCaseLogKeysAreComputedFromTheCaseNotTakenFromTheJson)
{
    QJsonObject forged = nextSaveOfA();
    forged[u"themes_key"_qs] = u"zedendelict"_qs;
    forged[u"parties_key"_qs] = u"politie"_qs;
    ASSERT_TRUE(saveCase(Who::AgentA, forged).ok);
    EXPECT_EQ(caseA("themes_key"), "pesten");
    EXPECT_EQ(caseA("parties_key"), "vertrouwenspersoon");
}

TEST_F(RecordAttack, AReviewIsAlwaysInTheReviewersName)
{
    PgSession &supervisor = as(Who::Supervisor);
    EXPECT_FALSE(supervisor
                         .exec("INSERT INTO case_reviews (case_id, reviewer, reviewed_at, comment, score, flagged) "
                               "VALUES ("
                               + literal(m_caseA) + ", 'someone_else', '2020-01-01', 'x', 5, 0)")
                         .ok);
    supervisor.must("SELECT ww_add_review($1, 'Goed', 5, 0)", {m_caseA});
    EXPECT_EQ(scalar("SELECT reviewer FROM case_reviews WHERE case_id = " + literal(m_caseA)), role(Who::Supervisor));
    // An agent reviews nothing, not even their own case.
    EXPECT_FALSE(as(Who::AgentA).exec("SELECT ww_add_review($1, 'Top', 5, 1)", {m_caseA}).ok);
}

TEST_F(RecordAttack, TheAuditLogIsWrittenOnlyByTheDatabase)
{
    PgSession &agent = as(Who::AgentA);
    const long long before = count("SELECT count(*) FROM audit_log");
    EXPECT_FALSE(agent.exec("INSERT INTO audit_log (action, case_id) VALUES ('opened', " + literal(m_caseB) + ")").ok);
    // Recording access to a case one cannot read is refused too.
    EXPECT_FALSE(agent.exec("SELECT ww_record_case_access($1, 'opened')", {m_caseB}).ok);
    // No free text in an export's entry: the words searched for in notes must not land in the log.
    EXPECT_FALSE(agent.exec("SELECT ww_record_case_log_export(5, 'text=Pieter Jansen')").ok);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log"), before);
    EXPECT_FALSE(as(Who::Admin).exec("UPDATE audit_log SET actor = 'nobody'").ok);
    EXPECT_FALSE(as(Who::Supervisor).exec("DELETE FROM audit_log").ok);
}

TEST_F(RecordAttack, PresenceIsRecordedForTheViewerOnlyAndOnlyForReadableCases)
{
    PgSession &agent = as(Who::AgentA);
    EXPECT_FALSE(agent.exec("INSERT INTO case_presence (case_id, viewer, seen_at) VALUES (" + literal(m_caseA) + ", "
                            + literal(role(Who::AgentB)) + ", now())")
                         .ok);
    agent.must("SELECT ww_touch_presence($1)", {m_caseA});
    EXPECT_EQ(scalar("SELECT viewer FROM case_presence WHERE case_id = " + literal(m_caseA)), role(Who::AgentA));
    EXPECT_FALSE(agent.exec("SELECT ww_touch_presence($1)", {m_caseB}).ok);
    EXPECT_EQ(count("SELECT count(*) FROM case_presence WHERE case_id = " + literal(m_caseB)), 0);
}

TEST_F(RecordAttack, AHandedOverEventCannotBeForgedIntoTheHistory)
{
    QJsonObject forged = nextSaveOfA();
    QJsonArray events = forged[u"events"_qs].toArray();
    events.append(QJsonObject{{u"at"_qs, forged[u"opened_at"_qs].toString()},
                              {u"kind"_qs, u"handed-over"_qs},
                              {u"detail"_qs, QString::fromStdString(role(Who::AgentB))}});
    forged[u"events"_qs] = events;
    EXPECT_FALSE(saveCase(Who::AgentA, forged).ok);
    EXPECT_EQ(
            count("SELECT count(*) FROM case_events WHERE case_id = " + literal(m_caseA) + " AND kind = 'handed-over'"),
            0);
}

TEST_F(RecordAttack, ANoteCanOnlyCorrectANoteOfTheSameCase)
{
    QJsonObject forged = nextSaveOfA();
    QJsonArray notes = forged[u"notes"_qs].toArray();
    notes.append(QJsonObject{{u"id"_qs, QString::fromStdString(uuid())},
                             {u"body"_qs, u"Correctie"_qs},
                             {u"corrects"_qs, QString::fromStdString(m_noteB)}});
    forged[u"notes"_qs] = notes;
    EXPECT_FALSE(saveCase(Who::AgentA, forged).ok);
    EXPECT_EQ(count("SELECT count(*) FROM case_notes WHERE corrects_note_id = " + literal(m_noteB)), 0);
}

TEST_F(RecordAttack, ATreeCannotBeStoredUnderAnotherTreesIdentity)
{
    PgSession &agent = as(Who::AgentA);
    EXPECT_FALSE(agent.exec("SELECT ww_store_tree($1, 'attack-1', '{\"format\":1,\"evil\":true}')", {m_tree}).ok);
    EXPECT_FALSE(agent.exec("SELECT ww_store_tree('attack-2@sha256:00', 'attack-2', '{}')").ok);
    EXPECT_FALSE(agent.exec("UPDATE trees SET content = '{}'").ok);
    EXPECT_EQ(count("SELECT count(*) FROM trees WHERE content LIKE '%evil%'"), 0);
}

TEST_F(RecordAttack, ImplausibleTimesAndOversizedTextsAreRefused)
{
    QJsonObject future = newCase(uuid(), m_tree);
    future[u"opened_at"_qs] = u"2999-01-01T00:00:00.000Z"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, future).ok);
    QJsonObject backwards = nextSaveOfA();
    backwards[u"status"_qs] = u"wrap-up"_qs;
    backwards[u"contact_ended_at"_qs] = u"2001-01-01T00:00:00.000Z"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, backwards).ok);
    QJsonObject huge = nextSaveOfA();
    huge[u"white_spot_reason"_qs] = QString(2001, u'x');
    EXPECT_FALSE(saveCase(Who::AgentA, huge).ok);
    QJsonObject injected = nextSaveOfA();
    injected[u"caller_role"_qs] = u"pupil'; DROP TABLE cases; --"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, injected).ok);
    EXPECT_EQ(caseA("row_version"), "1");
}

// --- Deleting and changing one's mind ---------------------------------------------------------------

TEST_F(RecordAttack, AStepBackWithdrawsTheStepsItLeavesAndDeletesNone)
{
    QJsonObject back = nextSaveOfA();
    QJsonArray steps = back[u"steps"_qs].toArray();
    QJsonObject first = steps.at(0).toObject();
    first.remove(u"option"_qs);
    back[u"steps"_qs] = QJsonArray{first};
    ASSERT_TRUE(saveCase(Who::AgentA, back).ok);
    EXPECT_EQ(count("SELECT count(*) FROM case_steps WHERE case_id = " + literal(m_caseA)), 4);
    EXPECT_EQ(
            count("SELECT count(*) FROM case_steps WHERE case_id = " + literal(m_caseA) + " AND withdrawn_at IS NULL"),
            1);
}

TEST_F(RecordAttack, AReferralTakenBackIsWithdrawnAndKept)
{
    QJsonObject without = nextSaveOfA();
    without[u"referrals"_qs] = QJsonArray{};
    ASSERT_TRUE(saveCase(Who::AgentA, without).ok);
    EXPECT_EQ(count("SELECT count(*) FROM referrals WHERE case_id = " + literal(m_caseA)), 2);
    EXPECT_EQ(
            count("SELECT count(*) FROM referrals WHERE case_id = " + literal(m_caseA) + " AND decision = 'withdrawn'"),
            2);
    EXPECT_EQ(scalar("SELECT reason FROM referrals WHERE case_id = " + literal(m_caseA)
                     + " AND party_id = 'klachtencommissie'"),
              "Beller was daar al.");
}

TEST_F(RecordAttack, NobodyDeletesFromTheirOwnCase)
{
    PgSession &agent = as(Who::AgentA);
    for (const std::string table :
         {"case_notes", "case_steps", "referrals", "case_events", "case_themes", "note_drafts"})
        EXPECT_FALSE(agent.exec("DELETE FROM " + table + " WHERE case_id = " + literal(m_caseA)).ok) << table;
    EXPECT_EQ(count("SELECT count(*) FROM case_notes WHERE case_id = " + literal(m_caseA)), 2);
    EXPECT_EQ(count("SELECT count(*) FROM case_steps WHERE case_id = " + literal(m_caseA)), 3);
}

TEST_F(RecordAttack, EvenTheSchemasOwnFunctionsCannotDeleteOrRewriteTheRecord)
{
    // Defence in depth: code running as ww_owner (a definer function gone wrong) meets the triggers.
    const std::unique_ptr<PgSession> owner = connect(scalar("SELECT current_user"));
    owner->must("SET ROLE ww_owner");
    EXPECT_FALSE(owner->exec("DELETE FROM case_notes WHERE case_id = " + literal(m_caseA)).ok);
    EXPECT_FALSE(owner->exec("UPDATE case_notes SET body = 'x' WHERE case_id = " + literal(m_caseA)).ok);
    EXPECT_FALSE(owner->exec("DELETE FROM cases WHERE id = " + literal(m_caseA)).ok);
    EXPECT_FALSE(owner->exec("TRUNCATE case_events CASCADE").ok);
    EXPECT_FALSE(owner->exec("UPDATE audit_log SET detail = 'x'").ok);
    EXPECT_EQ(count("SELECT count(*) FROM case_notes WHERE case_id = " + literal(m_caseA) + " AND body <> 'x'"), 2);
}

TEST_F(RecordAttack, AClosedCaseCannotBeChangedReopenedOrEmptied)
{
    QJsonObject closing = nextSaveOfA();
    closing[u"status"_qs] = u"closed"_qs;
    closing[u"contact_ended_at"_qs] = closing[u"opened_at"_qs].toString();
    ASSERT_TRUE(saveCase(Who::AgentA, closing).ok);
    QJsonObject reopen = nextSaveOfA();
    reopen[u"status"_qs] = u"wrap-up"_qs;
    reopen[u"steps"_qs] = QJsonArray{};
    reopen[u"referrals"_qs] = QJsonArray{};
    EXPECT_FALSE(saveCase(Who::AgentA, reopen).ok);
    EXPECT_FALSE(as(Who::AgentA).exec("SELECT ww_save_draft($1, 'later')", {m_caseA}).ok);
    EXPECT_EQ(caseA("status"), "closed");
    EXPECT_EQ(
            count("SELECT count(*) FROM case_steps WHERE case_id = " + literal(m_caseA) + " AND withdrawn_at IS NULL"),
            3);
}

TEST_F(RecordAttack, AContactCannotGoBackToActive)
{
    QJsonObject ended = nextSaveOfA();
    ended[u"status"_qs] = u"wrap-up"_qs;
    ended[u"contact_ended_at"_qs] = ended[u"opened_at"_qs].toString();
    ASSERT_TRUE(saveCase(Who::AgentA, ended).ok);
    QJsonObject back = nextSaveOfA();
    back[u"status"_qs] = u"active"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, back).ok);
    EXPECT_EQ(caseA("status"), "wrap-up");
}

// --- Flags only the system sets ---------------------------------------------------------------------

TEST_F(RecordAttack, NoOneButRetentionMarksACaseAnonymised)
{
    PgSession &agent = as(Who::AgentA);
    EXPECT_FALSE(agent.exec("UPDATE cases SET anonymised_at = now() WHERE id = " + literal(m_caseA)).ok);
    QJsonObject forged = nextSaveOfA();
    forged[u"anonymised_at"_qs] = u"2026-01-01T00:00:00.000Z"_qs;
    ASSERT_TRUE(saveCase(Who::AgentA, forged).ok);
    EXPECT_EQ(caseA("anonymised_at"), "");
    EXPECT_EQ(count("SELECT count(*) FROM chat_messages WHERE case_id = " + literal(m_chatCase) + " AND body <> ''"),
              2);
}

TEST_F(RecordAttack, SystemColumnsCannotBeWrittenDirectly)
{
    PgSession &agent = as(Who::AgentA);
    for (const std::string assignment :
         {"owner = session_user", "closed_at = now()", "row_version = 99", "updated_at = now()", "tree_identity = 'x'",
          "opened_at = now()", "channel = 'chat'", "themes_key = ''"}) {
        EXPECT_FALSE(agent.exec("UPDATE cases SET " + std::string(assignment) + " WHERE id = " + literal(m_caseA)).ok)
                << assignment;
    }
    EXPECT_EQ(caseA("row_version"), "1");
}

// --- Ownership -------------------------------------------------------------------------------------

TEST_F(RecordAttack, NobodySavesOrHandsOverACaseTheyDoNotHold)
{
    QJsonObject takeover = newCase(m_caseA, m_tree);
    takeover[u"row_version"_qs] = 1;
    takeover[u"status"_qs] = u"wrap-up"_qs;
    EXPECT_FALSE(saveCase(Who::AgentB, takeover).ok);
    EXPECT_FALSE(saveCase(Who::Supervisor, takeover).ok);
    takeover[u"row_version"_qs] = 0;
    EXPECT_FALSE(saveCase(Who::AgentB, takeover).ok); // "new" with the same id
    EXPECT_FALSE(as(Who::AgentB).exec("SELECT ww_hand_over($1, $2, 'mijn')", {m_caseA, role(Who::AgentB)}).ok);
    EXPECT_FALSE(as(Who::AgentB).exec("UPDATE cases SET owner = session_user WHERE id = " + literal(m_caseA)).ok);
    EXPECT_FALSE(as(Who::AgentB).exec("SELECT ww_save_draft($1, 'x')", {m_caseA}).ok);
    EXPECT_EQ(caseA("owner"), role(Who::AgentA));
    EXPECT_EQ(caseA("status"), "active");
}

TEST_F(RecordAttack, AHandOverMovesTheCaseAndTheGiverKeepsReadingButNeverWritesAgain)
{
    PgSession &a = as(Who::AgentA);
    PgSession &b = as(Who::AgentB);
    EXPECT_EQ(b.must("SELECT count(*) FROM cases WHERE id = $1", {m_caseA}).number(), 0);
    a.must("SELECT ww_hand_over($1, $2, 'Graag terugbellen')", {m_caseA, role(Who::AgentB)});
    EXPECT_EQ(caseA("owner"), role(Who::AgentB));
    EXPECT_EQ(scalar("SELECT from_role FROM case_handovers WHERE case_id = " + literal(m_caseA)), role(Who::AgentA));
    EXPECT_EQ(
            count("SELECT count(*) FROM audit_log WHERE case_id = " + literal(m_caseA) + " AND action = 'handed-over'"),
            1);
    EXPECT_EQ(b.must("SELECT count(*) FROM case_notes WHERE case_id = $1", {m_caseA}).number(), 2);
    EXPECT_EQ(a.must("SELECT count(*) FROM case_notes WHERE case_id = $1", {m_caseA}).number(), 2);

    QJsonObject late = m_caseAJson;
    late[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA));
    late[u"status"_qs] = u"wrap-up"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, late).ok);
    EXPECT_FALSE(a.exec("SELECT ww_save_draft($1, 'nog iets')", {m_caseA}).ok);
    EXPECT_FALSE(a.exec("SELECT ww_hand_over($1, $2, 'terug')", {m_caseA, role(Who::Supervisor)}).ok);
    EXPECT_EQ(b.must("SELECT count(*) FROM note_drafts WHERE case_id = $1 AND body <> ''", {m_caseA}).number(), 1);
    EXPECT_EQ(a.must("SELECT count(*) FROM note_drafts WHERE case_id = $1", {m_caseA}).number(), 0);
    EXPECT_TRUE(saveCase(Who::AgentB, late).ok);
}

TEST_F(RecordAttack, ACaseGoesOnlyToAnotherAgentOrSupervisorWhoCanLogIn)
{
    PgSession &a = as(Who::AgentA);
    superuser().must("CREATE ROLE atk_disabled_" + m_caseA.substr(0, 8) + " NOLOGIN IN ROLE ww_agent");
    for (const std::string &receiver :
         {std::string("no_such_person"), std::string("ww_agent"), role(Who::Admin), role(Who::Gateway),
          role(Who::AgentA), "atk_disabled_" + m_caseA.substr(0, 8), std::string("postgres")}) {
        EXPECT_FALSE(a.exec("SELECT ww_hand_over($1, $2, 'x')", {m_caseA, receiver}).ok) << receiver;
    }
    EXPECT_FALSE(a.exec("SELECT ww_hand_over($1, $2, '')", {m_caseA, role(Who::AgentB)}).ok);
    superuser().must("DROP ROLE atk_disabled_" + m_caseA.substr(0, 8));
    EXPECT_EQ(caseA("owner"), role(Who::AgentA));
    EXPECT_EQ(count("SELECT count(*) FROM case_handovers WHERE case_id = " + literal(m_caseA)), 0);
}

TEST_F(RecordAttack, AnAgentReadsOnlyTheCasesTheyHoldOrHandled)
{
    PgSession &b = as(Who::AgentB);
    for (const std::string table : {"case_notes", "case_steps", "referrals", "case_events", "case_themes",
                                    "note_drafts", "case_presence", "case_handovers"}) {
        EXPECT_EQ(b.must("SELECT count(*) FROM " + table + " WHERE case_id = $1", {m_caseA}).number(), 0) << table;
    }
    EXPECT_EQ(b.must("SELECT count(*) FROM chat_messages WHERE case_id = $1", {m_chatCase}).number(), 0);
    EXPECT_FALSE(b.exec("SELECT count(*) FROM case_reviews").ok);
    EXPECT_FALSE(b.exec("SELECT count(*) FROM audit_log").ok);
    EXPECT_FALSE(b.exec("SELECT count(*) FROM chat_tickets").ok);
}

} // namespace
