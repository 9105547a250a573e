// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks through the chat gateway's account, on accounts, on retention, and through side channels.
#include "AttackFixture.h"

#include "storage/ScramVerifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace ww::attack;

namespace {

class ServiceAttack : public AttackFixture
{
protected:
    std::string verifier() { return ww::ScramVerifier::make(u"another long password"_qs).toStdString(); }

    /// One message as ww_append_chat_messages takes it; \a sentAt in ISO form, or now.
    static QJsonObject message(const std::string &chat, int seq, const QString &sender, const QJsonValue &author,
                               const QString &clientId, const QString &body, const QString &sentAt = {})
    {
        return {{u"chat_id"_qs, QString::fromStdString(chat)},
                {u"seq"_qs, seq},
                {u"sender"_qs, sender},
                {u"author"_qs, author},
                {u"client_id"_qs, clientId},
                {u"body"_qs, body},
                {u"sent_at"_qs,
                 sentAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : sentAt}};
    }
    static std::string list(const QJsonArray &messages)
    {
        return QJsonDocument(messages).toJson(QJsonDocument::Compact).toStdString();
    }
    SqlResult append(Who who, const std::string &messages)
    {
        return as(who).exec("SELECT ww_append_chat_messages($1::jsonb)", {messages});
    }
};

// --- The chat gateway ------------------------------------------------------------------------------

TEST_F(ServiceAttack, TheGatewayReadsNoCaseDataButOpenChats)
{
    PgSession &gateway = as(Who::Gateway);
    for (const std::string table : {"cases", "case_notes", "case_steps", "referrals", "case_events", "case_handovers",
                                    "case_reviews", "note_drafts", "audit_log", "chat_tickets", "case_themes"})
        EXPECT_FALSE(gateway.exec("SELECT count(*) FROM " + std::string(table)).ok) << table;
    EXPECT_EQ(gateway.must("SELECT count(*) FROM chats WHERE id = $1", {m_endedChat}).number(), 0);
    EXPECT_EQ(gateway.must("SELECT count(*) FROM chat_messages WHERE chat_id = $1", {m_endedChat}).number(), 0);
    EXPECT_EQ(gateway.must("SELECT count(*) FROM chat_messages WHERE chat_id = $1", {m_chat}).number(), 2);
}

TEST_F(ServiceAttack, TheGatewayAssignsAChatOnlyToAnAgentOrSupervisorWhoCanLogIn)
{
    PgSession &gateway = as(Who::Gateway);
    for (const std::string &agent : {std::string("nobody_at_all"), std::string("ww_agent"), std::string("ww_owner"),
                                     role(Who::Admin), role(Who::Gateway), std::string()}) {
        EXPECT_FALSE(gateway.exec("SELECT ww_assign_chat_case($1, $2, 'x')", {m_chat, agent}).ok) << agent;
    }
    EXPECT_EQ(scalar("SELECT owner FROM cases WHERE id = " + literal(m_chatCase)), role(Who::AgentA));
}

TEST_F(ServiceAttack, TheGatewayCannotReachPhoneCasesEndedChatsOrClosedCases)
{
    PgSession &gateway = as(Who::Gateway);
    // A phone case is no chat: there is no chat id that leads to it, and an id of a case is refused.
    EXPECT_FALSE(gateway.exec("SELECT ww_assign_chat_case($1, $2, NULL)", {m_caseA, role(Who::AgentB)}).ok);
    EXPECT_FALSE(gateway.exec("SELECT ww_assign_chat_case($1, $2, NULL)", {m_endedChat, role(Who::AgentB)}).ok);
    EXPECT_FALSE(gateway.exec("SELECT ww_save_chat_state($1, 'active', $2, now(), NULL, NULL)",
                              {m_endedChat, role(Who::AgentB)})
                         .ok);
    EXPECT_FALSE(
            gateway.exec("SELECT ww_append_chat_message($1, 2, 'visitor', NULL, 'v2', 'x', now())", {m_endedChat}).ok);
    // Opening a "chat" on an existing case would take it over.
    EXPECT_FALSE(gateway.exec("SELECT ww_open_chat($1, $2, $3, 'nl', NULL, NULL, $4, now())",
                              {uuid(), m_caseA, std::string(64, 'd'), m_tree})
                         .ok);
    EXPECT_EQ(scalar("SELECT owner || '/' || channel FROM cases WHERE id = " + literal(m_caseA)),
              role(Who::AgentA) + "/phone");
}

TEST_F(ServiceAttack, TheGatewayWritesTranscriptsInOrderAndInNoAgentsName)
{
    PgSession &gateway = as(Who::Gateway);
    EXPECT_FALSE(
            gateway.exec("SELECT ww_append_chat_message($1, 5, 'visitor', NULL, 'v5', 'gap', now())", {m_chat}).ok);
    EXPECT_FALSE(
            gateway.exec("SELECT ww_append_chat_message($1, 2, 'visitor', NULL, 'v2', 'overwrite', now())", {m_chat})
                    .ok);
    EXPECT_FALSE(
            gateway.exec("SELECT ww_append_chat_message($1, 3, 'agent', 'ww_owner', 'a3', 'x', now())", {m_chat}).ok);
    EXPECT_FALSE(gateway.exec("SELECT ww_append_chat_message($1, 3, 'visitor', $2, 'v3', 'x', now())",
                              {m_chat, role(Who::AgentA)})
                         .ok);
    EXPECT_FALSE(gateway.exec("UPDATE chat_messages SET body = 'x'").ok);
    EXPECT_FALSE(gateway.exec("INSERT INTO chat_messages (chat_id, case_id, seq, sender, client_id, body, sent_at) "
                              "VALUES ("
                              + literal(m_chat) + ", " + literal(m_caseA) + ", 3, 'visitor', 'x', 'x', now())")
                         .ok);
    EXPECT_EQ(count("SELECT count(*) FROM chat_messages WHERE chat_id = " + literal(m_chat)), 2);
}

TEST_F(ServiceAttack, MessagesInOneListKeepEveryCheckOfASingleMessageAndGoInWholeOrNotAtAll)
{
    // m_chat holds seq 1 (the visitor) and 2 (agent A).
    const QString agentA = QString::fromStdString(role(Who::AgentA));
    const QJsonObject next = message(m_chat, 3, u"visitor"_qs, QJsonValue::Null, u"v3"_qs, u"Nog iets"_qs);
    const std::string future = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toStdString();
    const std::map<std::string, std::string> refused{
            {"a gap", list({message(m_chat, 4, u"visitor"_qs, QJsonValue::Null, u"v4"_qs, u"x"_qs)})},
            {"an overwrite", list({message(m_chat, 2, u"visitor"_qs, QJsonValue::Null, u"v2x"_qs, u"x"_qs)})},
            {"an ended chat", list({message(m_endedChat, 2, u"visitor"_qs, QJsonValue::Null, u"v2"_qs, u"x"_qs)})},
            {"a chat that does not exist",
             list({message(uuid(), 1, u"visitor"_qs, QJsonValue::Null, u"v1"_qs, u"x"_qs)})},
            {"an agent who is no agent", list({message(m_chat, 3, u"agent"_qs, u"ww_owner"_qs, u"a3"_qs, u"x"_qs)})},
            {"a visitor with an author", list({message(m_chat, 3, u"visitor"_qs, agentA, u"v3"_qs, u"x"_qs)})},
            {"a sender of another kind", list({message(m_chat, 3, u"system"_qs, QJsonValue::Null, u"s3"_qs, u"x"_qs)})},
            {"a client id with a space",
             list({message(m_chat, 3, u"visitor"_qs, QJsonValue::Null, u"v 3"_qs, u"x"_qs)})},
            {"a text over 16,384 characters",
             list({message(m_chat, 3, u"visitor"_qs, QJsonValue::Null, u"v3"_qs, QString(16385, u'x'))})},
            {"a time an hour ahead",
             list({message(m_chat, 3, u"visitor"_qs, QJsonValue::Null, u"v3"_qs, u"x"_qs,
                           QString::fromStdString(future))})},
            {"a good message before a bad one",
             list({next, message(m_chat, 5, u"visitor"_qs, QJsonValue::Null, u"v5"_qs, u"x"_qs)})},
            {"no list", "{}"},
            {"a number in the list", "[1]"},
            {"1,001 messages", list(QJsonArray::fromVariantList(QVariantList(1001, next.toVariantMap())))},
    };
    for (const auto &[what, messages] : refused) {
        const SqlResult result = append(Who::Gateway, messages);
        EXPECT_FALSE(result.ok) << what;
        EXPECT_FALSE(result.message.empty()) << what;
    }
    for (Who who : everyone()) {
        if (who != Who::Gateway) {
            EXPECT_TRUE(append(who, list({next})).deniedForLackOfPrivilege()) << whoName(who);
        }
    }
    EXPECT_EQ(count("SELECT count(*) FROM chat_messages WHERE chat_id = " + literal(m_chat)), 2);

    // Two messages of one chat in one list continue its transcript in the order given.
    ASSERT_TRUE(
            append(Who::Gateway, list({next, message(m_chat, 4, u"agent"_qs, agentA, u"a2"_qs, u"Wie doet dat?"_qs)}))
                    .ok);
    EXPECT_EQ(scalar("SELECT string_agg(seq || ':' || client_id || ':' || coalesce(author, '-'), ' ' ORDER BY seq) "
                     "FROM chat_messages WHERE chat_id = "
                     + literal(m_chat)),
              "1:v1:- 2:a1:" + role(Who::AgentA) + " 3:v3:- 4:a2:" + role(Who::AgentA));
}

TEST_F(ServiceAttack, StoringAMessageLooksUpItsChatByKeyHoweverManyChatsAreKept)
{
    // The gateway stores each message in a statement of its own when chats are quiet. Joined to the
    // chats, a plan made for a list of any length read a table of a few thousand chats whole, twice
    // per message (migration 19).
    superuser().must("SELECT ww_open_chat(gen_random_uuid(), gen_random_uuid(), md5(i::text) || md5((-i)::text), "
                     "'nl', NULL, NULL, $1, now()) FROM generate_series(1, 3000) AS i",
                     {m_tree});
    superuser().must("ANALYZE chats");
    PgSession &gateway = as(Who::Gateway);
    gateway.must("BEGIN");
    // More than five times: PL/pgSQL then runs the statements with a plan made for any list.
    for (int seq = 3; seq < 13; ++seq) {
        gateway.must("SELECT ww_append_chat_messages($1::jsonb)",
                     {list({message(m_chat, seq, u"visitor"_qs, QJsonValue::Null, u"v%1"_qs.arg(seq), u"x"_qs)})});
    }
    const SqlResult scans
            = gateway.must("SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'chats'");
    gateway.must("COMMIT");
    ASSERT_EQ(scans.rows.size(), 1U);
    EXPECT_EQ(scans.rows.at(0).at(0).value_or("?"), "0") << "chats read whole while storing 10 messages";
    EXPECT_GE(std::stoll(scans.rows.at(0).at(1).value_or("0")), 10) << "each message's chat found through its key";
    EXPECT_EQ(count("SELECT count(*) FROM chat_messages WHERE chat_id = " + literal(m_chat)), 12);
}

TEST_F(ServiceAttack, ATranscriptLineBelongsToItsChatsCaseWhoeverWritesIt)
{
    // Row-level security shows a line to the readers of its case_id: a line filed under another case than its
    // chat's would show one child's words in another child's case. The gateway's function files each line under
    // its chat's case, and not even a superuser can store one elsewhere (migration 20: the key to the chat takes
    // the case along).
    ASSERT_TRUE(
            append(Who::Gateway, list({message(m_chat, 3, u"visitor"_qs, QJsonValue::Null, u"v3"_qs, u"x"_qs)})).ok);
    EXPECT_EQ(count("SELECT count(*) FROM chat_messages WHERE chat_id = " + literal(m_chat)
                    + " AND case_id = " + literal(m_chatCase)),
              3);
    const std::string insert = "INSERT INTO chat_messages (chat_id, case_id, seq, sender, client_id, body, sent_at) "
                               "VALUES ($1, $2, $3, 'visitor', $4, 'x', now())";
    const SqlResult stray = superuser().exec(insert, {m_chat, m_caseA, "90", "stray"});
    EXPECT_FALSE(stray.ok) << "a line of chat " << m_chat << " stored under phone case " << m_caseA;
    EXPECT_EQ(stray.sqlState, "23503") << stray.message;
    EXPECT_FALSE(superuser().exec(insert, {m_chat, uuid(), "91", "nowhere"}).ok) << "a case that does not exist";
    EXPECT_FALSE(superuser().exec(insert, {uuid(), m_chatCase, "92", "nochat"}).ok) << "a chat that does not exist";
    EXPECT_TRUE(superuser().exec(insert, {m_chat, m_chatCase, "93", "own"}).ok) << "under its own chat's case";
}

TEST_F(ServiceAttack, ChangesToChatsInOneListKeepEveryCheckAndAreTheGatewaysAlone)
{
    const auto list
            = [](const std::string &changes) { return "SELECT ww_apply_chat_changes(" + literal(changes) + ")"; };
    const std::string assignToAdmin
            = "[{\"kind\":\"assign\",\"chat_id\":\"" + m_chat + "\",\"agent\":\"" + role(Who::Admin) + "\"}]";
    // Nobody but the gateway changes chats this way.
    for (const Who who : {Who::AgentA, Who::Supervisor, Who::Admin})
        EXPECT_FALSE(as(who).exec(list("[]")).ok) << role(who);
    PgSession &gateway = as(Who::Gateway);
    // Each change is checked as the function that makes it alone checks it.
    EXPECT_FALSE(gateway.exec(list(assignToAdmin)).ok);
    EXPECT_FALSE(gateway.exec(list("[{\"kind\":\"assign\",\"chat_id\":\"" + m_caseA + "\",\"agent\":\""
                                   + role(Who::AgentB) + "\"}]"))
                         .ok);
    EXPECT_FALSE(gateway.exec(list("[{\"kind\":\"state\",\"chat_id\":\"" + m_endedChat
                                   + "\",\"state\":\"active\",\"queued_at\":\"2026-01-01T00:00:00Z\"}]"))
                         .ok);
    EXPECT_FALSE(gateway.exec(list("[{\"kind\":\"open\",\"chat_id\":\"" + uuid() + "\",\"case_id\":\"" + m_caseA
                                   + "\",\"resume_hash\":\"" + std::string(64, 'd')
                                   + "\",\"lang\":\"nl\",\"tree_identity\":\"" + m_tree
                                   + "\",\"at\":\"2026-01-01T00:00:00Z\"}]"))
                         .ok);
    // What is not a list of known changes, or too long a list, is refused as a whole.
    for (const std::string changes : {"{}", "[1]", "[{\"kind\":\"drop\"}]", "[{\"kind\":\"assign\"}]"})
        EXPECT_FALSE(gateway.exec(list(changes)).ok) << changes;
    std::string many = "[";
    for (int i = 0; i < 501; ++i)
        many += std::string(i ? "," : "") + "{\"kind\":\"nothing\"}";
    EXPECT_FALSE(gateway.exec(list(many + "]")).ok);
    // A good change before a refused one is not kept either.
    const std::string good
            = "{\"kind\":\"assign\",\"chat_id\":\"" + m_chat + "\",\"agent\":\"" + role(Who::AgentB) + "\"}";
    EXPECT_FALSE(gateway.exec(list("[" + good + "," + assignToAdmin.substr(1))).ok);
    EXPECT_EQ(scalar("SELECT owner FROM cases WHERE id = " + literal(m_chatCase)), role(Who::AgentA));
    // And the gateway's own good change goes through.
    EXPECT_TRUE(gateway.exec(list("[" + good + "]")).ok);
    EXPECT_EQ(scalar("SELECT owner FROM cases WHERE id = " + literal(m_chatCase)), role(Who::AgentB));
}

TEST_F(ServiceAttack, ChatTicketsAreForTheirOwnRoleOnceAndForNobodyElse)
{
    const std::string ticket = as(Who::AgentA).must("SELECT ww_issue_chat_ticket()").scalar();
    EXPECT_FALSE(as(Who::AgentB).exec("SELECT ww_redeem_chat_ticket($1)", {ticket}).ok);
    EXPECT_FALSE(as(Who::Gateway).exec("SELECT ww_issue_chat_ticket()").ok);
    EXPECT_FALSE(as(Who::Gateway)
                         .exec("INSERT INTO chat_tickets (hash, role, expires_at) VALUES ('x', "
                               + literal(role(Who::Supervisor)) + ", now() + interval '1 hour')")
                         .ok);
    EXPECT_EQ(as(Who::Gateway).must("SELECT ww_redeem_chat_ticket($1)", {ticket}).scalar(), role(Who::AgentA));
    EXPECT_EQ(as(Who::Gateway).must("SELECT ww_redeem_chat_ticket($1)", {ticket}).scalar(), "");
    // A ticket of an account disabled since it was issued logs nobody in.
    const std::string late = as(Who::AgentB).must("SELECT ww_issue_chat_ticket()").scalar();
    as(Who::Admin).must("SELECT ww_disable_account($1)", {role(Who::AgentB)});
    EXPECT_EQ(as(Who::Gateway).must("SELECT ww_redeem_chat_ticket($1)", {late}).scalar(), "");
}

// --- Accounts --------------------------------------------------------------------------------------

TEST_F(ServiceAttack, OnlyAdministratorsMakeAccountsAndNeverWithPowers)
{
    EXPECT_FALSE(as(Who::AgentA).exec("SELECT ww_create_account('sneaky', $1, 'ww_supervisor')", {verifier()}).ok);
    EXPECT_FALSE(as(Who::Supervisor).exec("SELECT ww_create_account('sneaky', $1, 'ww_admin')", {verifier()}).ok);
    PgSession &admin = as(Who::Admin);
    for (const std::string group : {"ww_owner", "ww_accounts", "ww_retention", "pg_execute_server_program",
                                    "pg_read_server_files", "pg_write_server_files", "pg_signal_backend", "postgres"})
        EXPECT_FALSE(admin.exec("SELECT ww_create_account('sneaky', $1, $2)", {verifier(), group}).ok) << group;
    EXPECT_EQ(count("SELECT count(*) FROM pg_roles WHERE rolname = 'sneaky'"), 0);
}

TEST_F(ServiceAttack, AccountNamesAndPasswordsCannotSmuggleInSql)
{
    PgSession &admin = as(Who::Admin);
    for (const std::string name :
         {"x\" SUPERUSER --", "evil; ALTER ROLE x SUPERUSER", "ww_shadow", "pg_mine", "A", "Robert"})
        EXPECT_FALSE(admin.exec("SELECT ww_create_account($1, $2, 'ww_agent')", {name, verifier()}).ok) << name;
    for (const std::string password :
         {"plain text password", "SCRAM-SHA-256$4096:abc' SUPERUSER --", "md5d41d8cd98f00b204e9800998ecf8427e",
          "SCRAM-SHA-256$1:AAAAAAAAAAAAAAAAAAAAAA==$a:b"})
        EXPECT_FALSE(admin.exec("SELECT ww_create_account('smuggle', $1, 'ww_agent')", {password}).ok) << password;
    EXPECT_EQ(count("SELECT count(*) FROM pg_roles WHERE rolname IN ('smuggle', 'robert', 'a')"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM pg_roles WHERE rolsuper AND rolname LIKE 'atk_%'"), 0);
}

TEST_F(ServiceAttack, AnAdministratorsAccountIsALoginInExactlyOneGroupWithoutPowers)
{
    const std::string name = "atk_new_" + m_caseA.substr(0, 8);
    as(Who::Admin).must("SELECT ww_create_account($1, $2, 'ww_agent')", {name, verifier()});
    EXPECT_EQ(scalar("SELECT concat_ws(',', rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, "
                     "rolreplication) FROM pg_roles WHERE rolname = "
                     + literal(name)),
              "t,f,f,f,f,f");
    EXPECT_EQ(scalar("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                     "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = "
                     + literal(name)),
              "ww_agent");
    EXPECT_EQ(scalar("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = " + literal(name)), "SCRAM-SHA-256$");
    superuser().must("DROP ROLE " + name);
}

TEST_F(ServiceAttack, AdministratorsDisableAccountsButNotThemselvesSuperusersOrOtherRoles)
{
    PgSession &admin = as(Who::Admin);
    const std::string me = scalar("SELECT current_user");
    for (const std::string &target :
         {role(Who::Admin), me, std::string("ww_agent"), std::string("ww_owner"), std::string("nobody_here")})
        EXPECT_FALSE(admin.exec("SELECT ww_disable_account($1)", {target}).ok) << target;
    EXPECT_FALSE(as(Who::AgentA).exec("SELECT ww_disable_account($1)", {role(Who::AgentB)}).ok);
    admin.must("SELECT ww_disable_account($1)", {role(Who::AgentB)});
    EXPECT_EQ(scalar("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = " + literal(role(Who::AgentB))), "false");
    EXPECT_EQ(scalar("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = " + literal(me)), "true");
}

TEST_F(ServiceAttack, NoLoginRoleOfTheHelpdeskHoldsCreateRoleOrBypassesRowSecurity)
{
    EXPECT_EQ(count("SELECT count(*) FROM pg_roles WHERE rolcanlogin AND NOT rolsuper AND (rolcreaterole OR "
                    "rolbypassrls)"),
              0);
    EXPECT_EQ(scalar("SELECT rolcreaterole::text || rolcanlogin::text FROM pg_roles WHERE rolname = 'ww_accounts'"),
              "truefalse");
    EXPECT_EQ(count("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "WHERE g.rolname IN ('ww_accounts', 'ww_retention')"),
              0);
}

// --- Retention ---------------------------------------------------------------------------------------

TEST_F(ServiceAttack, OnlyAdministratorsApplyRetentionAndOnlyIntoThePast)
{
    for (Who who : {Who::AgentA, Who::Supervisor, Who::Gateway})
        EXPECT_FALSE(as(who).exec("SELECT ww_apply_retention(now(), '1d', false)").ok) << whoName(who);
    EXPECT_FALSE(as(Who::Admin).exec("SELECT ww_apply_retention(now() + interval '10 years', '1d', false)").ok);
    EXPECT_EQ(as(Who::Admin).must("SELECT ww_apply_retention(now() - interval '1 year', '1y', true)").number(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM cases WHERE anonymised_at IS NOT NULL"), 0);
}

TEST_F(ServiceAttack, RetentionErasesEveryFreeTextColumnOfAnExpiredCaseAndRecordsItself)
{
    EXPECT_EQ(as(Who::Admin).must("SELECT ww_apply_retention(now() - interval '1 year', '1y', false)").number(), 1);
    // Every text column of every table that hangs off a case, found from the catalog as retention
    // itself finds them: a column added later is checked here without editing this test.
    const SqlResult columns
            = superuser().must("SELECT t.table_name, t.case_column, c.column_name FROM ww_case_tables() t, "
                               "LATERAL ww_free_text_columns(t.table_name) c");
    ASSERT_GE(columns.rows.size(), 10u);
    for (const auto &row : columns.rows) {
        const std::string table = *row.at(0), key = *row.at(1), column = *row.at(2);
        EXPECT_EQ(count("SELECT count(*) FROM " + table + " WHERE " + key + " = " + literal(m_closedCase) + " AND "
                        + column + " IS NOT NULL AND " + column + "::text NOT IN ('', 'null')"),
                  0)
                << table << "." << column << " keeps free text after retention";
    }
    // And the words themselves are gone from every table, whatever their column is called.
    for (const std::string word : {"Eva", "Regenboog", "0612345678", "Anna"}) {
        const SqlResult tables
                = superuser().must("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                   "AND relkind = 'r' AND relname <> 'audit_log'");
        for (const auto &table : tables.rows)
            EXPECT_EQ(count("SELECT count(*) FROM " + *table.at(0) + " t WHERE t::text LIKE '%" + word + "%'"), 0)
                    << word << " survives in " << *table.at(0);
    }
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'retention-applied' AND actor = "
                    + literal(role(Who::Admin))),
              1);
    // What was not expired keeps its text.
    EXPECT_EQ(count("SELECT count(*) FROM case_notes WHERE case_id = " + literal(m_caseA) + " AND body <> ''"), 2);
    // And an erased case cannot be filled in again.
    QJsonObject refill = newCase(m_closedCase, m_tree);
    refill[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = " + literal(m_closedCase));
    refill[u"white_spot_reason"_qs] = u"weer terug"_qs;
    EXPECT_FALSE(saveCase(Who::AgentB, refill).ok);
}

// --- Side channels ------------------------------------------------------------------------------------

TEST_F(ServiceAttack, PlannerEstimatesTellNothingAboutOthersNotesOrCases)
{
    // Enough rows for the planner to keep most-common values, were it allowed to.
    for (int i = 0; i < 30; ++i) {
        QJsonObject more = newCase(uuid(), m_tree);
        more[u"notes"_qs] = QJsonArray{
                QJsonObject{{u"id"_qs, QString::fromStdString(uuid())}, {u"body"_qs, u"Vader Jansen belde weer"_qs}}};
        ASSERT_TRUE(saveCase(Who::AgentB, more).ok);
    }
    superuser().must("ANALYZE");
    PgSession &a = as(Who::AgentA);
    auto estimate = [&](const std::string &query) {
        const std::string plan = a.must("EXPLAIN " + query).scalar();
        const size_t rows = plan.find("rows=");
        return plan.substr(rows, plan.find(' ', rows) - rows);
    };
    EXPECT_EQ(estimate("SELECT * FROM case_notes WHERE body = 'Vader Jansen belde weer'"),
              estimate("SELECT * FROM case_notes WHERE body = 'Niemand schreef dit ooit'"));
    EXPECT_EQ(estimate("SELECT * FROM cases WHERE owner = " + literal(role(Who::AgentB))),
              estimate("SELECT * FROM cases WHERE owner = 'iemand_anders'"));
    EXPECT_EQ(a.must("SELECT count(*) FROM pg_stats WHERE schemaname = 'public'").number(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM pg_stats WHERE schemaname = 'public' AND attname IN ('body', 'owner', "
                    "'note', 'comment', 'reason', 'author')"),
              0);
}

TEST_F(ServiceAttack, ErrorsDoNotTellWhetherACaseOneCannotReadExists)
{
    PgSession &a = as(Who::AgentA);
    const std::string missing = uuid();
    auto message = [&](const std::string &sql, const std::string &id) {
        std::string text = a.exec(sql, {id}).message;
        for (size_t at = text.find(id); at != std::string::npos; at = text.find(id))
            text.replace(at, id.size(), "ID");
        return text;
    };
    for (const std::string sql : {"SELECT ww_touch_presence($1)", "SELECT ww_record_case_access($1, 'opened')",
                                  "SELECT ww_save_draft($1, 'x')", "SELECT ww_hand_over($1, 'x', 'x')"}) {
        const std::string existing = message(sql, m_caseB);
        EXPECT_FALSE(existing.empty()) << sql;
        EXPECT_EQ(existing, message(sql, missing)) << sql;
    }
    QJsonObject other = newCase(m_caseB, m_tree);
    other[u"row_version"_qs] = 1;
    QJsonObject nothing = newCase(missing, m_tree);
    nothing[u"row_version"_qs] = 1;
    std::string existing = saveCase(Who::AgentA, other).message;
    std::string absent = saveCase(Who::AgentA, nothing).message;
    existing.replace(existing.find(m_caseB), m_caseB.size(), "ID");
    absent.replace(absent.find(missing), missing.size(), "ID");
    EXPECT_EQ(existing, absent);
}

} // namespace
