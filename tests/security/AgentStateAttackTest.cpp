// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on agent states (docs/security.md, "Agent states"): an agent records only their own state, with
// a code from the list and the database's time; nobody changes or removes a row; agents read their own
// rows, supervisors and administrators all, the gateway and content managers nothing; only administrators
// set the wrap-up maximum; only supervisors and administrators read the staffing figures.
#include "AttackFixture.h"

using namespace ww::attack;

namespace {

class AgentStateAttack : public AttackFixture
{
protected:
    long long rowsOf(Who who)
    {
        return count("SELECT count(*) FROM agent_state_changes WHERE agent = " + literal(role(who)));
    }
    long long rows() { return count("SELECT count(*) FROM agent_state_changes"); }
};

const std::string staffingCalls[] = {
        "SELECT count(*) FROM ww_staffing_states(now() - interval '1 day', now())",
        "SELECT count(*) FROM ww_staffing_contacts(now() - interval '1 day', now())",
        "SELECT count(*) FROM ww_staffing_chats(now() - interval '1 day', now())",
};

} // namespace

TEST_F(AgentStateAttack, AnAgentRecordsOnlyTheirOwnStateWithTheDatabasesTime)
{
    as(Who::AgentA).must("SELECT ww_set_agent_state('break')");
    EXPECT_EQ(rowsOf(Who::AgentA), 1);
    EXPECT_EQ(count("SELECT count(*) FROM agent_state_changes WHERE abs(extract(epoch FROM changed_at - now())) < 60"),
              1);
    // There is no argument that names the agent; taking another's name is refused.
    EXPECT_FALSE(
            as(Who::AgentA).exec("SELECT ww_set_agent_state('break', NULL, " + literal(role(Who::AgentB)) + ")").ok);
    EXPECT_FALSE(as(Who::AgentA).exec("SET ROLE " + role(Who::AgentB)).ok);
    EXPECT_FALSE(as(Who::AgentA).exec("SET SESSION AUTHORIZATION " + role(Who::AgentB)).ok);
    const SqlResult direct = as(Who::AgentA)
                                     .exec("INSERT INTO agent_state_changes (agent, state, changed_at) VALUES ("
                                           + literal(role(Who::AgentB)) + ", 'available', now() - interval '1 hour')");
    EXPECT_FALSE(direct.ok);
    EXPECT_TRUE(direct.deniedForLackOfPrivilege()) << direct.message;
    EXPECT_EQ(rowsOf(Who::AgentB), 0);
    // A change id of someone else's is no way to touch their row.
    const std::string id = uuid();
    as(Who::AgentA).must("SELECT ww_set_agent_state('available', $1)", {id});
    as(Who::AgentB).must("SELECT ww_set_agent_state('offline', $1)", {id});
    EXPECT_EQ(rowsOf(Who::AgentB), 0);
    EXPECT_EQ(scalar("SELECT state FROM agent_state_changes WHERE change_id = " + literal(id)), "available");
}

TEST_F(AgentStateAttack, ForgedStateCodesAreRefused)
{
    for (const std::optional<std::string> &code :
         std::vector<std::optional<std::string>>{"lunch", "", "Available", "available ",
                                                 "break'; DELETE FROM "
                                                 "agent_state_changes; --",
                                                 std::string(10000, 'a'), std::nullopt}) {
        const SqlResult refused = as(Who::AgentA).exec("SELECT ww_set_agent_state($1)", {code});
        EXPECT_FALSE(refused.ok) << code.value_or("NULL").substr(0, 30);
    }
    EXPECT_EQ(rows(), 0);
    // Behind the function the table itself refuses codes outside the list, even for the schema's owner.
    EXPECT_FALSE(superuser()
                         .exec("INSERT INTO agent_state_changes (agent, state, changed_at) "
                               "VALUES ('x', 'lunch', now())")
                         .ok);
}

TEST_F(AgentStateAttack, AgentsReadTheirOwnRowsSupervisorsAndAdministratorsAllTheGatewayAndEditorsNothing)
{
    as(Who::AgentA).must("SELECT ww_set_agent_state('available')");
    as(Who::AgentB).must("SELECT ww_set_agent_state('on-call')");
    as(Who::Supervisor).must("SELECT ww_set_agent_state('in-chat')");
    EXPECT_EQ(as(Who::AgentA).must("SELECT count(*), min(agent), max(agent) FROM agent_state_changes").rows.at(0),
              (std::vector<std::optional<std::string>>{"1", role(Who::AgentA), role(Who::AgentA)}));
    EXPECT_EQ(as(Who::AgentB).must("SELECT count(*) FROM agent_state_changes WHERE agent <> session_user").number(), 0);
    EXPECT_EQ(as(Who::Supervisor).must("SELECT count(*) FROM agent_state_changes").number(), 3);
    EXPECT_EQ(as(Who::Admin).must("SELECT count(*) FROM agent_state_changes").number(), 3);
    for (Who who : {Who::Gateway, Who::Editor}) {
        const SqlResult read = as(who).exec("SELECT count(*) FROM agent_state_changes");
        EXPECT_FALSE(read.ok) << whoName(who);
        EXPECT_TRUE(read.deniedForLackOfPrivilege()) << whoName(who) << read.message;
    }
}

TEST_F(AgentStateAttack, OnlyAgentsAndSupervisorsRecordStates)
{
    as(Who::Supervisor).must("SELECT ww_set_agent_state('other-work')");
    for (Who who : {Who::Admin, Who::Gateway, Who::Editor})
        EXPECT_FALSE(as(who).exec("SELECT ww_set_agent_state('available')").ok) << whoName(who);
    // EXECUTE granted by mistake: the function still refuses whoever is no agent or supervisor.
    superuser().must("GRANT EXECUTE ON FUNCTION ww_set_agent_state(text, uuid) TO ww_gateway, ww_editor, ww_admin");
    for (Who who : {Who::Admin, Who::Gateway, Who::Editor})
        EXPECT_FALSE(as(who).exec("SELECT ww_set_agent_state('available')").ok) << whoName(who);
    EXPECT_EQ(rows(), 1);
}

TEST_F(AgentStateAttack, NobodyChangesOrRemovesAState)
{
    as(Who::AgentA).must("SELECT ww_set_agent_state('break')");
    for (Who who : everyone()) {
        EXPECT_FALSE(as(who).exec("UPDATE agent_state_changes SET state = 'available'").ok) << whoName(who);
        EXPECT_FALSE(as(who).exec("UPDATE agent_state_changes SET changed_at = now() - interval '1 day'").ok)
                << whoName(who);
        EXPECT_FALSE(as(who).exec("DELETE FROM agent_state_changes").ok) << whoName(who);
        EXPECT_FALSE(as(who).exec("TRUNCATE agent_state_changes").ok) << whoName(who);
    }
    // Not even the schema's owner: the triggers refuse (retention's own function is the one exception).
    EXPECT_FALSE(superuser().exec("UPDATE agent_state_changes SET state = 'available'").ok);
    EXPECT_FALSE(superuser().exec("DELETE FROM agent_state_changes").ok);
    EXPECT_FALSE(superuser().exec("TRUNCATE agent_state_changes").ok);
    EXPECT_EQ(scalar("SELECT state FROM agent_state_changes"), "break");
}

TEST_F(AgentStateAttack, FloodingTheTableIsCutOff)
{
    superuser().must("INSERT INTO agent_state_changes (agent, state, changed_at) SELECT " + literal(role(Who::AgentA))
                     + ", 'available', now() - interval '1 minute' FROM generate_series(1, 600)");
    const SqlResult refused = as(Who::AgentA).exec("SELECT ww_set_agent_state('break')");
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.message.find("600 state changes"), std::string::npos) << refused.message;
    as(Who::AgentB).must("SELECT ww_set_agent_state('break')"); // another agent is not held up
}

TEST_F(AgentStateAttack, OnlyAdministratorsSetTheWrapUpMaximumWithinItsRange)
{
    for (Who who : {Who::AgentA, Who::Supervisor, Who::Gateway, Who::Editor})
        EXPECT_FALSE(as(who).exec("SELECT ww_set_wrapup_limit(60)").ok) << whoName(who);
    superuser().must("GRANT EXECUTE ON FUNCTION ww_set_wrapup_limit(integer) TO ww_agent, ww_supervisor");
    EXPECT_FALSE(as(Who::Supervisor).exec("SELECT ww_set_wrapup_limit(60)").ok);
    for (const std::optional<std::string> &seconds :
         std::vector<std::optional<std::string>>{"29", "3601", "0", "-180", std::nullopt})
        EXPECT_FALSE(as(Who::Admin).exec("SELECT ww_set_wrapup_limit($1)", {seconds}).ok) << seconds.value_or("NULL");
    EXPECT_EQ(count("SELECT count(*) FROM settings WHERE key = 'wrapup_limit_seconds'"), 0);
    as(Who::Admin).must("SELECT ww_set_wrapup_limit(240)");
    EXPECT_EQ(scalar("SELECT value FROM settings WHERE key = 'wrapup_limit_seconds'"), "240");
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'wrapup-limit-set' AND actor = "
                    + literal(role(Who::Admin))),
              1);
    for (Who who : {Who::AgentA, Who::Supervisor, Who::Admin})
        EXPECT_FALSE(as(who).exec("UPDATE settings SET value = '9999' WHERE key = 'wrapup_limit_seconds'").ok)
                << whoName(who);
    EXPECT_EQ(as(Who::AgentA).must("SELECT value FROM settings WHERE key = 'wrapup_limit_seconds'").scalar(), "240");
}

TEST_F(AgentStateAttack, OnlySupervisorsAndAdministratorsReadTheStaffingFigures)
{
    as(Who::AgentA).must("SELECT ww_set_agent_state('available')");
    for (const std::string &call : staffingCalls) {
        EXPECT_TRUE(as(Who::Supervisor).exec(call).ok) << call;
        EXPECT_TRUE(as(Who::Admin).exec(call).ok) << call;
        for (Who who : {Who::AgentA, Who::Gateway, Who::Editor})
            EXPECT_FALSE(as(who).exec(call).ok) << whoName(who) << " " << call;
    }
    // Also with EXECUTE granted by mistake.
    superuser().must("GRANT EXECUTE ON FUNCTION ww_staffing_states(timestamptz, timestamptz), "
                     "ww_staffing_contacts(timestamptz, timestamptz), ww_staffing_chats(timestamptz, timestamptz) "
                     "TO ww_agent, ww_gateway, ww_editor");
    for (const std::string &call : staffingCalls) {
        for (Who who : {Who::AgentA, Who::Gateway, Who::Editor}) {
            const SqlResult refused = as(who).exec(call);
            EXPECT_FALSE(refused.ok) << whoName(who) << " " << call;
            EXPECT_NE(refused.message.find("only supervisors and administrators"), std::string::npos)
                    << refused.message;
        }
    }
}

TEST_F(AgentStateAttack, OnlyAdministratorsExpireStatesAndNeverWithAFutureCutOff)
{
    superuser().must("INSERT INTO agent_state_changes (agent, state, changed_at) VALUES (" + literal(role(Who::AgentA))
                     + ", 'available', now() - interval '3 years')");
    as(Who::AgentA).must("SELECT ww_set_agent_state('break')");
    for (Who who : {Who::AgentA, Who::Supervisor, Who::Gateway, Who::Editor})
        EXPECT_FALSE(as(who).exec("SELECT ww_expire_agent_states(now() - interval '1 year')").ok) << whoName(who);
    EXPECT_FALSE(as(Who::Admin).exec("SELECT ww_expire_agent_states(now() + interval '1 day')").ok);
    // The switch the function uses does not let anyone else delete.
    EXPECT_FALSE(as(Who::Admin)
                         .exec("SELECT set_config('ww.expiring_agent_states', 'on', false); "
                               "DELETE FROM agent_state_changes")
                         .ok);
    EXPECT_EQ(rows(), 2);
    EXPECT_EQ(as(Who::Admin).must("SELECT ww_expire_agent_states(now() - interval '1 year')").number(), 1);
    EXPECT_EQ(scalar("SELECT state FROM agent_state_changes"), "break");
}

TEST_F(AgentStateAttack, NobodyWritesWhenAChatWasAnswered)
{
    for (Who who : everyone())
        EXPECT_FALSE(as(who).exec("UPDATE chats SET answered_at = now() - interval '1 hour'").ok) << whoName(who);
    // The gateway's own functions fill it in; the accepted chat of the fixture has its time.
    EXPECT_EQ(count("SELECT count(*) FROM chats WHERE id = " + literal(m_chat) + " AND answered_at IS NOT NULL"), 1);
}
