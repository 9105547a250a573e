// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on the tree analytics: content managers (ww_editor) read aggregated, suppressed figures and no
// case data; agents and the gateway get nothing; small counts are hidden in the function's own output.
#include "AttackFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

#include <map>

using namespace ww::attack;

namespace {

const std::string from = "date_trunc('day', now() - interval '1 day', 'Europe/Amsterdam')";
const std::string to = "date_trunc('day', now() + interval '1 day', 'Europe/Amsterdam')";

// start --leerling--> thema --pesten--> advies
const std::string treeContent = R"({"format":1,"start":"start","nodes":[)"
                                R"({"id":"start","kind":"question","options":[{"id":"leerling","next":"thema"}]},)"
                                R"({"id":"thema","kind":"question","options":[{"id":"pesten","next":"advies"}]},)"
                                R"({"id":"advies","kind":"outcome","referrals":[{"party":"klachtencommissie"}]}]})";

class TreeAnalyticsAttack : public AttackFixture
{
protected:
    void SetUp() override
    {
        AttackFixture::SetUp();
        m_walked = "analytics-1@sha256:"
                + QCryptographicHash::hash(QByteArray::fromStdString(treeContent), QCryptographicHash::Sha256)
                          .toHex()
                          .toStdString();
        as(Who::AgentA).must("SELECT ww_store_tree($1, 'analytics-1', $2)", {m_walked, treeContent});
        // Nine whole walks (each removes the complaints committee, without a category) and two that
        // stopped at the theme: a count below 5.
        for (int i = 0; i < 11; ++i) {
            QJsonObject walk = newCase(uuid(), m_walked);
            if (i >= 9) {
                QJsonArray steps = walk[u"steps"_qs].toArray();
                steps.removeLast();
                QJsonObject last = steps.last().toObject();
                last.remove(u"option"_qs);
                steps[1] = last;
                walk[u"steps"_qs] = steps;
                walk[u"referrals"_qs] = QJsonArray{};
            }
            saveCase(Who::AgentA, walk);
        }
        // A content manager: a login role in ww_editor.
        m_editor = "atk_editor_" + QUuid::createUuid().toString(QUuid::Id128).left(8).toStdString();
        superuser().must("CREATE ROLE " + m_editor + " LOGIN IN ROLE ww_editor");
    }

    void TearDown() override
    {
        m_editorSession.reset();
        superuser().exec("DROP ROLE IF EXISTS " + m_editor);
        AttackFixture::TearDown();
    }

    PgSession &editor()
    {
        if (!m_editorSession)
            m_editorSession = connect(m_editor);
        return *m_editorSession;
    }

    std::string call() const
    {
        return "SELECT measure, node_id, item, category, cases, median_seconds FROM ww_tree_analytics("
                + literal(m_walked) + ", " + from + ", " + to + ")";
    }

    /// measure|node|item|category → the count ("" when hidden).
    static std::map<std::string, std::string> figures(const SqlResult &result)
    {
        std::map<std::string, std::string> out;
        for (const auto &row : result.rows)
            out[*row.at(0) + "|" + *row.at(1) + "|" + *row.at(2) + "|" + *row.at(3)] = row.at(4).value_or("");
        return out;
    }

    std::string m_walked;
    std::string m_editor;
    std::unique_ptr<PgSession> m_editorSession;
};

} // namespace

TEST_F(TreeAnalyticsAttack, AContentManagerGetsTheFiguresButNoCaseRows)
{
    const SqlResult result = editor().exec(call());
    ASSERT_TRUE(result.ok) << result.message;
    const auto counts = figures(result);
    EXPECT_EQ(counts.at("passed|thema||"), "11");
    EXPECT_EQ(counts.at("chosen|start|leerling|"), "11");
    EXPECT_EQ(counts.at("removed|advies||"), "9");
    for (const char *table : {"cases", "case_steps", "referrals", "case_notes", "case_events", "case_themes",
                              "note_drafts", "chats", "chat_messages", "case_reviews", "audit_log", "case_handovers"}) {
        const SqlResult read = editor().exec(std::string("SELECT * FROM ") + table + " LIMIT 1");
        EXPECT_TRUE(read.deniedForLackOfPrivilege()) << table << ": " << read.message;
    }
    // Functions that return case data stay closed to a content manager.
    EXPECT_TRUE(editor().exec("SELECT ww_network_vignettes(1, " + from + ", " + to + ")").deniedForLackOfPrivilege());
}

TEST_F(TreeAnalyticsAttack, SmallCountsAreHiddenInTheFunctionsOwnOutput)
{
    const auto counts = figures(editor().must(call()));
    // Two walks stopped at the theme: hidden, and 11 = stopped + 9 would give it away, so the 9 answers
    // (and the 9 who reached the advice, the same count) are hidden too. So is every count below 5.
    EXPECT_EQ(counts.at("stopped|thema||"), "");
    EXPECT_EQ(counts.at("chosen|thema|pesten|"), "");
    EXPECT_EQ(counts.at("passed|advies||"), "");
    EXPECT_EQ(counts.at("stopped|start||"), "") << "0 is below 5 too";
    EXPECT_EQ(counts.at("removed|advies||does-not-fit"), "");
    for (const auto &[key, value] : counts)
        EXPECT_TRUE(value.empty() || std::stoll(value) >= 5) << key << " = " << value;
    // Nothing but aggregates: no case id, owner or time in any row.
    const SqlResult raw = editor().must(call());
    for (const auto &row : raw.rows) {
        for (const auto &cell : row)
            EXPECT_EQ(cell.value_or("").find(role(Who::AgentA)), std::string::npos);
    }
}

TEST_F(TreeAnalyticsAttack, AgentsAndTheGatewayAreRefusedEvenWithExecuteGrantedByMistake)
{
    for (Who who : {Who::AgentA, Who::AgentB, Who::Gateway}) {
        const SqlResult result = as(who).exec(call());
        EXPECT_TRUE(result.deniedForLackOfPrivilege()) << whoName(who) << ": " << result.message;
    }
    superuser().must("GRANT EXECUTE ON FUNCTION ww_tree_analytics(text, timestamptz, timestamptz) TO ww_agent, "
                     "ww_gateway");
    for (Who who : {Who::AgentA, Who::Gateway}) {
        const SqlResult result = as(who).exec(call());
        EXPECT_FALSE(result.ok) << whoName(who);
        EXPECT_TRUE(result.deniedForLackOfPrivilege()) << result.message;
    }
    for (Who who : {Who::Supervisor, Who::Admin})
        EXPECT_TRUE(as(who).exec(call()).ok) << whoName(who);
}

TEST_F(TreeAnalyticsAttack, ThePeriodIsWholeDaysAndTheTreeMustExist)
{
    for (const std::string &period : {from + ", " + from + " + interval '1 hour'", to + ", " + from,
                                      from + ", 'infinity'::timestamptz", "NULL, " + to}) {
        const SqlResult result
                = editor().exec("SELECT count(*) FROM ww_tree_analytics(" + literal(m_walked) + ", " + period + ")");
        EXPECT_FALSE(result.ok) << period;
    }
    EXPECT_FALSE(editor().exec("SELECT count(*) FROM ww_tree_analytics('nope', " + from + ", " + to + ")").ok);
    EXPECT_FALSE(
            editor().exec("SELECT count(*) FROM ww_tree_analytics(repeat('x', 201), " + from + ", " + to + ")").ok);
}
