-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8 (PostgreSQL): the database keeps its promises against anyone who writes their own SQL.
-- See docs/security.md for the threat model; tests/security attacks every rule below as each role.
--
-- - Every table, sequence and function belongs to ww_owner, a NOLOGIN role that is neither superuser
--   nor CREATEROLE. Accounts are made by two functions owned by ww_accounts (NOLOGIN, the only role
--   with CREATEROLE); retention runs as ww_retention (NOLOGIN), the only role that may erase.
-- - The groups (ww_agent, ww_supervisor, ww_admin, ww_gateway) may read, under row-level security
--   (enabled and forced on every table), and write only through SECURITY DEFINER functions that pin
--   search_path to pg_catalog, pg_temp and name every object with its schema. The database fills in
--   who and when; changing one's mind is a new row or a withdrawn mark, never a DELETE.
-- - Nobody but ww_owner may create objects: TEMPORARY on the database and CREATE on the schema are
--   revoked from PUBLIC, so no temporary table or view can shadow a real one.
-- - Free-text and person columns keep no planner statistics, so EXPLAIN estimates reveal nothing.
-- This version must be installed by a superuser (it changes owners and database privileges); later
-- versions run as ww_owner.

-- Roles are cluster-wide: another database on the same server may create them at the same moment,
-- so a role is made only when missing and changed only when its powers are wrong (two migrations
-- altering the same role at once would collide).
DO $$
DECLARE
    wanted record;
    found pg_catalog.pg_roles%ROWTYPE;
BEGIN
    FOR wanted IN SELECT * FROM (VALUES ('ww_owner', false), ('ww_accounts', true), ('ww_retention', false),
                                        ('ww_agent', false), ('ww_supervisor', false), ('ww_admin', false),
                                        ('ww_gateway', false), ('ww_editor', false)) AS r(name, creates_roles)
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = wanted.name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN %s', wanted.name,
                               CASE WHEN wanted.creates_roles THEN 'CREATEROLE' ELSE '' END);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
        SELECT * INTO found FROM pg_catalog.pg_roles WHERE rolname = wanted.name;
        IF found.rolcanlogin OR found.rolsuper OR found.rolcreatedb OR found.rolreplication OR found.rolbypassrls
           OR found.rolcreaterole <> wanted.creates_roles THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS %s', wanted.name,
                           CASE WHEN wanted.creates_roles THEN 'CREATEROLE' ELSE 'NOCREATEROLE' END);
        END IF;
    END LOOP;
END;
$$;

-- Nobody creates objects in this database but its owner role: no temporary tables, no schemas.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ww_agent, ww_supervisor, ww_admin, ww_gateway, ww_editor, ww_owner',
                   current_database());
END;
$$;
ALTER SCHEMA public OWNER TO ww_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ww_agent, ww_supervisor, ww_admin, ww_gateway, ww_editor, ww_accounts, ww_retention;

-- The groups an administrator may give an account; a later version adds one here.
CREATE TABLE public.account_groups (
    name        TEXT PRIMARY KEY CHECK (name IN ('ww_agent', 'ww_supervisor', 'ww_admin', 'ww_gateway', 'ww_editor')),
    description TEXT NOT NULL
);
INSERT INTO public.account_groups (name, description) VALUES
    ('ww_agent', 'phone agents and chat operators'),
    ('ww_supervisor', 'supervisors: read every case, review, report'),
    ('ww_admin', 'administrators: accounts, retention, the audit log'),
    ('ww_gateway', 'the chat gateway');

-- ---------------------------------------------------------------------------------------------------
-- Data: ownership follows the hand-over record; the path and referrals keep what was withdrawn.
-- ---------------------------------------------------------------------------------------------------

-- A hand-over now moves the case itself: the receiver holds it. Cases handed over before this
-- version get their last receiver as holder.
UPDATE public.cases c SET owner = last.to_role
FROM (SELECT DISTINCT ON (case_id) case_id, to_role FROM public.case_handovers ORDER BY case_id, id DESC) last
WHERE last.case_id = c.id AND c.owner <> last.to_role;

-- A step back in the tree marks the steps left behind as withdrawn; they stay.
ALTER TABLE public.case_steps ADD COLUMN withdrawn_at timestamptz;

-- A referral the agent takes back is kept as withdrawn. The reason rule moves into ww_save_case,
-- so that retention can erase a reason like any other free text.
ALTER TABLE public.referrals DROP CONSTRAINT IF EXISTS referrals_decision_check,
                             DROP CONSTRAINT IF EXISTS referrals_check;
ALTER TABLE public.referrals ADD CONSTRAINT referrals_decision_known
    CHECK (decision IN ('confirmed', 'removed', 'withdrawn'));

-- ---------------------------------------------------------------------------------------------------
-- The old functions, triggers and policies give way to the hardened ones below.
-- ---------------------------------------------------------------------------------------------------
DO $$
DECLARE
    found record;
BEGIN
    FOR found IN SELECT policyname, tablename FROM pg_catalog.pg_policies WHERE schemaname = 'public'
    LOOP
        EXECUTE format('DROP POLICY %I ON public.%I', found.policyname, found.tablename);
    END LOOP;
END;
$$;
DROP TRIGGER cases_audit ON public.cases;
DROP TRIGGER case_handovers_audit ON public.case_handovers;
DROP TRIGGER case_notes_are_append_only ON public.case_notes;
DROP TRIGGER audit_log_is_append_only ON public.audit_log;
DROP TRIGGER cases_erase_chat_transcript ON public.cases;
DROP FUNCTION public.audit_case_change();
DROP FUNCTION public.audit_handover();
DROP FUNCTION public.refuse_note_change();
DROP FUNCTION public.refuse_audit_change();
DROP FUNCTION public.ww_erase_chat_transcript();
DROP FUNCTION public.ww_in_retention();
DROP FUNCTION public.ww_record_case_access(uuid, text);
DROP FUNCTION public.ww_may_read_case(uuid);
DROP FUNCTION public.ww_may_write_case(uuid);
DROP FUNCTION public.ww_is_supervisor();
DROP FUNCTION public.ww_apply_retention(timestamptz, text, boolean);
DROP FUNCTION public.ww_issue_chat_ticket();
DROP FUNCTION public.ww_redeem_chat_ticket(text);
DROP FUNCTION public.ww_open_chat_case(uuid, text, timestamptz);
DROP FUNCTION public.ww_assign_chat_case(uuid, text, text);
DROP FUNCTION public.ww_record_case_log_export(bigint, text);

-- ---------------------------------------------------------------------------------------------------
-- Checks shared by the functions. Not SECURITY DEFINER: they read the catalog or their arguments only.
-- ---------------------------------------------------------------------------------------------------

-- A login role that is a member of one of the groups and no superuser: who may receive a case.
CREATE FUNCTION public.ww_is_login_member(p_role text, p_groups text[]) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles member
        WHERE member.rolname = p_role AND member.rolcanlogin AND NOT member.rolsuper
          AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles grp
                      WHERE grp.rolname = ANY (p_groups)
                        AND pg_catalog.pg_has_role(member.oid, grp.oid, 'MEMBER')))
$$;

-- The desktop shows the supervision menu to supervisors and administrators.
CREATE FUNCTION public.ww_is_supervisor() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'ww_supervisor', 'MEMBER')
        OR pg_catalog.pg_has_role(session_user, 'ww_admin', 'MEMBER')
$$;

-- Who may import historical cases in other people's names (demo data, a migration): the schema's
-- own owner members and superusers, never a group.
CREATE FUNCTION public.ww_is_importer() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'ww_owner', 'MEMBER')
$$;

CREATE FUNCTION public.ww_refuse(p_message text, p_code text DEFAULT 'insufficient_privilege') RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = p_message, ERRCODE = p_code;
END;
$$;

-- The same words whether the case does not exist or belongs to someone else: an error must not
-- tell a role that a case it cannot read exists.
CREATE FUNCTION public.ww_no_access(p_case_id uuid) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.ww_refuse(pg_catalog.format('no access to case %s', p_case_id));
END;
$$;

-- Times are kept to the millisecond, as the desktop keeps them, so a value read back compares equal.
CREATE FUNCTION public.ww_now() RETURNS timestamptz
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.date_trunc('milliseconds', pg_catalog.now())
$$;

CREATE FUNCTION public.ww_time_json(p_at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- Typed fields of a JSON object; each refuses a wrong type, length or form, naming the field.
CREATE FUNCTION public.ww_json_text(p_object jsonb, p_field text, p_max integer, p_pattern text DEFAULT NULL)
RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    value jsonb := p_object -> p_field;
    result text;
BEGIN
    IF value IS NULL OR pg_catalog.jsonb_typeof(value) = 'null' THEN
        RETURN NULL;
    END IF;
    IF pg_catalog.jsonb_typeof(value) <> 'string' THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" must be a string', p_field), 'invalid_parameter_value');
    END IF;
    result := value #>> '{}';
    IF pg_catalog.length(result) > p_max THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" is longer than %s characters', p_field, p_max),
                                 'invalid_parameter_value');
    END IF;
    IF p_pattern IS NOT NULL AND result !~ p_pattern THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" is not in the expected form', p_field),
                                 'invalid_parameter_value');
    END IF;
    RETURN result;
END;
$$;

CREATE FUNCTION public.ww_json_code(p_object jsonb, p_field text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT public.ww_json_text(p_object, p_field, 64, '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$')
$$;

CREATE FUNCTION public.ww_json_integer(p_object jsonb, p_field text, p_min bigint, p_max bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    value jsonb := p_object -> p_field;
BEGIN
    IF value IS NULL OR pg_catalog.jsonb_typeof(value) = 'null' THEN
        RETURN NULL;
    END IF;
    IF pg_catalog.jsonb_typeof(value) <> 'number' OR (value #>> '{}') !~ '^-?[0-9]{1,18}$'
       OR (value #>> '{}')::bigint NOT BETWEEN p_min AND p_max THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" must be a whole number from %s to %s', p_field,
                                                   p_min, p_max), 'invalid_parameter_value');
    END IF;
    RETURN (value #>> '{}')::bigint;
END;
$$;

CREATE FUNCTION public.ww_json_boolean(p_object jsonb, p_field text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    value jsonb := p_object -> p_field;
BEGIN
    IF value IS NULL OR pg_catalog.jsonb_typeof(value) = 'null' THEN
        RETURN false;
    END IF;
    IF pg_catalog.jsonb_typeof(value) <> 'boolean' THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" must be true or false', p_field),
                                 'invalid_parameter_value');
    END IF;
    RETURN (value #>> '{}')::boolean;
END;
$$;

-- A time the desktop reports (a call's start, a hold, a step): never in the future, allowing five
-- minutes for a workstation clock that runs ahead.
CREATE FUNCTION public.ww_json_time(p_object jsonb, p_field text) RETURNS timestamptz
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    text_value text := public.ww_json_text(p_object, p_field, 40,
                                           '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:?[0-9]{2})$');
    result timestamptz;
BEGIN
    IF text_value IS NULL THEN
        RETURN NULL;
    END IF;
    BEGIN
        result := text_value::timestamptz;
    EXCEPTION WHEN others THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" is not a valid time', p_field),
                                 'invalid_parameter_value');
    END;
    IF result > pg_catalog.now() + interval '5 minutes' OR result < timestamptz '2000-01-01' THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" lies in the future or before 2000', p_field),
                                 'invalid_parameter_value');
    END IF;
    RETURN result;
END;
$$;

CREATE FUNCTION public.ww_json_array(p_object jsonb, p_field text, p_max integer) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    value jsonb := coalesce(p_object -> p_field, '[]'::jsonb);
BEGIN
    IF pg_catalog.jsonb_typeof(value) <> 'array' THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" must be a list', p_field), 'invalid_parameter_value');
    END IF;
    IF pg_catalog.jsonb_array_length(value) > p_max THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" has more than %s entries', p_field, p_max),
                                 'invalid_parameter_value');
    END IF;
    RETURN value;
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Who may read and write a case. Definer functions: they read cases past row-level security.
-- ---------------------------------------------------------------------------------------------------

-- Supervisors read every case; others the cases they hold and the cases handed to or by them
-- (someone who handed a case on keeps reading what they wrote, but never writes again).
CREATE FUNCTION public.ww_may_read_case(p_case_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'ww_supervisor', 'MEMBER')
        OR EXISTS (SELECT 1 FROM public.cases WHERE id = p_case_id AND owner = session_user)
        OR EXISTS (SELECT 1 FROM public.case_handovers
                   WHERE case_id = p_case_id AND (to_role = session_user OR from_role = session_user))
$$;

-- Only the person who holds a case writes it.
CREATE FUNCTION public.ww_holds_case(p_case_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.cases WHERE id = p_case_id AND owner = session_user)
$$;

-- ---------------------------------------------------------------------------------------------------
-- The audit log and the rows nobody may change.
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION public.ww_audit_case_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.audit_log (action, case_id, detail)
    VALUES (CASE WHEN TG_OP = 'INSERT' THEN 'created' ELSE 'changed' END, NEW.id, NEW.status);
    RETURN NEW;
END;
$$;
CREATE TRIGGER cases_audit AFTER INSERT OR UPDATE ON public.cases
    FOR EACH ROW EXECUTE FUNCTION public.ww_audit_case_change();

CREATE FUNCTION public.ww_audit_handover() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.audit_log (action, case_id, detail) VALUES ('handed-over', NEW.case_id, NEW.to_role);
    RETURN NEW;
END;
$$;
CREATE TRIGGER case_handovers_audit AFTER INSERT ON public.case_handovers
    FOR EACH ROW EXECUTE FUNCTION public.ww_audit_handover();

CREATE FUNCTION public.ww_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the audit log cannot be changed' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON public.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION public.ww_refuse_audit_change();

-- Rows of the record are never removed, and the append-only ones never changed, except that the
-- retention function (running as ww_retention) erases their free text.
CREATE FUNCTION public.ww_refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_user = 'ww_retention' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% rows are append-only: they are never changed or removed; add a new row instead', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
DO $$
DECLARE
    tbl text;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['case_notes', 'case_events', 'case_handovers', 'case_reviews', 'chat_messages', 'trees']
    LOOP
        EXECUTE format('CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON public.%I '
                       'FOR EACH ROW EXECUTE FUNCTION public.ww_refuse_change()', tbl);
    END LOOP;
    FOREACH tbl IN ARRAY ARRAY['cases', 'case_steps', 'referrals', 'note_drafts', 'case_presence', 'chats']
    LOOP
        EXECUTE format('CREATE TRIGGER never_deleted BEFORE DELETE ON public.%I '
                       'FOR EACH ROW EXECUTE FUNCTION public.ww_refuse_change()', tbl);
    END LOOP;
    FOREACH tbl IN ARRAY ARRAY['cases', 'case_steps', 'referrals', 'note_drafts', 'case_presence', 'chats', 'case_notes',
                                'case_events', 'case_handovers', 'case_reviews', 'chat_messages', 'trees', 'case_themes']
    LOOP
        EXECUTE format('CREATE TRIGGER never_truncated BEFORE TRUNCATE ON public.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.ww_refuse_change()', tbl);
    END LOOP;
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Saving a case: one call, one transaction, one round trip.
-- ---------------------------------------------------------------------------------------------------

-- Keeps a tree a case is walked in. The identity names the content's SHA-256, and is checked here:
-- nobody can store other content under a tree's name.
CREATE FUNCTION public.ww_store_tree(p_identity text, p_version text, p_content text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (public.ww_is_importer()
            OR public.ww_is_login_member(session_user, ARRAY['ww_agent', 'ww_supervisor', 'ww_gateway'])) THEN
        PERFORM public.ww_refuse('only agents, supervisors and the chat gateway store trees');
    END IF;
    IF p_version IS NULL OR p_version !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' THEN
        PERFORM public.ww_refuse('the tree version is not in the expected form', 'invalid_parameter_value');
    END IF;
    IF p_content IS NULL OR pg_catalog.octet_length(p_content) > 16 * 1024 * 1024 THEN
        PERFORM public.ww_refuse('the tree content is missing or larger than 16 MiB', 'invalid_parameter_value');
    END IF;
    IF p_identity IS DISTINCT FROM p_version || '@sha256:'
                               || pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(p_content, 'UTF8')), 'hex') THEN
        PERFORM public.ww_refuse('the tree identity does not match its content', 'invalid_parameter_value');
    END IF;
    PERFORM p_content::jsonb; -- refuses what is not JSON
    INSERT INTO public.trees (identity, version, content, stored_at)
    VALUES (p_identity, p_version, p_content, public.ww_now())
    ON CONFLICT (identity) DO NOTHING;
END;
$$;

-- The path walked. The stored path and the one sent agree up to a point; the stored steps after it
-- are withdrawn (a step back) and the new ones appended. Answering the question the walk stands on
-- only fills in that step's answer.
CREATE FUNCTION public.ww_save_case_steps(p_case_id uuid, p_steps jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_stored record;
    v_position integer := 0;
    v_step jsonb;
    v_option text;
    v_next_seq integer;
    v_withdraw_from integer;
BEGIN
    FOR v_stored IN SELECT seq, node_id, option_id, reached_at FROM public.case_steps
                    WHERE case_id = p_case_id AND withdrawn_at IS NULL ORDER BY seq
    LOOP
        v_step := p_steps -> v_position;
        IF v_step IS NULL OR public.ww_json_code(v_step, 'node') IS DISTINCT FROM v_stored.node_id
           OR public.ww_json_time(v_step, 'reached_at') IS DISTINCT FROM v_stored.reached_at THEN
            v_withdraw_from := v_stored.seq;
            EXIT;
        END IF;
        v_option := public.ww_json_code(v_step, 'option');
        IF v_option IS DISTINCT FROM v_stored.option_id THEN
            IF v_stored.option_id IS NOT NULL THEN
                v_withdraw_from := v_stored.seq;
                EXIT;
            END IF;
            UPDATE public.case_steps SET option_id = v_option WHERE case_id = p_case_id AND seq = v_stored.seq;
        END IF;
        v_position := v_position + 1;
    END LOOP;
    IF v_withdraw_from IS NOT NULL THEN
        UPDATE public.case_steps SET withdrawn_at = public.ww_now()
        WHERE case_id = p_case_id AND withdrawn_at IS NULL AND seq >= v_withdraw_from;
    END IF;
    SELECT coalesce(max(seq), -1) + 1 INTO v_next_seq FROM public.case_steps WHERE case_id = p_case_id;
    WHILE v_position < pg_catalog.jsonb_array_length(p_steps) LOOP
        v_step := p_steps -> v_position;
        IF public.ww_json_code(v_step, 'node') IS NULL OR public.ww_json_time(v_step, 'reached_at') IS NULL THEN
            PERFORM public.ww_refuse('every step needs a node and the time it was reached', 'invalid_parameter_value');
        END IF;
        INSERT INTO public.case_steps (case_id, seq, node_id, option_id, reached_at)
        VALUES (p_case_id, v_next_seq, public.ww_json_code(v_step, 'node'), public.ww_json_code(v_step, 'option'),
                public.ww_json_time(v_step, 'reached_at'));
        v_next_seq := v_next_seq + 1;
        v_position := v_position + 1;
    END LOOP;
END;
$$;

-- Referrals: each party once; one the agent takes back is withdrawn, not deleted. A removed or
-- added party needs its reason (checked here, so that retention may erase the reason later).
CREATE FUNCTION public.ww_save_case_referrals(p_case_id uuid, p_opened_at timestamptz, p_referrals jsonb)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_referral jsonb;
    v_ordinal bigint;
    v_party text;
    v_origin text;
    v_decision text;
    v_reason text;
    v_parties text[] := '{}';
BEGIN
    FOR v_referral, v_ordinal IN SELECT value, n FROM pg_catalog.jsonb_array_elements(p_referrals)
                                 WITH ORDINALITY AS e(value, n)
    LOOP
        v_party := public.ww_json_code(v_referral, 'party');
        v_origin := public.ww_json_text(v_referral, 'origin', 16, '^(suggested|added)$');
        v_decision := public.ww_json_text(v_referral, 'decision', 16, '^(confirmed|removed)$');
        v_reason := nullif(pg_catalog.btrim(public.ww_json_text(v_referral, 'reason', 1000)), '');
        IF v_party IS NULL OR v_origin IS NULL OR v_decision IS NULL THEN
            PERFORM public.ww_refuse('every referral needs a party, an origin and a decision', 'invalid_parameter_value');
        END IF;
        IF v_party = ANY (v_parties) THEN
            PERFORM public.ww_refuse(pg_catalog.format('the party %s is referred twice', v_party),
                                     'invalid_parameter_value');
        END IF;
        IF (v_origin = 'added' OR v_decision = 'removed') AND v_reason IS NULL THEN
            PERFORM public.ww_refuse(pg_catalog.format('adding or removing the party %s needs a reason', v_party),
                                     'invalid_parameter_value');
        END IF;
        v_parties := v_parties || v_party;
        INSERT INTO public.referrals AS r (case_id, party_id, position, origin, decision, reason, warm_handover,
                                           decided_at, opened_at)
        VALUES (p_case_id, v_party, v_ordinal - 1, v_origin, v_decision, v_reason,
                CASE WHEN public.ww_json_boolean(v_referral, 'warm') THEN 1 ELSE 0 END,
                coalesce(public.ww_json_time(v_referral, 'decided_at'), public.ww_now()), p_opened_at)
        ON CONFLICT (case_id, party_id) DO UPDATE
            SET position = excluded.position, origin = excluded.origin, decision = excluded.decision,
                reason = excluded.reason, warm_handover = excluded.warm_handover, decided_at = excluded.decided_at
            WHERE (r.position, r.origin, r.decision, r.reason, r.warm_handover, r.decided_at)
                  IS DISTINCT FROM (excluded.position, excluded.origin, excluded.decision, excluded.reason,
                                    excluded.warm_handover, excluded.decided_at);
    END LOOP;
    UPDATE public.referrals r SET decision = 'withdrawn', warm_handover = 0, decided_at = public.ww_now()
    WHERE r.case_id = p_case_id AND r.decision <> 'withdrawn' AND r.party_id <> ALL (v_parties);
END;
$$;

-- Notes are only ever added, in the name of the one who saves them and at the database's time.
-- A note sent again (the same id) is left as it is.
CREATE FUNCTION public.ww_save_case_notes(p_case_id uuid, p_notes jsonb, p_importing boolean) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_note jsonb;
    v_ordinal bigint;
    v_id uuid;
    v_corrects uuid;
    v_body text;
BEGIN
    FOR v_note, v_ordinal IN SELECT value, n FROM pg_catalog.jsonb_array_elements(p_notes) WITH ORDINALITY AS e(value, n)
    LOOP
        v_id := public.ww_json_text(v_note, 'id', 36, '^[0-9a-fA-F-]{36}$')::uuid;
        v_corrects := public.ww_json_text(v_note, 'corrects', 36, '^[0-9a-fA-F-]{36}$')::uuid;
        v_body := pg_catalog.btrim(public.ww_json_text(v_note, 'body', 20000));
        IF v_id IS NULL OR coalesce(v_body, '') = '' THEN
            PERFORM public.ww_refuse('every note needs an id and a text', 'invalid_parameter_value');
        END IF;
        IF EXISTS (SELECT 1 FROM public.case_notes n WHERE n.id = v_id) THEN
            CONTINUE;
        END IF;
        IF v_corrects IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM public.case_notes n WHERE n.id = v_corrects AND n.case_id = p_case_id) THEN
            PERFORM public.ww_refuse('a note can only correct another note of the same case', 'invalid_parameter_value');
        END IF;
        INSERT INTO public.case_notes (id, case_id, seq, author, created_at, body, corrects_note_id)
        VALUES (v_id, p_case_id, v_ordinal - 1,
                CASE WHEN p_importing THEN coalesce(public.ww_json_text(v_note, 'author', 63), session_user)
                     ELSE session_user END,
                CASE WHEN p_importing THEN coalesce(public.ww_json_time(v_note, 'created_at'), public.ww_now())
                     ELSE public.ww_now() END,
                v_body, v_corrects);
    END LOOP;
END;
$$;

-- The case's history: events keep their place (seq); one sent again is left as it is. Hand-overs
-- are recorded by the hand-over function only.
CREATE FUNCTION public.ww_save_case_events(p_case_id uuid, p_events jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_event jsonb;
    v_ordinal bigint;
    v_kind text;
BEGIN
    FOR v_event, v_ordinal IN SELECT value, n FROM pg_catalog.jsonb_array_elements(p_events) WITH ORDINALITY AS e(value, n)
    LOOP
        IF EXISTS (SELECT 1 FROM public.case_events e WHERE e.case_id = p_case_id AND e.seq = v_ordinal - 1) THEN
            CONTINUE;
        END IF;
        v_kind := public.ww_json_text(v_event, 'kind', 32,
                                      '^(opened|hold|resumed|contact-ended|follow-up|continued|closed)$');
        IF v_kind IS NULL OR public.ww_json_time(v_event, 'at') IS NULL THEN
            PERFORM public.ww_refuse('every event needs a known kind and a time', 'invalid_parameter_value');
        END IF;
        INSERT INTO public.case_events (case_id, seq, at, kind, detail)
        VALUES (p_case_id, v_ordinal - 1, public.ww_json_time(v_event, 'at'), v_kind,
                public.ww_json_text(v_event, 'detail', 1000));
    END LOOP;
END;
$$;

-- The coded themes, sorted and without doubles: the case log shows and sorts them this way.
CREATE FUNCTION public.ww_case_themes(p_themes jsonb) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_theme jsonb;
    v_themes text[] := '{}';
BEGIN
    FOR v_theme IN SELECT value FROM pg_catalog.jsonb_array_elements(p_themes) LOOP
        IF pg_catalog.jsonb_typeof(v_theme) <> 'string' OR (v_theme #>> '{}') !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' THEN
            PERFORM public.ww_refuse('a theme is not a code', 'invalid_parameter_value');
        END IF;
        IF NOT (v_theme #>> '{}') = ANY (v_themes) THEN
            v_themes := v_themes || (v_theme #>> '{}');
        END IF;
    END LOOP;
    RETURN ARRAY(SELECT t FROM pg_catalog.unnest(v_themes) AS t ORDER BY t COLLATE "C");
END;
$$;

-- The confirmed parties in the order the agent gave them: the case log's "referred to".
CREATE FUNCTION public.ww_case_parties_key(p_referrals jsonb) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(pg_catalog.string_agg(value ->> 'party', ',' ORDER BY n), '')
    FROM pg_catalog.jsonb_array_elements(p_referrals) WITH ORDINALITY AS e(value, n)
    WHERE value ->> 'decision' = 'confirmed'
$$;

-- The whole case as the desktop has it, as one JSON object (see core/storage/CaseSaveRequest.cpp),
-- saved in one transaction: one round trip per save. Returns {"row_version": N, "updated_at",
-- "closed_at", "notes": [{id, created_at, author}]}; row_version 0 means the stored case is newer than
-- the one sent, and only its notes were saved. Who holds a new case, when it changed and closed, who
-- wrote a note and when: the database says, not the desktop.
CREATE FUNCTION public.ww_save_case(p_case jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_importing boolean := public.ww_is_importer();
    v_id uuid;
    v_sent_version bigint;
    v_stored public.cases%ROWTYPE;
    v_exists boolean;
    v_status text;
    v_opened timestamptz;
    v_contact_ended timestamptz;
    v_closed timestamptz;
    v_updated timestamptz;
    v_themes text[];
    v_steps jsonb;
    v_referrals jsonb;
    v_notes jsonb;
    v_events jsonb;
    v_version integer;
BEGIN
    IF NOT (v_importing OR public.ww_is_login_member(session_user, ARRAY['ww_agent', 'ww_supervisor'])) THEN
        PERFORM public.ww_refuse('only agents and supervisors save cases');
    END IF;
    IF p_case IS NULL OR pg_catalog.jsonb_typeof(p_case) <> 'object' THEN
        PERFORM public.ww_refuse('a case must be a JSON object', 'invalid_parameter_value');
    END IF;
    IF pg_catalog.octet_length(p_case::text) > 4 * 1024 * 1024 THEN
        PERFORM public.ww_refuse('a case is larger than 4 MiB', 'invalid_parameter_value');
    END IF;
    v_id := public.ww_json_text(p_case, 'id', 36, '^[0-9a-fA-F-]{36}$')::uuid;
    v_sent_version := coalesce(public.ww_json_integer(p_case, 'row_version', 0, 2147483647), 0);
    v_status := public.ww_json_text(p_case, 'status', 16, '^(active|wrap-up|follow-up|closed)$');
    v_notes := public.ww_json_array(p_case, 'notes', 10000);
    IF v_id IS NULL OR v_status IS NULL THEN
        PERFORM public.ww_refuse('a case needs an id and a status', 'invalid_parameter_value');
    END IF;

    SELECT * INTO v_stored FROM public.cases WHERE id = v_id FOR UPDATE;
    v_exists := FOUND;
    IF v_exists THEN
        IF v_stored.owner <> session_user AND NOT v_importing THEN
            PERFORM public.ww_no_access(v_id);
        END IF;
        IF v_sent_version <> v_stored.row_version THEN
            -- Someone saved the case in between: keep the notes (they never conflict), nothing else.
            IF v_stored.status <> 'closed' THEN
                PERFORM public.ww_save_case_notes(v_id, v_notes, v_importing);
            END IF;
            RETURN jsonb_build_object('row_version', 0, 'notes', public.ww_saved_notes(v_id, v_notes));
        END IF;
        IF v_stored.status = 'closed' THEN
            PERFORM public.ww_refuse(pg_catalog.format('case %s is closed and can no longer be changed', v_id));
        END IF;
        IF v_status = 'active' AND v_stored.status <> 'active' THEN
            PERFORM public.ww_refuse(pg_catalog.format('case %s cannot go back to an active contact', v_id),
                                     'invalid_parameter_value');
        END IF;
        v_opened := v_stored.opened_at;
    ELSE
        IF v_sent_version <> 0 THEN
            PERFORM public.ww_no_access(v_id);
        END IF;
        v_opened := public.ww_json_time(p_case, 'opened_at');
        IF v_opened IS NULL THEN
            PERFORM public.ww_refuse('a new case needs the time it was opened', 'invalid_parameter_value');
        END IF;
    END IF;

    v_contact_ended := public.ww_json_time(p_case, 'contact_ended_at');
    IF v_contact_ended < v_opened THEN
        PERFORM public.ww_refuse('the contact cannot end before it began', 'invalid_parameter_value');
    END IF;
    v_updated := CASE WHEN v_importing THEN coalesce(public.ww_json_time(p_case, 'updated_at'), public.ww_now())
                      ELSE public.ww_now() END;
    v_closed := CASE WHEN v_status <> 'closed' THEN NULL
                     WHEN v_importing THEN coalesce(public.ww_json_time(p_case, 'closed_at'), public.ww_now())
                     ELSE public.ww_now() END;
    v_themes := public.ww_case_themes(public.ww_json_array(p_case, 'themes', 32));
    v_steps := public.ww_json_array(p_case, 'steps', 2000);
    v_referrals := public.ww_json_array(p_case, 'referrals', 100);
    v_events := public.ww_json_array(p_case, 'events', 10000);

    IF v_exists THEN
        UPDATE public.cases SET
            status = v_status, contact_ended_at = v_contact_ended, closed_at = v_closed, updated_at = v_updated,
            hold_seconds = coalesce(public.ww_json_integer(p_case, 'hold_seconds', 0, 100000000), 0),
            caller_role = public.ww_json_code(p_case, 'caller_role'),
            school_type = public.ww_json_code(p_case, 'school_type'),
            province = public.ww_json_code(p_case, 'province'),
            route_stage = public.ww_json_code(p_case, 'route_stage'),
            outcome_node = public.ww_json_code(p_case, 'outcome_node'),
            white_spot = CASE WHEN public.ww_json_boolean(p_case, 'white_spot') THEN 1 ELSE 0 END,
            white_spot_reason = public.ww_json_text(p_case, 'white_spot_reason', 2000),
            follow_up_date = public.ww_json_text(p_case, 'follow_up_date', 10, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')::date,
            follow_up_instruction = public.ww_json_text(p_case, 'follow_up_instruction', 500),
            themes_key = pg_catalog.array_to_string(v_themes, ','),
            parties_key = public.ww_case_parties_key(v_referrals),
            row_version = row_version + 1
        WHERE id = v_id
        RETURNING row_version INTO v_version;
    ELSE
        INSERT INTO public.cases (id, channel, status, owner, tree_identity, opened_at, contact_ended_at, closed_at,
                                  updated_at, hold_seconds, caller_role, school_type, province, route_stage,
                                  outcome_node, white_spot, white_spot_reason, follow_up_date, follow_up_instruction,
                                  themes_key, parties_key, row_version)
        VALUES (v_id, coalesce(public.ww_json_text(p_case, 'channel', 8, '^(phone|chat)$'), 'phone'), v_status,
                CASE WHEN v_importing THEN coalesce(public.ww_json_text(p_case, 'owner', 63), session_user)
                     ELSE session_user END,
                public.ww_json_text(p_case, 'tree_identity', 200), v_opened, v_contact_ended, v_closed, v_updated,
                coalesce(public.ww_json_integer(p_case, 'hold_seconds', 0, 100000000), 0),
                public.ww_json_code(p_case, 'caller_role'), public.ww_json_code(p_case, 'school_type'),
                public.ww_json_code(p_case, 'province'), public.ww_json_code(p_case, 'route_stage'),
                public.ww_json_code(p_case, 'outcome_node'),
                CASE WHEN public.ww_json_boolean(p_case, 'white_spot') THEN 1 ELSE 0 END,
                public.ww_json_text(p_case, 'white_spot_reason', 2000),
                public.ww_json_text(p_case, 'follow_up_date', 10, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')::date,
                public.ww_json_text(p_case, 'follow_up_instruction', 500),
                pg_catalog.array_to_string(v_themes, ','), public.ww_case_parties_key(v_referrals), 1)
        RETURNING row_version INTO v_version;
    END IF;

    -- case_themes is the case log's index of the coded themes, kept in step with them here.
    DELETE FROM public.case_themes t WHERE t.case_id = v_id AND t.theme <> ALL (v_themes);
    INSERT INTO public.case_themes (case_id, theme, opened_at)
    SELECT v_id, t, v_opened FROM pg_catalog.unnest(v_themes) AS t
    ON CONFLICT DO NOTHING;
    PERFORM public.ww_save_case_steps(v_id, v_steps);
    PERFORM public.ww_save_case_referrals(v_id, v_opened, v_referrals);
    PERFORM public.ww_save_case_notes(v_id, v_notes, v_importing);
    PERFORM public.ww_save_case_events(v_id, v_events);
    IF p_case ? 'draft' THEN
        PERFORM public.ww_write_draft(v_id, coalesce(public.ww_json_text(p_case, 'draft', 20000), ''));
    END IF;
    RETURN jsonb_build_object('row_version', v_version,
                              'updated_at', public.ww_time_json(v_updated),
                              'closed_at', public.ww_time_json(v_closed),
                              'notes', public.ww_saved_notes(v_id, v_notes));
END;
$$;

-- The notes of the request as stored, with the database's time and author.
CREATE FUNCTION public.ww_saved_notes(p_case_id uuid, p_notes jsonb) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', n.id, 'created_at', public.ww_time_json(n.created_at),
                                                 'author', n.author) ORDER BY n.created_at, n.seq), '[]'::jsonb)
    FROM public.case_notes n
    WHERE n.case_id = p_case_id
      AND n.id::text IN (SELECT lower(value ->> 'id') FROM pg_catalog.jsonb_array_elements(p_notes))
$$;

-- The note being typed. An empty text is no draft; the row stays, so nothing is ever deleted.
CREATE FUNCTION public.ww_write_draft(p_case_id uuid, p_body text) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO public.note_drafts (case_id, body, saved_at) VALUES (p_case_id, p_body, public.ww_now())
    ON CONFLICT (case_id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at
$$;

CREATE FUNCTION public.ww_save_draft(p_case_id uuid, p_body text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (public.ww_holds_case(p_case_id)
            OR (public.ww_is_importer() AND EXISTS (SELECT 1 FROM public.cases WHERE id = p_case_id))) THEN
        PERFORM public.ww_no_access(p_case_id);
    END IF;
    IF pg_catalog.length(coalesce(p_body, '')) > 20000 THEN
        PERFORM public.ww_refuse('a note is longer than 20000 characters', 'invalid_parameter_value');
    END IF;
    IF EXISTS (SELECT 1 FROM public.cases WHERE id = p_case_id AND status = 'closed') THEN
        PERFORM public.ww_refuse(pg_catalog.format('case %s is closed and can no longer be changed', p_case_id));
    END IF;
    PERFORM public.ww_write_draft(p_case_id, coalesce(p_body, ''));
END;
$$;

-- Handing a case over moves it: the receiver holds it from now on; the giver keeps reading it.
CREATE FUNCTION public.ww_hand_over(p_case_id uuid, p_to text, p_note text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_held public.cases%ROWTYPE;
    v_note text := pg_catalog.btrim(coalesce(p_note, ''));
    v_version integer;
BEGIN
    IF NOT public.ww_is_login_member(session_user, ARRAY['ww_agent', 'ww_supervisor']) THEN
        PERFORM public.ww_refuse('only agents and supervisors hand cases over');
    END IF;
    SELECT * INTO v_held FROM public.cases WHERE id = p_case_id FOR UPDATE;
    IF NOT FOUND OR v_held.owner <> session_user THEN
        PERFORM public.ww_no_access(p_case_id);
    END IF;
    IF v_held.status = 'closed' THEN
        PERFORM public.ww_refuse('a closed case cannot be handed over', 'invalid_parameter_value');
    END IF;
    IF p_to IS NULL OR p_to = session_user OR NOT public.ww_is_login_member(p_to, ARRAY['ww_agent', 'ww_supervisor']) THEN
        PERFORM public.ww_refuse('a case can only be handed to another agent or supervisor who can log in',
                                 'invalid_parameter_value');
    END IF;
    IF v_note = '' OR pg_catalog.length(v_note) > 1000 THEN
        PERFORM public.ww_refuse('a hand-over needs a note of at most 1000 characters', 'invalid_parameter_value');
    END IF;
    UPDATE public.cases SET owner = p_to, updated_at = public.ww_now(), row_version = row_version + 1
    WHERE id = p_case_id RETURNING row_version INTO v_version;
    INSERT INTO public.case_handovers (case_id, from_role, to_role, note, handed_at)
    VALUES (p_case_id, session_user, p_to, v_note, public.ww_now());
    INSERT INTO public.case_events (case_id, seq, at, kind, detail)
    SELECT p_case_id, coalesce(max(seq), -1) + 1, public.ww_now(), 'handed-over', p_to
    FROM public.case_events WHERE case_id = p_case_id;
    RETURN v_version;
END;
$$;

-- Presence: who has a case on screen. Leaving marks the row as long ago.
CREATE FUNCTION public.ww_touch_presence(p_case_id uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT public.ww_may_read_case(p_case_id) OR NOT EXISTS (SELECT 1 FROM public.cases WHERE id = p_case_id) THEN
        PERFORM public.ww_no_access(p_case_id);
    END IF;
    INSERT INTO public.case_presence (case_id, viewer, seen_at) VALUES (p_case_id, session_user, public.ww_now())
    ON CONFLICT (case_id, viewer) DO UPDATE SET seen_at = excluded.seen_at;
END;
$$;

CREATE FUNCTION public.ww_leave_presence(p_case_id uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    UPDATE public.case_presence SET seen_at = '-infinity' WHERE case_id = p_case_id AND viewer = session_user
$$;

CREATE FUNCTION public.ww_record_case_access(p_case_id uuid, p_action text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_action IS NULL OR p_action NOT IN ('opened', 'exported') THEN
        PERFORM public.ww_refuse('unknown access', 'invalid_parameter_value');
    END IF;
    IF NOT public.ww_may_read_case(p_case_id) OR NOT EXISTS (SELECT 1 FROM public.cases WHERE id = p_case_id) THEN
        PERFORM public.ww_no_access(p_case_id);
    END IF;
    INSERT INTO public.audit_log (action, case_id) VALUES (p_action, p_case_id);
END;
$$;

-- The database names the person and the time; the caller gives only the number of rows and the
-- filter as coded key=value pairs, so no free text (such as words searched for in notes) can go in.
CREATE FUNCTION public.ww_record_case_log_export(p_rows bigint, p_filter text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_filter text := coalesce(p_filter, '');
BEGIN
    IF p_rows IS NULL OR p_rows < 0 THEN
        PERFORM public.ww_refuse('the number of exported rows must be 0 or more', 'invalid_parameter_value');
    END IF;
    IF pg_catalog.length(v_filter) > 1000
       OR v_filter !~ '^([a-z_]+=[A-Za-z0-9._@:+-]{1,64}( [a-z_]+=[A-Za-z0-9._@:+-]{1,64})*)?$' THEN
        PERFORM public.ww_refuse('the filter must be coded as key=value pairs', 'invalid_parameter_value');
    END IF;
    INSERT INTO public.audit_log (action, detail)
    VALUES ('case-log-exported', 'rows=' || p_rows || CASE WHEN v_filter = '' THEN '' ELSE ' ' || v_filter END);
END;
$$;

CREATE FUNCTION public.ww_add_review(p_case_id uuid, p_comment text, p_score integer, p_flagged integer)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_comment text := pg_catalog.btrim(coalesce(p_comment, ''));
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'ww_supervisor', 'MEMBER') THEN
        PERFORM public.ww_refuse('only supervisors review cases');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.cases WHERE id = p_case_id) THEN
        PERFORM public.ww_no_access(p_case_id);
    END IF;
    IF v_comment = '' OR pg_catalog.length(v_comment) > 4000 OR p_score IS NULL OR p_score NOT BETWEEN 1 AND 5
       OR p_flagged IS NULL OR p_flagged NOT IN (0, 1) THEN
        PERFORM public.ww_refuse('a review needs a comment of at most 4000 characters, a score from 1 to 5 and a flag',
                                 'invalid_parameter_value');
    END IF;
    INSERT INTO public.case_reviews (case_id, reviewer, reviewed_at, comment, score, flagged)
    VALUES (p_case_id, session_user, public.ww_now(), v_comment, p_score, p_flagged);
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- The chat gateway: its functions are its only way to write, and they check every argument.
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION public.ww_issue_chat_ticket() RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ticket text;
BEGIN
    IF NOT public.ww_is_login_member(session_user, ARRAY['ww_agent', 'ww_supervisor']) THEN
        PERFORM public.ww_refuse('only agents and supervisors get a chat ticket');
    END IF;
    DELETE FROM public.chat_tickets WHERE expires_at < pg_catalog.now();
    ticket := pg_catalog.replace(pg_catalog.gen_random_uuid()::text || pg_catalog.gen_random_uuid()::text, '-', '');
    INSERT INTO public.chat_tickets (hash, role, expires_at)
    VALUES (pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(ticket, 'UTF8')), 'hex'), session_user,
            pg_catalog.clock_timestamp() + interval '60 seconds');
    RETURN ticket;
END;
$$;

-- The gateway trades a ticket for the role it was issued to, once; NULL when unknown, expired, or
-- when the account can no longer log in.
CREATE FUNCTION public.ww_redeem_chat_ticket(p_ticket text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ticket_role text;
    expiry timestamptz;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway redeems chat tickets');
    END IF;
    IF p_ticket IS NULL OR pg_catalog.length(p_ticket) > 256 THEN
        RETURN NULL;
    END IF;
    DELETE FROM public.chat_tickets WHERE hash = pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(p_ticket, 'UTF8')), 'hex')
    RETURNING role, expires_at INTO ticket_role, expiry;
    IF ticket_role IS NULL OR expiry < pg_catalog.clock_timestamp()
       OR NOT public.ww_is_login_member(ticket_role, ARRAY['ww_agent', 'ww_supervisor']) THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.audit_log (action, detail) VALUES ('chat-login', ticket_role);
    RETURN ticket_role;
END;
$$;

-- A chat and its case (channel chat, held by the gateway until an agent accepts it), together.
CREATE FUNCTION public.ww_open_chat(p_chat_id uuid, p_case_id uuid, p_resume_hash text, p_lang text,
                                    p_visitor_tree text, p_visitor_path text, p_tree_identity text,
                                    p_at timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway opens chats');
    END IF;
    IF p_chat_id IS NULL OR p_case_id IS NULL OR p_at IS NULL OR p_at > pg_catalog.now() + interval '5 minutes'
       OR (p_at < pg_catalog.now() - interval '1 day' AND NOT public.ww_is_importer()) THEN
        PERFORM public.ww_refuse('a chat needs new ids and the time it opened', 'invalid_parameter_value');
    END IF;
    IF p_resume_hash IS NULL OR p_resume_hash !~ '^[0-9a-f]{64}$' OR p_lang IS NULL OR p_lang !~ '^[a-z]{2}$'
       OR pg_catalog.length(coalesce(p_visitor_tree, '')) > 200 OR pg_catalog.length(coalesce(p_visitor_path, '')) > 20000 THEN
        PERFORM public.ww_refuse('the chat''s token hash, language or path is not in the expected form',
                                 'invalid_parameter_value');
    END IF;
    IF p_visitor_path IS NOT NULL AND pg_catalog.jsonb_typeof(p_visitor_path::jsonb) <> 'array' THEN
        PERFORM public.ww_refuse('the visitor''s path must be a list', 'invalid_parameter_value');
    END IF;
    IF EXISTS (SELECT 1 FROM public.cases WHERE id = p_case_id) OR EXISTS (SELECT 1 FROM public.chats WHERE id = p_chat_id) THEN
        PERFORM public.ww_refuse('the chat''s ids are already in use', 'invalid_parameter_value');
    END IF;
    INSERT INTO public.cases (id, channel, status, owner, tree_identity, opened_at, updated_at)
    VALUES (p_case_id, 'chat', 'active', session_user, p_tree_identity, p_at, public.ww_now());
    INSERT INTO public.case_events (case_id, seq, at, kind, detail) VALUES (p_case_id, 0, p_at, 'opened', 'chat');
    INSERT INTO public.chats (id, case_id, resume_hash, state, lang, visitor_tree, visitor_path, opened_at, queued_at)
    VALUES (p_chat_id, p_case_id, p_resume_hash, 'queued', p_lang, p_visitor_tree, p_visitor_path, p_at, p_at);
END;
$$;

-- A chat's state as the gateway routes it. An ended chat stays ended.
CREATE FUNCTION public.ww_save_chat_state(p_chat_id uuid, p_state text, p_agent text, p_queued_at timestamptz,
                                          p_transfer_from text, p_transfer_note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    current_state text;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway changes chats');
    END IF;
    SELECT state INTO current_state FROM public.chats WHERE id = p_chat_id FOR UPDATE;
    IF current_state IS NULL OR current_state = 'ended' THEN
        PERFORM public.ww_refuse('no open chat with this id', 'invalid_parameter_value');
    END IF;
    IF p_state IS NULL OR p_state NOT IN ('queued', 'active', 'ended')
       OR (p_agent IS NOT NULL AND NOT public.ww_is_login_member(p_agent, ARRAY['ww_agent', 'ww_supervisor']))
       OR (p_transfer_from IS NOT NULL AND NOT public.ww_is_login_member(p_transfer_from, ARRAY['ww_agent', 'ww_supervisor']))
       OR pg_catalog.length(coalesce(p_transfer_note, '')) > 2000
       OR p_queued_at IS NULL OR p_queued_at > pg_catalog.now() + interval '5 minutes' THEN
        PERFORM public.ww_refuse('the chat''s state, agent, transfer or time is not valid', 'invalid_parameter_value');
    END IF;
    UPDATE public.chats SET state = p_state, agent = p_agent, queued_at = p_queued_at,
                            ended_at = CASE WHEN p_state = 'ended' THEN public.ww_now() END,
                            transfer_from = p_transfer_from, transfer_note = p_transfer_note
    WHERE id = p_chat_id;
END;
$$;

-- One line of a transcript, in the gateway's order.
CREATE FUNCTION public.ww_append_chat_message(p_chat_id uuid, p_seq integer, p_sender text, p_author text,
                                              p_client_id text, p_body text, p_sent_at timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_chat public.chats%ROWTYPE;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway writes transcripts');
    END IF;
    SELECT * INTO v_chat FROM public.chats WHERE id = p_chat_id;
    IF NOT FOUND OR v_chat.state = 'ended' THEN
        PERFORM public.ww_refuse('no open chat with this id', 'invalid_parameter_value');
    END IF;
    IF p_seq IS NULL OR p_seq <> (SELECT coalesce(max(seq), 0) + 1 FROM public.chat_messages WHERE chat_id = p_chat_id)
       OR p_sender IS NULL OR p_sender NOT IN ('visitor', 'agent')
       OR (p_sender = 'visitor' AND p_author IS NOT NULL)
       OR (p_sender = 'agent' AND NOT public.ww_is_login_member(p_author, ARRAY['ww_agent', 'ww_supervisor']))
       OR p_client_id IS NULL OR p_client_id !~ '^[A-Za-z0-9._:-]{1,64}$'
       OR p_body IS NULL OR pg_catalog.length(p_body) > 16384
       OR p_sent_at IS NULL OR p_sent_at > pg_catalog.now() + interval '5 minutes' THEN
        PERFORM public.ww_refuse('the message''s place, sender, id, text or time is not valid', 'invalid_parameter_value');
    END IF;
    INSERT INTO public.chat_messages (chat_id, case_id, seq, sender, author, client_id, body, sent_at)
    VALUES (p_chat_id, v_chat.case_id, p_seq, p_sender, p_author, p_client_id, p_body, p_sent_at);
END;
$$;

-- The agent who accepts (or receives) a chat holds its case; a transfer is a hand-over with its note.
-- Only for an open chat case linked to this chat, and only to an agent or supervisor who can log in.
CREATE FUNCTION public.ww_assign_chat_case(p_chat_id uuid, p_agent text, p_note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_chat public.chats%ROWTYPE;
    v_held public.cases%ROWTYPE;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway assigns chat cases');
    END IF;
    SELECT * INTO v_chat FROM public.chats WHERE id = p_chat_id;
    IF NOT FOUND OR v_chat.state = 'ended' THEN
        PERFORM public.ww_refuse('no open chat with this id', 'invalid_parameter_value');
    END IF;
    SELECT * INTO v_held FROM public.cases WHERE id = v_chat.case_id FOR UPDATE;
    IF NOT FOUND OR v_held.channel <> 'chat' OR v_held.status = 'closed' THEN
        PERFORM public.ww_refuse('the chat''s case is not an open chat case', 'invalid_parameter_value');
    END IF;
    IF NOT public.ww_is_login_member(p_agent, ARRAY['ww_agent', 'ww_supervisor']) THEN
        PERFORM public.ww_refuse('a chat can only go to an agent or supervisor who can log in', 'invalid_parameter_value');
    END IF;
    IF pg_catalog.length(coalesce(p_note, '')) > 2000 THEN
        PERFORM public.ww_refuse('a transfer note is longer than 2000 characters', 'invalid_parameter_value');
    END IF;
    IF v_held.owner = p_agent THEN
        RETURN;
    END IF;
    UPDATE public.cases SET owner = p_agent, updated_at = public.ww_now(), row_version = row_version + 1
    WHERE id = v_held.id;
    IF p_note IS NOT NULL THEN
        INSERT INTO public.case_handovers (case_id, from_role, to_role, note, handed_at)
        VALUES (v_held.id, v_held.owner, p_agent, p_note, public.ww_now());
    END IF;
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Retention: the only code that erases, running as ww_retention. It finds the free text in the
-- catalog: every text or JSON column of a table that references a case, unless the column's comment
-- says it holds a code or a person's account name. A column added later is erased without anyone
-- remembering it.
-- ---------------------------------------------------------------------------------------------------

-- The tables that hang off a case, with the column that names it.
CREATE FUNCTION public.ww_case_tables() RETURNS TABLE (table_name name, case_column name)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT 'cases'::name, 'id'::name
    UNION ALL
    SELECT cls.relname, att.attname
    FROM pg_catalog.pg_constraint con
    JOIN pg_catalog.pg_class cls ON cls.oid = con.conrelid
    JOIN pg_catalog.pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
    WHERE con.contype = 'f' AND con.confrelid = 'public.cases'::regclass
      AND pg_catalog.array_length(con.conkey, 1) = 1
      AND cls.relnamespace = 'public'::regnamespace
$$;

-- Free text: text-like and JSON columns not marked 'ww:code' or 'ww:person'.
CREATE FUNCTION public.ww_free_text_columns(p_table name) RETURNS TABLE (column_name name, is_json boolean)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT att.attname, typ.typname IN ('json', 'jsonb') OR base.typname IN ('json', 'jsonb')
    FROM pg_catalog.pg_attribute att
    JOIN pg_catalog.pg_type typ ON typ.oid = att.atttypid
    LEFT JOIN pg_catalog.pg_type base ON base.oid = typ.typbasetype
    WHERE att.attrelid = pg_catalog.format('public.%I', p_table)::regclass AND att.attnum > 0 AND NOT att.attisdropped
      AND (typ.typcategory = 'S' OR typ.typname IN ('json', 'jsonb') OR base.typname IN ('json', 'jsonb'))
      AND coalesce(pg_catalog.col_description(att.attrelid, att.attnum), '') NOT IN ('ww:code', 'ww:person')
$$;

CREATE FUNCTION public.ww_apply_retention(p_cutoff timestamptz, p_period text, p_dry_run boolean) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    expired uuid[];
    affected integer;
    linked record;
    assignments text;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_admin'])) THEN
        PERFORM public.ww_refuse('only administrators apply retention');
    END IF;
    IF p_cutoff IS NULL OR p_cutoff > pg_catalog.now() OR p_period IS NULL OR p_period !~ '^[1-9][0-9]{0,3}[dwmy]$' THEN
        PERFORM public.ww_refuse('retention needs a period such as 18m and a cutoff in the past', 'invalid_parameter_value');
    END IF;
    SELECT coalesce(array_agg(id), '{}') INTO expired FROM public.cases
    WHERE status = 'closed' AND anonymised_at IS NULL AND closed_at < p_cutoff;
    affected := pg_catalog.cardinality(expired);
    IF p_dry_run THEN
        RETURN affected;
    END IF;
    IF affected > 0 THEN
        FOR linked IN SELECT * FROM public.ww_case_tables() LOOP
            SELECT string_agg(pg_catalog.format('%1$I = CASE WHEN %1$I IS NULL THEN NULL ELSE %2$s END', column_name,
                                                CASE WHEN is_json THEN '''null''' ELSE '''''' END), ', ')
            INTO assignments FROM public.ww_free_text_columns(linked.table_name);
            IF assignments IS NOT NULL THEN
                EXECUTE pg_catalog.format('UPDATE public.%I SET %s WHERE %I = ANY ($1)', linked.table_name, assignments,
                                          linked.case_column)
                USING expired;
            END IF;
        END LOOP;
        UPDATE public.cases SET anonymised_at = public.ww_now() WHERE id = ANY (expired);
    END IF;
    INSERT INTO public.audit_log (action, detail)
    VALUES ('retention-applied', pg_catalog.format('%s cases closed before %s anonymised', affected, p_cutoff));
    INSERT INTO public.settings (key, value) VALUES ('retention_period', p_period)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    RETURN affected;
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Accounts, made without a superuser: administrators call these; they run as ww_accounts, the only
-- role with CREATEROLE, and make only login roles with a SCRAM verifier in exactly one group.
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION public.ww_create_account(p_name text, p_verifier text, p_group text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_admin'])) THEN
        PERFORM public.ww_refuse('only administrators add accounts');
    END IF;
    IF p_name IS NULL OR p_name !~ '^[a-z][a-z0-9_]{1,62}$' OR p_name ~ '^(ww_|pg_)' THEN
        PERFORM public.ww_refuse('an account name is 2 to 63 lower-case letters, digits or underscores, starting with '
                                 'a letter, and not starting with ww_ or pg_', 'invalid_parameter_value');
    END IF;
    IF p_group IS NULL OR NOT EXISTS (SELECT 1 FROM public.account_groups WHERE name = p_group) THEN
        PERFORM public.ww_refuse(pg_catalog.format('the group must be one of %s',
                                                   (SELECT string_agg(name, ', ' ORDER BY name) FROM public.account_groups)),
                                 'invalid_parameter_value');
    END IF;
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]{16,64}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$'
       OR pg_catalog.split_part(pg_catalog.split_part(p_verifier, '$', 2), ':', 1)::integer < 4096 THEN
        PERFORM public.ww_refuse('the password must come as a SCRAM-SHA-256 verifier with at least 4096 iterations',
                                 'invalid_parameter_value');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_name) THEN
        PERFORM public.ww_refuse(pg_catalog.format('an account or role named "%s" already exists', p_name),
                                 'duplicate_object');
    END IF;
    EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                              'INHERIT PASSWORD %L', p_name, p_verifier);
    EXECUTE pg_catalog.format('GRANT %I TO %I', p_group, p_name);
END;
$$;

-- Disabling keeps the account (its name stays in the record) but it can no longer log in.
CREATE FUNCTION public.ww_disable_account(p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target pg_catalog.pg_roles%ROWTYPE;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_admin'])) THEN
        PERFORM public.ww_refuse('only administrators disable accounts');
    END IF;
    SELECT * INTO target FROM pg_catalog.pg_roles WHERE rolname = p_name;
    IF NOT FOUND OR target.rolsuper OR target.rolcreaterole OR target.rolbypassrls
       OR NOT public.ww_is_login_member(p_name, ARRAY(SELECT name FROM public.account_groups))
       OR pg_catalog.pg_has_role(target.oid, 'ww_owner', 'MEMBER') THEN
        PERFORM public.ww_refuse(pg_catalog.format('there is no account "%s" that an administrator may disable', p_name),
                                 'invalid_parameter_value');
    END IF;
    IF p_name = session_user THEN
        PERFORM public.ww_refuse('you cannot disable your own account; ask another administrator',
                                 'invalid_parameter_value');
    END IF;
    EXECUTE pg_catalog.format('ALTER ROLE %I NOLOGIN', p_name);
END;
$$;

-- For later migrations: a new table gets row-level security (enabled and forced) and the policy that
-- lets the schema's own roles work on it.
CREATE FUNCTION public.ww_secure_table(p_table regclass) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE pg_catalog.format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE pg_catalog.format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE pg_catalog.format('CREATE POLICY system ON %s TO ww_owner, ww_retention USING (true) WITH CHECK (true)',
                              p_table);
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Which columns hold codes and account names; every other text column is free text (see retention).
-- ---------------------------------------------------------------------------------------------------
DO $$
DECLARE
    marked record;
BEGIN
    FOR marked IN SELECT * FROM (VALUES
        ('schema_migrations', 'name', 'ww:code'),
        ('trees', 'identity', 'ww:code'), ('trees', 'version', 'ww:code'), ('trees', 'content', 'ww:code'),
        ('settings', 'key', 'ww:code'), ('settings', 'value', 'ww:code'),
        ('account_groups', 'name', 'ww:code'), ('account_groups', 'description', 'ww:code'),
        ('cases', 'channel', 'ww:code'), ('cases', 'status', 'ww:code'), ('cases', 'owner', 'ww:person'),
        ('cases', 'tree_identity', 'ww:code'), ('cases', 'caller_role', 'ww:code'), ('cases', 'school_type', 'ww:code'),
        ('cases', 'province', 'ww:code'), ('cases', 'route_stage', 'ww:code'), ('cases', 'outcome_node', 'ww:code'),
        ('cases', 'themes_key', 'ww:code'), ('cases', 'parties_key', 'ww:code'),
        ('case_themes', 'theme', 'ww:code'),
        ('case_steps', 'node_id', 'ww:code'), ('case_steps', 'option_id', 'ww:code'),
        ('case_notes', 'author', 'ww:person'),
        ('referrals', 'party_id', 'ww:code'), ('referrals', 'origin', 'ww:code'), ('referrals', 'decision', 'ww:code'),
        ('case_events', 'kind', 'ww:code'),
        ('case_handovers', 'from_role', 'ww:person'), ('case_handovers', 'to_role', 'ww:person'),
        ('case_reviews', 'reviewer', 'ww:person'),
        ('case_presence', 'viewer', 'ww:person'),
        ('audit_log', 'actor', 'ww:person'), ('audit_log', 'action', 'ww:code'), ('audit_log', 'detail', 'ww:code'),
        ('chats', 'resume_hash', 'ww:code'), ('chats', 'state', 'ww:code'), ('chats', 'agent', 'ww:person'),
        ('chats', 'lang', 'ww:code'), ('chats', 'visitor_tree', 'ww:code'), ('chats', 'transfer_from', 'ww:person'),
        ('chat_messages', 'sender', 'ww:code'), ('chat_messages', 'author', 'ww:person'),
        ('chat_messages', 'client_id', 'ww:code'),
        ('chat_tickets', 'hash', 'ww:code'), ('chat_tickets', 'role', 'ww:person')) AS m(tbl, col, kind)
    LOOP
        EXECUTE format('COMMENT ON COLUMN public.%I.%I IS %L', marked.tbl, marked.col, marked.kind);
    END LOOP;
END;
$$;

-- No planner statistics on free text and account names: EXPLAIN's estimates would tell whether a
-- word occurs in anyone's notes, or how many cases a colleague has. Existing statistics go too.
DO $$
DECLARE
    col record;
BEGIN
    FOR col IN
        SELECT cls.oid AS relid, cls.relname, att.attnum, att.attname
        FROM pg_catalog.pg_class cls
        JOIN pg_catalog.pg_attribute att ON att.attrelid = cls.oid AND att.attnum > 0 AND NOT att.attisdropped
        JOIN pg_catalog.pg_type typ ON typ.oid = att.atttypid
        WHERE cls.relnamespace = 'public'::regnamespace AND cls.relkind = 'r'
          AND (typ.typcategory = 'S' OR typ.typname IN ('json', 'jsonb'))
          AND coalesce(pg_catalog.col_description(cls.oid, att.attnum), '') <> 'ww:code'
    LOOP
        EXECUTE format('ALTER TABLE public.%I ALTER COLUMN %I SET STATISTICS 0', col.relname, col.attname);
        DELETE FROM pg_catalog.pg_statistic WHERE starelid = col.relid AND staattnum = col.attnum;
    END LOOP;
    -- Index expressions over such a column (the notes' full-text index) keep statistics of their own.
    FOR col IN
        SELECT DISTINCT idx.indexrelid AS relid, ic.relname, ia.attnum
        FROM pg_catalog.pg_index idx
        JOIN pg_catalog.pg_class ic ON ic.oid = idx.indexrelid
        JOIN pg_catalog.pg_attribute ia ON ia.attrelid = idx.indexrelid AND ia.attnum > 0
        JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = idx.indexrelid
                                     AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = idx.indrelid
        JOIN pg_catalog.pg_attribute ta ON ta.attrelid = idx.indrelid AND ta.attnum = dep.refobjsubid
        JOIN pg_catalog.pg_type typ ON typ.oid = ta.atttypid
        WHERE ic.relnamespace = 'public'::regnamespace AND idx.indexprs IS NOT NULL
          AND idx.indkey[ia.attnum - 1] = 0
          AND (typ.typcategory = 'S' OR typ.typname IN ('json', 'jsonb'))
          AND coalesce(pg_catalog.col_description(ta.attrelid, ta.attnum), '') <> 'ww:code'
    LOOP
        EXECUTE format('ALTER INDEX public.%I ALTER COLUMN %s SET STATISTICS 0', col.relname, col.attnum);
        DELETE FROM pg_catalog.pg_statistic WHERE starelid = col.relid AND staattnum = col.attnum;
    END LOOP;
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security, enabled and forced on every table. The groups read; nobody writes directly.
-- ---------------------------------------------------------------------------------------------------
DO $$
DECLARE
    tbl text;
BEGIN
    FOR tbl IN SELECT relname FROM pg_catalog.pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'
    LOOP
        PERFORM public.ww_secure_table(pg_catalog.format('public.%I', tbl)::regclass);
    END LOOP;
    FOREACH tbl IN ARRAY ARRAY['case_themes', 'case_steps', 'case_notes', 'referrals', 'case_events']
    LOOP
        EXECUTE format('CREATE POLICY agents_read ON public.%I FOR SELECT TO ww_agent '
                       'USING (public.ww_may_read_case(case_id))', tbl);
        EXECUTE format('CREATE POLICY supervisors_read ON public.%I FOR SELECT TO ww_supervisor USING (true)', tbl);
    END LOOP;
END;
$$;
CREATE POLICY reference_read ON public.schema_migrations FOR SELECT
    TO ww_agent, ww_supervisor, ww_admin, ww_gateway USING (true);
CREATE POLICY reference_read ON public.settings FOR SELECT TO ww_agent, ww_supervisor, ww_admin, ww_gateway USING (true);
CREATE POLICY reference_read ON public.trees FOR SELECT TO ww_agent, ww_supervisor, ww_admin, ww_gateway USING (true);
CREATE POLICY reference_read ON public.account_groups FOR SELECT TO ww_admin, ww_accounts USING (true);
-- owner = session_user first: it needs no function call and uses the index.
CREATE POLICY agents_read ON public.cases FOR SELECT TO ww_agent
    USING (owner = session_user OR public.ww_may_read_case(id));
CREATE POLICY supervisors_read ON public.cases FOR SELECT TO ww_supervisor USING (true);
CREATE POLICY holder_reads ON public.note_drafts FOR SELECT TO ww_agent, ww_supervisor
    USING (public.ww_holds_case(case_id));
CREATE POLICY agents_read ON public.case_handovers FOR SELECT TO ww_agent USING (public.ww_may_read_case(case_id));
CREATE POLICY supervisors_read ON public.case_handovers FOR SELECT TO ww_supervisor USING (true);
CREATE POLICY readers_see ON public.case_presence FOR SELECT TO ww_agent, ww_supervisor
    USING (public.ww_may_read_case(case_id));
CREATE POLICY supervisors_read ON public.case_reviews FOR SELECT TO ww_supervisor USING (true);
CREATE POLICY supervisors_read ON public.audit_log FOR SELECT TO ww_supervisor, ww_admin USING (true);
CREATE POLICY agents_read ON public.chats FOR SELECT TO ww_agent USING (public.ww_may_read_case(case_id));
CREATE POLICY supervisors_read ON public.chats FOR SELECT TO ww_supervisor USING (true);
CREATE POLICY gateway_reads_open ON public.chats FOR SELECT TO ww_gateway USING (state <> 'ended');
CREATE POLICY agents_read ON public.chat_messages FOR SELECT TO ww_agent USING (public.ww_may_read_case(case_id));
CREATE POLICY supervisors_read ON public.chat_messages FOR SELECT TO ww_supervisor USING (true);
CREATE POLICY gateway_reads_open ON public.chat_messages FOR SELECT TO ww_gateway
    USING (EXISTS (SELECT 1 FROM public.chats c WHERE c.id = chat_id AND c.state <> 'ended'));

-- ---------------------------------------------------------------------------------------------------
-- Privileges: read what the policies allow, execute the functions of one's group, nothing else.
-- ---------------------------------------------------------------------------------------------------
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, ww_agent, ww_supervisor, ww_admin, ww_gateway;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, ww_agent, ww_supervisor, ww_admin, ww_gateway;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, ww_agent, ww_supervisor, ww_admin, ww_gateway;
GRANT SELECT ON public.schema_migrations, public.settings, public.trees TO ww_agent, ww_supervisor, ww_admin, ww_gateway;
GRANT SELECT ON public.cases, public.case_themes, public.case_steps, public.case_notes, public.note_drafts,
    public.referrals, public.case_events, public.case_handovers, public.case_presence, public.chats,
    public.chat_messages TO ww_agent, ww_supervisor;
GRANT SELECT ON public.case_reviews TO ww_supervisor;
GRANT SELECT ON public.audit_log TO ww_supervisor, ww_admin;
GRANT SELECT ON public.chats, public.chat_messages TO ww_gateway;
GRANT SELECT ON public.account_groups TO ww_admin, ww_accounts;

-- Checks called from policies and queries, by the groups that read.
GRANT EXECUTE ON FUNCTION public.ww_may_read_case(uuid), public.ww_holds_case(uuid)
    TO ww_agent, ww_supervisor;
GRANT EXECUTE ON FUNCTION public.ww_is_supervisor() TO ww_agent, ww_supervisor, ww_admin, ww_gateway;
GRANT EXECUTE ON FUNCTION public.ww_save_case(jsonb), public.ww_save_draft(uuid, text),
    public.ww_hand_over(uuid, text, text), public.ww_touch_presence(uuid), public.ww_leave_presence(uuid),
    public.ww_record_case_access(uuid, text), public.ww_issue_chat_ticket() TO ww_agent, ww_supervisor;
GRANT EXECUTE ON FUNCTION public.ww_store_tree(text, text, text) TO ww_agent, ww_supervisor, ww_gateway;
GRANT EXECUTE ON FUNCTION public.ww_record_case_log_export(bigint, text) TO ww_agent, ww_supervisor, ww_admin;
GRANT EXECUTE ON FUNCTION public.ww_add_review(uuid, text, integer, integer) TO ww_supervisor;
GRANT EXECUTE ON FUNCTION public.ww_redeem_chat_ticket(text),
    public.ww_open_chat(uuid, uuid, text, text, text, text, text, timestamptz),
    public.ww_save_chat_state(uuid, text, text, timestamptz, text, text),
    public.ww_append_chat_message(uuid, integer, text, text, text, text, timestamptz),
    public.ww_assign_chat_case(uuid, text, text) TO ww_gateway;
GRANT EXECUTE ON FUNCTION public.ww_apply_retention(timestamptz, text, boolean) TO ww_admin;
GRANT EXECUTE ON FUNCTION public.ww_create_account(text, text, text), public.ww_disable_account(text) TO ww_admin;

-- Retention erases in place and records its run; the account functions read the catalog only.
GRANT SELECT, UPDATE ON ALL TABLES IN SCHEMA public TO ww_retention;
REVOKE UPDATE ON public.audit_log, public.schema_migrations, public.trees, public.account_groups FROM ww_retention;
GRANT INSERT ON public.audit_log, public.settings TO ww_retention;
GRANT USAGE ON SEQUENCE public.audit_log_id_seq TO ww_retention;
GRANT EXECUTE ON FUNCTION public.ww_case_tables(), public.ww_free_text_columns(name), public.ww_is_importer(),
    public.ww_is_login_member(text, text[]), public.ww_refuse(text, text), public.ww_now() TO ww_retention;
GRANT EXECUTE ON FUNCTION public.ww_is_importer(), public.ww_is_login_member(text, text[]),
    public.ww_refuse(text, text) TO ww_accounts;

-- ---------------------------------------------------------------------------------------------------
-- Ownership: everything to ww_owner, but the account functions (ww_accounts) and retention
-- (ww_retention). New functions are executable by nobody until granted.
-- ---------------------------------------------------------------------------------------------------
DO $$
DECLARE
    found record;
BEGIN
    FOR found IN SELECT relname, relkind FROM pg_catalog.pg_class
                 WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v', 'm', 'p')
    LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO ww_owner', found.relname);
    END LOOP;
    FOR found IN SELECT relname FROM pg_catalog.pg_class c
                 WHERE relnamespace = 'public'::regnamespace AND relkind = 'S'
                   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = c.oid AND d.deptype = 'a')
    LOOP
        EXECUTE format('ALTER SEQUENCE public.%I OWNER TO ww_owner', found.relname);
    END LOOP;
    FOR found IN SELECT oid::regprocedure AS signature FROM pg_catalog.pg_proc
                 WHERE pronamespace = 'public'::regnamespace
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO ww_owner', found.signature);
    END LOOP;
END;
$$;
ALTER FUNCTION public.ww_create_account(text, text, text) OWNER TO ww_accounts;
ALTER FUNCTION public.ww_disable_account(text) OWNER TO ww_accounts;
ALTER FUNCTION public.ww_apply_retention(timestamptz, text, boolean) OWNER TO ww_retention;
ALTER DEFAULT PRIVILEGES FOR ROLE ww_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE ww_accounts REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE ww_retention REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE ww_owner IN SCHEMA public GRANT SELECT, UPDATE ON TABLES TO ww_retention;
