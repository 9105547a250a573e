// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on phone codes (docs/security.md, "Phone codes"): nobody reads the codes, only the gateway makes
// them, only agents and supervisors redeem them, each once and in time, and guessing is cut off.
#include "AttackFixture.h"

using namespace ww::attack;

namespace {

class PhoneCodeAttack : public AttackFixture
{
protected:
    /// A code the gateway made for a short path on the stored tree.
    std::string makeCode(const std::string &code = {})
    {
        const std::string chosen = code.empty() ? std::to_string(100000 + m_next++) : code;
        const SqlResult made = as(Who::Gateway)
                                       .must("SELECT ww_create_phone_code($1, $2, $3)",
                                             {chosen, m_tree, std::string(R"(["start"])")});
        EXPECT_FALSE(made.scalar().empty()) << chosen;
        return chosen;
    }

    SqlResult redeem(Who who, const std::string &code)
    {
        return as(who).exec("SELECT status, tree_identity, path FROM ww_redeem_phone_code($1, $2)", {code, m_tree});
    }

    std::string statusOf(Who who, const std::string &code) { return redeem(who, code).scalar(); }

    int m_next = 0;
};

} // namespace

TEST_F(PhoneCodeAttack, NoRoleReadsOrWritesTheCodesTable)
{
    makeCode();
    for (Who who : everyone()) {
        for (const std::string table : {"phone_codes", "phone_code_attempts"}) {
            EXPECT_FALSE(as(who).exec("SELECT count(*) FROM " + table).ok) << whoName(who) << " " << table;
            EXPECT_FALSE(as(who).exec("DELETE FROM " + table).ok) << whoName(who) << " " << table;
        }
        EXPECT_FALSE(as(who).exec("INSERT INTO phone_codes (code, tree_identity, path, created_at, expires_at) "
                                  "VALUES ('999999', 'x', '[]', now(), now() + interval '1 day')")
                             .ok)
                << whoName(who);
        EXPECT_FALSE(as(who).exec("UPDATE phone_codes SET used_at = NULL").ok) << whoName(who);
    }
    EXPECT_EQ(count("SELECT count(*) FROM phone_codes"), 1);
}

TEST_F(PhoneCodeAttack, OnlyTheGatewayMakesCodesAndOnlyWellFormedOnes)
{
    for (Who who : {Who::AgentA, Who::Supervisor, Who::Admin})
        EXPECT_FALSE(as(who).exec("SELECT ww_create_phone_code('123456', $1, '[\"start\"]')", {m_tree}).ok)
                << whoName(who);
    PgSession &gateway = as(Who::Gateway);
    const std::vector<std::vector<std::optional<std::string>>> hostile{
            {"12345", m_tree, R"(["start"])"},                       // five digits
            {"12345a", m_tree, R"(["start"])"},                      // a letter
            {"123456", "website", R"(["start"])"},                   // no tree identity
            {"123456", m_tree, "[]"},                                // an empty path
            {"123456", m_tree, R"({"start": 1})"},                   // not a list
            {"123456", m_tree, R"(["start", "Who"])"},               // not a node id
            {"123456", m_tree, R"(["start", 7])"},                   // not a string
            {"123456", m_tree, "not json"},                          // not JSON
            {"123456", m_tree, std::nullopt},                        // nothing
            {"123456", m_tree, "[" + std::string(20000, ' ') + "]"}, // too long
    };
    for (const auto &arguments : hostile)
        EXPECT_FALSE(gateway.exec("SELECT ww_create_phone_code($1, $2, $3)", arguments).ok)
                << arguments[0].value_or("NULL") << " " << arguments[2].value_or("NULL").substr(0, 30);
    std::string path = "[";
    for (int i = 0; i < 201; ++i)
        path += std::string(i ? "," : "") + "\"n" + std::to_string(i) + "\"";
    EXPECT_FALSE(gateway.exec("SELECT ww_create_phone_code('123456', $1, $2)", {m_tree, path + "]"}).ok) << "201 nodes";
    EXPECT_EQ(count("SELECT count(*) FROM phone_codes"), 0);
}

TEST_F(PhoneCodeAttack, ACodeTakenAndNotExpiredIsNotMadeAgain)
{
    makeCode("424242");
    EXPECT_EQ(as(Who::Gateway)
                      .must("SELECT ww_create_phone_code('424242', $1, '[\"start\",\"other\"]')", {m_tree})
                      .rows.at(0)
                      .at(0),
              std::nullopt)
            << "the gateway draws another";
    EXPECT_EQ(scalar("SELECT path::text FROM phone_codes WHERE code = '424242'"), R"(["start"])");
    superuser().must("UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE code = '424242'");
    EXPECT_FALSE(makeCode("424242").empty()) << "an expired code's number may be drawn again";
    EXPECT_EQ(statusOf(Who::AgentA, "424242"), "ok");
}

TEST_F(PhoneCodeAttack, AnAgentRedeemsOnceAndNeverTwice)
{
    const std::string code = makeCode();
    const SqlResult first = redeem(Who::AgentA, code);
    ASSERT_TRUE(first.ok) << first.message;
    EXPECT_EQ(first.scalar(), "ok");
    EXPECT_EQ(first.rows.at(0).at(2).value_or(""), R"(["start"])");
    EXPECT_EQ(statusOf(Who::AgentA, code), "used");
    EXPECT_EQ(statusOf(Who::AgentB, code), "used");
    EXPECT_EQ(statusOf(Who::Supervisor, code), "used");
    const SqlResult again = redeem(Who::AgentB, code);
    EXPECT_EQ(again.rows.at(0).at(2), std::nullopt) << "a used code gives no path";
}

TEST_F(PhoneCodeAttack, AnExpiredCodeIsRefused)
{
    const std::string code = makeCode();
    superuser().must("UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE code = " + literal(code));
    EXPECT_EQ(statusOf(Who::AgentA, code), "expired");
    EXPECT_EQ(count("SELECT count(*) FROM phone_codes WHERE used_at IS NOT NULL"), 0);
}

TEST_F(PhoneCodeAttack, TheGatewayAndAdministratorsCannotRedeem)
{
    const std::string code = makeCode();
    for (Who who : {Who::Gateway, Who::Admin}) {
        const SqlResult refused = redeem(who, code);
        EXPECT_FALSE(refused.ok) << whoName(who);
        EXPECT_TRUE(refused.deniedForLackOfPrivilege()) << whoName(who) << ": " << refused.sqlState;
    }
    EXPECT_EQ(statusOf(Who::AgentA, code), "ok") << "the code is still unused";
}

TEST_F(PhoneCodeAttack, GuessingStopsAfterTenWrongCodesInAMinute)
{
    const std::string code = makeCode();
    int unknown = 0;
    for (int guess = 0; guess < 15; ++guess)
        unknown += statusOf(Who::AgentA, std::to_string(900000 + guess)) == "unknown";
    EXPECT_EQ(unknown, 10);
    EXPECT_EQ(statusOf(Who::AgentA, code), "too-many") << "the right code tells nothing now either";
    EXPECT_EQ(count("SELECT count(*) FROM phone_codes WHERE used_at IS NOT NULL"), 0);
    // The limit is the account's, counted in the database: a new connection does not reset it.
    std::unique_ptr<PgSession> fresh = connect(role(Who::AgentA));
    EXPECT_EQ(fresh->must("SELECT status FROM ww_redeem_phone_code($1, $2)", {code, m_tree}).scalar(), "too-many");
    // Nor can the agent clear the count.
    EXPECT_FALSE(as(Who::AgentA).exec("DELETE FROM phone_code_attempts").ok);
    EXPECT_EQ(statusOf(Who::AgentB, code), "ok");
}

TEST_F(PhoneCodeAttack, ACodeForAnotherTreeVersionIsNotUsedUp)
{
    const std::string code = makeCode();
    const SqlResult other = as(Who::AgentA)
                                    .must("SELECT status, tree_identity FROM ww_redeem_phone_code($1, $2)",
                                          {code, "2020.1@sha256:" + std::string(64, '0')});
    EXPECT_EQ(other.scalar(), "other-tree");
    EXPECT_EQ(other.rows.at(0).at(1).value_or(""), m_tree);
    EXPECT_EQ(statusOf(Who::AgentA, code), "ok");
}
