// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks that the catalog drives: every table, sequence and function of the schema, as each role.
// A table or definer function added later is attacked here without anyone editing this file.
#include "AttackFixture.h"

#include <QJsonObject>

#include <set>

using namespace ww::attack;

namespace {

class CatalogAttack : public AttackFixture, public ::testing::WithParamInterface<Who>
{
protected:
    std::vector<std::string> names(const std::string &sql)
    {
        std::vector<std::string> result;
        for (const auto &row : superuser().must(sql).rows)
            result.push_back(row.at(0).value_or(""));
        return result;
    }
    std::vector<std::string> tables()
    {
        return names("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' "
                     "ORDER BY relname");
    }
    /// Every table's whole content, as the superuser sees it, to show that nothing changed.
    std::map<std::string, std::string> fingerprints()
    {
        std::map<std::string, std::string> prints;
        for (const std::string &table : tables())
            prints[table] = scalar("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM public."
                                   + table + " t");
        return prints;
    }
    /// A call of \a function with arguments aimed at agent B's case and people: what an attacker
    /// would try. NULL for types it does not know.
    std::string callOf(const std::string &function, const std::string &arguments)
    {
        std::string call = "SELECT public." + function + "(";
        size_t start = 0;
        int index = 0;
        while (!arguments.empty() && start <= arguments.size()) {
            const size_t comma = arguments.find(", ", start);
            const std::string argument
                    = arguments.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            const std::string type = argument.substr(argument.rfind(' ') + 1);
            std::string value = "NULL";
            if (type == "uuid")
                value = literal(index % 2 ? m_chat : m_caseB) + "::uuid";
            else if (type == "text")
                value = literal(role(Who::AgentB));
            else if (type == "jsonb")
                value = literal(json(newCase(m_caseB, m_tree))) + "::jsonb";
            else if (type == "integer" || type == "bigint")
                value = "1";
            else if (type == "boolean")
                value = "false";
            else if (type == "timestamp" || type == "with" || type == "zone")
                value = "now()";
            else if (type == "text[]")
                value = "ARRAY['ww_supervisor']";
            else if (type == "regclass")
                value = "'public.cases'::regclass";
            else if (type == "name")
                value = "'cases'::name";
            call += (index ? ", " : "") + value;
            ++index;
            if (comma == std::string::npos)
                break;
            start = comma + 2;
        }
        return call + ")";
    }
    /// Every function of the schema the attacker may execute, called with hostile arguments.
    void callEveryExecutableFunction(PgSession &attacker, const std::string &shadowMarker)
    {
        const SqlResult functions
                = attacker.must("SELECT p.proname, pg_get_function_identity_arguments(p.oid) FROM pg_proc p "
                                "WHERE p.pronamespace = 'public'::regnamespace AND p.prorettype <> 'trigger'::regtype "
                                "AND has_function_privilege(p.oid, 'EXECUTE') ORDER BY 1");
        for (const auto &row : functions.rows) {
            const std::string call = callOf(*row.at(0), row.at(1).value_or(""));
            const SqlResult result = attacker.exec(call);
            EXPECT_EQ(result.message.find(shadowMarker), std::string::npos)
                    << call << " read the attacker's temporary object: " << result.message;
            EXPECT_EQ(result.message.find("permission denied for view"), std::string::npos)
                    << call << " reached for the attacker's temporary view: " << result.message;
        }
    }
    void grantTemporary(const std::string &roleName)
    {
        // A database someone misconfigured: the attacker may make temporary objects after all.
        superuser().must("GRANT TEMPORARY ON DATABASE " + databaseName() + " TO " + roleName);
    }
};

TEST_P(CatalogAttack, WritesNoTableDirectly)
{
    PgSession &attacker = as(GetParam());
    const auto before = fingerprints();
    for (const std::string &table : tables()) {
        const std::string column = scalar("SELECT attname FROM pg_attribute WHERE attrelid = 'public." + table
                                          + "'::regclass AND attnum = 1");
        for (const std::string &statement :
             {"INSERT INTO public." + table + " DEFAULT VALUES",
              "UPDATE public." + table + " SET " + column + " = " + column, "DELETE FROM public." + table,
              "TRUNCATE public." + table + " CASCADE", "COPY public." + table + " FROM STDIN",
              "BEGIN; LOCK TABLE public." + table + " IN ACCESS EXCLUSIVE MODE"}) {
            const SqlResult result = attacker.exec(statement);
            attacker.exec("ROLLBACK");
            EXPECT_FALSE(result.ok) << whoName(GetParam()) << " could: " << statement;
            EXPECT_TRUE(result.deniedForLackOfPrivilege())
                    << statement << ": " << result.sqlState << " " << result.message;
        }
    }
    EXPECT_EQ(fingerprints(), before);
}

TEST_P(CatalogAttack, CreatesNothingInTheDatabase)
{
    PgSession &attacker = as(GetParam());
    for (const char *statement :
         {"CREATE TEMP TABLE cases (id uuid)", "CREATE TEMP VIEW audit_log AS SELECT 1 AS id",
          "CREATE TABLE public.cases_copy (id uuid)", "CREATE SCHEMA mine",
          "CREATE FUNCTION public.ww_is_supervisor(x int) RETURNS boolean LANGUAGE sql AS 'SELECT true'",
          "CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
          "CREATE VIEW public.everything AS SELECT * FROM public.cases"}) {
        const SqlResult result = attacker.exec(statement);
        EXPECT_FALSE(result.ok) << whoName(GetParam()) << " could: " << statement;
    }
    EXPECT_EQ(count("SELECT count(*) FROM pg_namespace WHERE nspname = 'mine'"), 0);
}

TEST_P(CatalogAttack, UsesNoSequence)
{
    PgSession &attacker = as(GetParam());
    for (const std::string &sequence :
         names("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S'")) {
        const std::string before = scalar("SELECT last_value FROM public." + sequence);
        // nextval would tell how many reviews or hand-overs exist; setval would break the log.
        for (const std::string &statement :
             {"SELECT nextval('public." + sequence + "')", "SELECT setval('public." + sequence + "', 1)",
              "SELECT last_value FROM public." + sequence}) {
            EXPECT_FALSE(attacker.exec(statement).ok) << whoName(GetParam()) << " could: " << statement;
        }
        EXPECT_EQ(scalar("SELECT last_value FROM public." + sequence), before);
    }
}

TEST_P(CatalogAttack, BecomesNoOtherRoleAndGainsNoPower)
{
    PgSession &attacker = as(GetParam());
    const std::string me = role(GetParam());
    std::vector<std::string> statements{"SET ROLE ww_owner",
                                        "SET ROLE ww_accounts",
                                        "SET ROLE ww_retention",
                                        "GRANT ww_supervisor TO " + me,
                                        "GRANT ww_admin TO " + me,
                                        "GRANT pg_execute_server_program TO " + me,
                                        "ALTER ROLE " + me + " SUPERUSER",
                                        "ALTER ROLE " + me + " CREATEROLE",
                                        "ALTER ROLE " + me + " BYPASSRLS",
                                        "CREATE ROLE sidekick LOGIN",
                                        "SET SESSION AUTHORIZATION " + role(Who::AgentB),
                                        "ALTER TABLE public.cases DISABLE ROW LEVEL SECURITY",
                                        "ALTER TABLE public.cases NO FORCE ROW LEVEL SECURITY",
                                        "DROP POLICY agents_read ON public.cases",
                                        "ALTER FUNCTION public.ww_save_case(jsonb) RESET search_path",
                                        "COPY (SELECT 1) TO PROGRAM 'id'"};
    if (GetParam() != Who::Supervisor)
        statements.push_back("SET ROLE " + role(Who::Supervisor));
    for (const std::string &statement : statements)
        EXPECT_FALSE(attacker.exec(statement).ok) << whoName(GetParam()) << " could: " << statement;
    EXPECT_EQ(scalar("SELECT rolsuper::text || rolcreaterole::text || rolbypassrls::text FROM pg_roles WHERE rolname = "
                     + literal(me)),
              "falsefalsefalse");
    EXPECT_EQ(count("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = "
                    + literal(me)),
              1);
    EXPECT_EQ(scalar("SELECT relrowsecurity::text || relforcerowsecurity::text FROM pg_class "
                     "WHERE oid = 'public.cases'::regclass"),
              "truetrue");
}

// The critical one: a temporary view named like a real table. Even if the database let the attacker
// make one (TEMPORARY granted by mistake), no definer function and no policy may read it.
TEST_P(CatalogAttack, ShadowsNoTableWithATemporaryView)
{
    const std::string me = role(GetParam());
    grantTemporary(me);
    PgSession &attacker = as(GetParam());
    attacker.must("CREATE FUNCTION pg_temp.shadow_hit(what text) RETURNS boolean LANGUAGE plpgsql AS "
                  "$$ BEGIN RAISE EXCEPTION 'SHADOW HIT %', what; END $$");
    for (const std::string &table : tables()) {
        attacker.must("CREATE TEMP VIEW " + table + " AS SELECT * FROM public." + table + " WHERE pg_temp.shadow_hit("
                      + literal(table) + ") WITH CHECK OPTION");
        // So that the schema's owner, running a definer function, may read what it is tricked into reading.
        attacker.must("GRANT ALL ON pg_temp." + table + " TO PUBLIC");
    }
    callEveryExecutableFunction(attacker, "SHADOW HIT");
    for (const std::string &table : tables()) {
        const SqlResult read = attacker.exec("SELECT count(*) FROM public." + table);
        EXPECT_EQ(read.message.find("SHADOW HIT"), std::string::npos)
                << "a policy on " << table << ": " << read.message;
    }
}

// A temporary table in place of a real one, with a trigger that would make the attacker superuser
// if a definer function (running as the schema's owner) wrote to it, and with forged rows that would
// hand the attacker every case if a policy read it.
TEST_P(CatalogAttack, EscalatesNothingThroughATemporaryTableWithTriggers)
{
    const std::string me = role(GetParam());
    grantTemporary(me);
    PgSession &attacker = as(GetParam());
    attacker.must("CREATE FUNCTION pg_temp.escalate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "EXECUTE 'ALTER ROLE "
                  + me
                  + " SUPERUSER'; "
                    "EXECUTE 'GRANT ww_supervisor TO "
                  + me + "'; RETURN NULL; END $$");
    for (const std::string &table : tables()) {
        const std::string columns = scalar("SELECT string_agg(quote_ident(attname) || ' ' || format_type(atttypid, "
                                           "atttypmod), ', ' ORDER BY attnum) "
                                           "FROM pg_attribute WHERE attrelid = 'public."
                                           + table + "'::regclass AND attnum > 0 AND NOT attisdropped");
        attacker.must("CREATE TEMP TABLE " + table + " (" + columns + ")");
        attacker.must("CREATE TRIGGER escalate BEFORE INSERT OR UPDATE OR DELETE ON pg_temp." + table
                      + " FOR EACH ROW EXECUTE FUNCTION pg_temp.escalate()");
        attacker.must("GRANT ALL ON pg_temp." + table + " TO PUBLIC");
    }
    // Agent B's case, forged as the attacker's own, and a hand-over of it to the attacker.
    attacker.exec("ALTER TABLE pg_temp.cases DISABLE TRIGGER escalate");
    attacker.exec("INSERT INTO pg_temp.cases (id, channel, status, owner, tree_identity, opened_at, updated_at) "
                  "VALUES ("
                  + literal(m_caseB) + ", 'phone', 'active', session_user, 'x', now(), now())");
    attacker.exec("ALTER TABLE pg_temp.case_handovers DISABLE TRIGGER escalate");
    attacker.exec("INSERT INTO pg_temp.case_handovers (case_id, from_role, to_role, note, handed_at) VALUES ("
                  + literal(m_caseB) + ", 'x', session_user, 'x', now())");
    callEveryExecutableFunction(attacker, "SHADOW HIT");

    EXPECT_EQ(scalar("SELECT rolsuper::text FROM pg_roles WHERE rolname = " + literal(me)), "false");
    EXPECT_EQ(count("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = "
                    + literal(me)),
              1);
    EXPECT_EQ(scalar("SELECT owner FROM public.cases WHERE id = " + literal(m_caseB)), role(Who::AgentB));
    if (GetParam() != Who::Supervisor && GetParam() != Who::AgentB) {
        const SqlResult notes
                = attacker.exec("SELECT count(*) FROM public.case_notes WHERE case_id = " + literal(m_caseB));
        EXPECT_TRUE(!notes.ok || notes.number() == 0) << whoName(GetParam()) << " read agent B's notes";
    }
}

// The temporary view of the original report: "cases" in which whoever asks owns agent B's case (the
// attacker has learnt its id), so that a policy asking "does this person hold the case?" says yes.
TEST_P(CatalogAttack, ReadsNoCaseThroughAForgedOwnerView)
{
    const std::string me = role(GetParam());
    grantTemporary(me);
    PgSession &attacker = as(GetParam());
    attacker.must("CREATE TEMP VIEW cases AS SELECT " + literal(m_caseB)
                  + "::uuid AS id, 'phone'::text AS channel, "
                    "'active'::text AS status, session_user::text AS owner, 'x'::text AS tree_identity");
    attacker.must("CREATE TEMP VIEW case_handovers AS SELECT 1::bigint AS id, " + literal(m_caseB)
                  + "::uuid AS case_id, session_user::text AS from_role, session_user::text AS to_role, "
                    "'x'::text AS note, now() AS handed_at");
    attacker.must("GRANT ALL ON pg_temp.cases, pg_temp.case_handovers TO PUBLIC");
    const bool readsAll = GetParam() == Who::Supervisor;
    for (const std::string table : {"cases", "case_notes", "case_steps", "referrals", "case_events", "note_drafts"}) {
        const std::string key = table == "cases" ? "id" : "case_id";
        const SqlResult visible
                = attacker.exec("SELECT count(*) FROM public." + table + " WHERE " + key + " = " + literal(m_caseB));
        if (!readsAll) {
            EXPECT_TRUE(!visible.ok || visible.number() == 0) << whoName(GetParam()) << " read " << table << " of B";
        }
    }
    // Writing through the same trick: saving agent B's case as one's own.
    QJsonObject takeover = newCase(m_caseB, m_tree);
    takeover[u"row_version"_qs] = 1;
    takeover[u"status"_qs] = u"wrap-up"_qs;
    attacker.exec("SELECT ww_save_case($1::jsonb)", {json(takeover)});
    attacker.exec("SELECT ww_save_draft($1, 'mine now')", {m_caseB});
    EXPECT_EQ(scalar("SELECT status FROM public.cases WHERE id = " + literal(m_caseB)), "active");
    EXPECT_EQ(count("SELECT count(*) FROM public.note_drafts WHERE body = 'mine now'"), 0);
}

INSTANTIATE_TEST_SUITE_P(EachRole, CatalogAttack,
                         ::testing::Values(Who::AgentA, Who::Supervisor, Who::Admin, Who::Gateway, Who::Editor),
                         [](const ::testing::TestParamInfo<Who> &param) {
                             switch (param.param) {
                             case Who::AgentA:
                                 return std::string("Agent");
                             case Who::AgentB:
                                 return std::string("OtherAgent");
                             case Who::Supervisor:
                                 return std::string("Supervisor");
                             case Who::Admin:
                                 return std::string("Administrator");
                             case Who::Gateway:
                                 return std::string("ChatGateway");
                             case Who::Editor:
                                 return std::string("ContentManager");
                             }
                             return std::string();
                         });

} // namespace
