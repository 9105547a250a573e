// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on published versions of the tree and on the content manager's account (schema version 11):
// a content manager publishes and reads versions and nothing of any case; nobody publishes in someone
// else's name, changes or removes a version, or publishes content the identity does not name; agents,
// supervisors and the chat gateway publish nothing. Each is checked from a superuser connection.
#include "AttackFixture.h"

#include <QCryptographicHash>

using namespace ww::attack;

namespace {

const std::string directory = R"({"format":1,"parties":[]})";
const std::string publishCall = "SELECT ww_publish_tree_version($1, $2, $3, $4)";

/// A tree document in canonical form and the identity that names it.
struct PublishedTree
{
    std::string identity;
    std::string content;
};

PublishedTree treeNamed(const std::string &version, const std::string &start = "s")
{
    const std::string content = R"({"format":1,"nodes":[],"start":")" + start + R"(","version":")" + version + R"("})";
    const QByteArray digest = QCryptographicHash::hash(QByteArray::fromStdString(content), QCryptographicHash::Sha256);
    return {version + "@sha256:" + digest.toHex().toStdString(), content};
}

class EditorAttack : public AttackFixture
{
protected:
    SqlResult publish(Who who, const PublishedTree &tree, const std::string &note = "Nieuwe tekst bij pesten")
    {
        return as(who).exec(publishCall, {tree.identity, tree.content, directory, note});
    }
    long long versions() { return count("SELECT count(*) FROM tree_versions"); }
    /// The tables that hold cases, chats, reviews, the audit log, drafts, tickets and settings: every
    /// table but the three a content manager reads (found in the catalog, so a new table is included).
    std::vector<std::string> caseDataTables()
    {
        std::vector<std::string> tables;
        for (const auto &row : superuser()
                                       .must("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                             "AND relkind = 'r' AND relname NOT IN ('tree_versions', 'trees', "
                                             "'schema_migrations') ORDER BY relname")
                                       .rows)
            tables.push_back(row.at(0).value_or(""));
        return tables;
    }
};

// --- What a content manager reads -------------------------------------------------------------------------

TEST_F(EditorAttack, ReadsNothingOfAnyCaseChatReviewOrTheAuditLog)
{
    ASSERT_TRUE(publish(Who::Editor, treeNamed("redactie-1")).ok);
    PgSession &editor = as(Who::Editor);
    const std::vector<std::string> tables = caseDataTables();
    for (const char *expected : {"cases", "case_notes", "case_steps", "referrals", "case_events", "case_handovers",
                                 "case_reviews", "note_drafts", "case_presence", "audit_log", "chats", "chat_messages",
                                 "chat_tickets", "case_themes", "settings", "account_groups"})
        EXPECT_NE(std::find(tables.begin(), tables.end(), expected), tables.end()) << expected;
    for (const std::string &table : tables) {
        for (const std::string &sql :
             {"SELECT * FROM public." + table, "SELECT count(*) FROM public." + table, "TABLE public." + table}) {
            const SqlResult read = editor.exec(sql);
            EXPECT_TRUE(read.deniedForLackOfPrivilege() || (read.ok && (read.rows.empty() || read.number() == 0)))
                    << "the content manager read " << sql << ": " << read.message;
        }
    }
    // Nor through the functions that read cases for others.
    for (const std::string &sql :
         std::vector<std::string>{"SELECT ww_may_read_case(" + literal(m_caseB) + "::uuid)",
                                  "SELECT ww_holds_case(" + literal(m_caseA) + "::uuid)",
                                  "SELECT ww_record_network_export(now() - interval '2 days', now())",
                                  "SELECT * FROM ww_network_vignettes(1, now() - interval '2 days', now())",
                                  "SELECT ww_record_case_access(" + literal(m_caseA) + "::uuid, 'viewed')",
                                  "SELECT ww_record_case_log_export(1, 'x')", "SELECT * FROM ww_case_tables()"}) {
        const SqlResult called = editor.exec(sql);
        EXPECT_TRUE(called.deniedForLackOfPrivilege()) << sql << ": " << called.message;
    }
    // The supervision views stay closed.
    EXPECT_EQ(editor.must("SELECT ww_is_supervisor()").scalar(), "f");
}

TEST_F(EditorAttack, ReadsVersionsAndOnlyTheTreesPublishedAsVersions)
{
    const PublishedTree tree = treeNamed("redactie-1");
    ASSERT_TRUE(publish(Who::Editor, tree).ok);
    PgSession &editor = as(Who::Editor);
    EXPECT_EQ(editor.must("SELECT tree_identity FROM tree_versions").scalar(), tree.identity);
    // The tree the fixture's cases were walked in is not a published version.
    EXPECT_EQ(editor.must("SELECT string_agg(identity, ',') FROM trees").scalar(), tree.identity);
    EXPECT_EQ(editor.must("SELECT count(*) FROM trees WHERE identity = " + literal(m_tree)).number(), 0);
    EXPECT_EQ(editor.must("SELECT count(*) FROM schema_migrations").number() > 0, true);
}

TEST_F(EditorAttack, EveryHelpdeskRoleReadsTheVersionsIncludingTheGateway)
{
    ASSERT_TRUE(publish(Who::Admin, treeNamed("redactie-1")).ok);
    for (Who who : {Who::AgentA, Who::AgentB, Who::Supervisor, Who::Admin, Who::Editor})
        EXPECT_EQ(as(who).must("SELECT count(*) FROM tree_versions").number(), 1) << whoName(who);
    // The gateway opens chat cases in the newest version (schema 16): it reads them, and publishes none.
    EXPECT_EQ(as(Who::Gateway).must("SELECT count(*) FROM tree_versions").number(), 1);
}

// --- What a content manager writes ------------------------------------------------------------------------

TEST_F(EditorAttack, WritesNoCase)
{
    PgSession &editor = as(Who::Editor);
    const std::string caseId = uuid();
    EXPECT_TRUE(
            editor.exec("SELECT ww_save_case($1::jsonb)", {json(newCase(caseId, m_tree))}).deniedForLackOfPrivilege());
    QJsonObject takeover = m_caseAJson;
    takeover[u"status"_qs] = u"closed"_qs;
    EXPECT_TRUE(editor.exec("SELECT ww_save_case($1::jsonb)", {json(takeover)}).deniedForLackOfPrivilege());
    for (const std::string &sql : std::vector<std::string>{
                 "SELECT ww_save_draft(" + literal(m_caseA) + "::uuid, 'x')",
                 "SELECT ww_hand_over(" + literal(m_caseA) + "::uuid, " + literal(role(Who::Editor)) + ", 'mij')",
                 "SELECT ww_add_review(" + literal(m_caseA) + "::uuid, 'x', 1, 0, NULL)",
                 "SELECT ww_store_tree('a@sha256:00', 'a', '{}')", "SELECT ww_issue_chat_ticket()",
                 "SELECT ww_apply_retention(now(), '1d', false)", "SELECT ww_create_account('nieuw', 'x', 'ww_admin')",
                 "INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, updated_at) VALUES ("
                         + literal(caseId) + ", 'phone', 'active', session_user, " + literal(m_tree)
                         + ", now(), now())",
                 "UPDATE cases SET owner = session_user", "DELETE FROM case_notes"}) {
        const SqlResult result = editor.exec(sql);
        EXPECT_FALSE(result.ok) << "the content manager could: " << sql;
    }
    EXPECT_EQ(count("SELECT count(*) FROM cases WHERE id = " + literal(caseId)), 0);
    EXPECT_EQ(scalar("SELECT owner || ' ' || status FROM cases WHERE id = " + literal(m_caseA)),
              role(Who::AgentA) + " active");
}

TEST_F(EditorAttack, PublishesOnlyInTheirOwnName)
{
    // No argument names the publisher; the session's login is recorded.
    EXPECT_FALSE(as(Who::Editor)
                         .exec("SELECT ww_publish_tree_version($1, $2, $3, $4, $5)",
                               {treeNamed("x").identity, treeNamed("x").content, directory, "n", role(Who::Admin)})
                         .ok);
    // A content manager cannot become someone else for the call.
    std::unique_ptr<PgSession> session = connect(role(Who::Editor));
    EXPECT_FALSE(session->exec("SET ROLE " + role(Who::Admin)).ok);
    EXPECT_FALSE(session->exec("SET SESSION AUTHORIZATION " + role(Who::Admin)).ok);
    EXPECT_FALSE(session->exec("SET ROLE ww_admin").ok);
    EXPECT_FALSE(session->exec("SET ROLE ww_owner").ok);
    const SqlResult published = session->exec(
            publishCall, {treeNamed("redactie-1").identity, treeNamed("redactie-1").content, directory, "eigen naam"});
    ASSERT_TRUE(published.ok) << published.message;
    EXPECT_EQ(scalar("SELECT published_by FROM tree_versions WHERE id = " + published.scalar()), role(Who::Editor));
    // Nor write the row directly with a name of their choosing.
    EXPECT_TRUE(as(Who::Editor)
                        .exec("INSERT INTO tree_versions (tree_identity, directory_sha256, directory_content, "
                              "published_by, "
                              "published_at, note) SELECT tree_identity, directory_sha256, directory_content, "
                              + literal(role(Who::Admin)) + ", now(), 'vals' FROM tree_versions")
                        .deniedForLackOfPrivilege());
    EXPECT_EQ(versions(), 1);
}

TEST_F(EditorAttack, NobodyChangesOrRemovesAPublishedVersion)
{
    const SqlResult published = publish(Who::Editor, treeNamed("redactie-1"));
    ASSERT_TRUE(published.ok) << published.message;
    const std::string before = scalar("SELECT md5(t::text) FROM tree_versions t");
    for (Who who : everyone()) {
        for (const char *sql : {"UPDATE tree_versions SET note = 'anders'", "DELETE FROM tree_versions",
                                "TRUNCATE tree_versions", "UPDATE trees SET content = '{}'", "DELETE FROM trees"}) {
            EXPECT_FALSE(as(who).exec(sql).ok) << whoName(who) << " could: " << sql;
        }
    }
    // Not even the database's owner: the rows are append-only.
    for (const char *sql :
         {"UPDATE tree_versions SET note = 'anders'", "DELETE FROM tree_versions", "TRUNCATE tree_versions CASCADE"}) {
        const SqlResult result = superuser().exec(sql);
        EXPECT_FALSE(result.ok) << sql;
        EXPECT_NE(result.message.find("append-only"), std::string::npos) << result.message;
    }
    EXPECT_EQ(scalar("SELECT md5(t::text) FROM tree_versions t"), before);
}

TEST_F(EditorAttack, AgentsSupervisorsAndTheGatewayPublishNothing)
{
    for (Who who : {Who::AgentA, Who::AgentB, Who::Supervisor, Who::Gateway}) {
        const SqlResult result = publish(who, treeNamed("redactie-1"));
        EXPECT_TRUE(result.deniedForLackOfPrivilege()) << whoName(who) << ": " << result.message;
    }
    EXPECT_EQ(versions(), 0);
    const SqlResult byAdmin = publish(Who::Admin, treeNamed("redactie-1"));
    ASSERT_TRUE(byAdmin.ok) << byAdmin.message;
    EXPECT_EQ(scalar("SELECT published_by FROM tree_versions"), role(Who::Admin));
}

TEST_F(EditorAttack, PublishesNothingTheIdentityDoesNotName)
{
    const PublishedTree good = treeNamed("redactie-1");
    const PublishedTree other = treeNamed("redactie-1", "elders");
    const std::string big(17 * 1024 * 1024, ' ');
    struct Attempt
    {
        std::string identity, content, directory, note, says;
    };
    const std::vector<Attempt> attempts{
            {good.identity, other.content, directory, "n", "does not match its content"},
            {other.identity.substr(0, other.identity.size() - 1), other.content, directory, "n", "form"},
            {"redactie-1", good.content, directory, "n", "form"},
            {"../x@sha256:" + std::string(64, 'a'), good.content, directory, "n", "form"},
            {treeNamed("ander").identity, good.content, directory, "n", "does not"},
            {good.identity, "", directory, "n", "empty"},
            {good.identity, "niet json", directory, "n", "not valid JSON"},
            {good.identity, "[1]", directory, "n", "not a JSON object"},
            {good.identity, R"({"format":1,"start":"s","version":"redactie-1"})", directory, "n", "\"nodes\""},
            {good.identity, R"({"format":"1","nodes":[],"start":"s","version":"redactie-1"})", directory, "n",
             "\"format\""},
            {good.identity, "{\"pad\":\"" + big + "\"}", directory, "n", "16 MiB"},
            {good.identity, good.content, "[]", "n", "directory is not a JSON object"},
            {good.identity, good.content, R"({"format":1})", "n", "\"parties\""},
            {good.identity, good.content, "{\"pad\":\"" + big + "\"}", "n", "16 MiB"},
            {good.identity, good.content, directory, "", "note"},
            {good.identity, good.content, directory, "   ", "note"},
            {good.identity, good.content, directory, std::string(501, 'x'), "note"},
            {good.identity, good.content, directory, "twee\nregels", "note"}};
    for (const Attempt &attempt : attempts) {
        const SqlResult result
                = as(Who::Editor)
                          .exec(publishCall, {attempt.identity, attempt.content, attempt.directory, attempt.note});
        EXPECT_FALSE(result.ok) << attempt.says;
        EXPECT_EQ(result.sqlState, "22023") << attempt.says << ": " << result.message;
        EXPECT_NE(result.message.find(attempt.says), std::string::npos) << result.message;
    }
    EXPECT_FALSE(as(Who::Editor).exec(publishCall, {std::nullopt, good.content, directory, "n"}).ok);
    EXPECT_FALSE(as(Who::Editor).exec(publishCall, {good.identity, good.content, std::nullopt, "n"}).ok);
    EXPECT_FALSE(as(Who::Editor).exec(publishCall, {good.identity, good.content, directory, std::nullopt}).ok);
    EXPECT_EQ(versions(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM trees WHERE identity LIKE 'redactie-1@%'"), 0);
    ASSERT_TRUE(publish(Who::Editor, good).ok);
    EXPECT_EQ(scalar("SELECT content FROM trees WHERE identity = " + literal(good.identity)), good.content);
}

TEST_F(EditorAttack, VersionIdsIncreaseAndTheDatabaseSaysWhen)
{
    const SqlResult first = publish(Who::Editor, treeNamed("redactie-1"));
    const SqlResult second = publish(Who::Admin, treeNamed("redactie-2"));
    ASSERT_TRUE(first.ok && second.ok);
    EXPECT_GT(second.number(), first.number());
    EXPECT_EQ(count("SELECT count(*) FROM tree_versions WHERE published_at > now() - interval '1 minute' "
                    "AND published_at <= now()"),
              2);
}

} // namespace
