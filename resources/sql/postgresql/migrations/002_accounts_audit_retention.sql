-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2 (PostgreSQL): personal accounts in group roles, row-level security, an audit log
-- written by the database, hand-overs and retention. The client can be bypassed; these rules cannot.
-- Roles are cluster-wide: another database on the same server, migrating at the same moment, may
-- create them first, so "already there" is fine.

DO $$ BEGIN CREATE ROLE ww_agent NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; $$;
DO $$ BEGIN CREATE ROLE ww_supervisor NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; $$;
DO $$ BEGIN CREATE ROLE ww_admin NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; $$;

-- Settings of the whole helpdesk, such as the retention period.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE case_handovers (
    id         BIGSERIAL PRIMARY KEY,
    case_id    uuid NOT NULL REFERENCES cases (id),
    from_role  TEXT NOT NULL DEFAULT session_user,
    to_role    TEXT NOT NULL,
    note       TEXT NOT NULL,
    handed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_handovers_to ON case_handovers (to_role, case_id);

CREATE TABLE case_reviews (
    id          BIGSERIAL PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES cases (id),
    reviewer    TEXT NOT NULL DEFAULT session_user,
    reviewed_at timestamptz NOT NULL DEFAULT now(),
    comment     TEXT NOT NULL
);

-- Who opened, changed, exported or handed over which case, and when.
CREATE TABLE audit_log (
    id      BIGSERIAL PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor   TEXT NOT NULL DEFAULT session_user,
    action  TEXT NOT NULL,
    case_id uuid,
    detail  TEXT
);
CREATE INDEX audit_log_case ON audit_log (case_id, at);

-- Whether the current statement runs inside the retention job (a definer function run as the
-- schema owner), the one place where notes may be erased.
CREATE FUNCTION ww_in_retention() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT current_setting('ww.retention', true) = 'on'
       AND current_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'cases'::regclass)
$$;

CREATE OR REPLACE FUNCTION refuse_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF ww_in_retention() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'case notes are append-only: add a correcting note instead';
END;
$$;

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log cannot be changed';
END;
$$;
CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

-- The database writes the audit log itself: on every change of a case and every hand-over.
CREATE FUNCTION audit_case_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO audit_log (action, case_id, detail)
    VALUES (CASE WHEN TG_OP = 'INSERT' THEN 'created' ELSE 'changed' END, NEW.id, NEW.status);
    RETURN NEW;
END;
$$;
CREATE TRIGGER cases_audit AFTER INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION audit_case_change();

CREATE FUNCTION audit_handover() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO audit_log (action, case_id, detail) VALUES ('handed-over', NEW.case_id, NEW.to_role);
    RETURN NEW;
END;
$$;
CREATE TRIGGER case_handovers_audit AFTER INSERT ON case_handovers FOR EACH ROW EXECUTE FUNCTION audit_handover();

-- The desktop records opening and exporting through this function; it checks that the caller may
-- see the case, so nobody can write entries about cases they cannot see.
CREATE FUNCTION ww_record_case_access(p_case_id uuid, p_action text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_action NOT IN ('opened', 'exported') THEN
        RAISE EXCEPTION 'unknown access %', p_action;
    END IF;
    IF NOT ww_may_read_case(p_case_id) THEN
        RAISE EXCEPTION 'no access to this case';
    END IF;
    INSERT INTO audit_log (action, case_id) VALUES (p_action, p_case_id);
END;
$$;

-- Membership tests run as the caller's session user.
CREATE FUNCTION ww_is_supervisor() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, 'ww_supervisor', 'MEMBER') OR pg_has_role(session_user, 'ww_admin', 'MEMBER')
$$;

-- An agent sees the cases they own and the cases handed over to them.
CREATE FUNCTION ww_may_read_case(p_case_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT ww_is_supervisor()
        OR EXISTS (SELECT 1 FROM cases WHERE id = p_case_id AND owner = session_user)
        OR EXISTS (SELECT 1 FROM case_handovers WHERE case_id = p_case_id AND to_role = session_user)
$$;

CREATE FUNCTION ww_may_write_case(p_case_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM cases WHERE id = p_case_id AND owner = session_user)
        OR EXISTS (SELECT 1 FROM case_handovers WHERE case_id = p_case_id AND to_role = session_user)
$$;

-- Row-level security on every table with case content.
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
-- owner = session_user first: an upsert of a new case checks this policy before the row exists.
CREATE POLICY cases_read ON cases FOR SELECT USING (owner = session_user OR ww_may_read_case(id));
CREATE POLICY cases_insert ON cases FOR INSERT WITH CHECK (owner = session_user);
CREATE POLICY cases_update ON cases FOR UPDATE USING (ww_may_write_case(id)) WITH CHECK (ww_may_write_case(id));

DO $$
DECLARE
    child text;
BEGIN
    FOREACH child IN ARRAY ARRAY['case_themes', 'case_steps', 'case_notes', 'note_drafts', 'referrals', 'case_events']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', child);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (ww_may_read_case(case_id))', child || '_read', child);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (ww_may_write_case(case_id))', child || '_insert', child);
    END LOOP;
    -- Rows an agent replaces on every save (not notes or events: those are append-only).
    FOREACH child IN ARRAY ARRAY['case_themes', 'case_steps', 'note_drafts', 'referrals']
    LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (ww_may_write_case(case_id))', child || '_update', child);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (ww_may_write_case(case_id))', child || '_delete', child);
    END LOOP;
END;
$$;

ALTER TABLE case_handovers ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_handovers_read ON case_handovers FOR SELECT
    USING (ww_is_supervisor() OR from_role = session_user OR to_role = session_user);
CREATE POLICY case_handovers_insert ON case_handovers FOR INSERT
    WITH CHECK (from_role = session_user AND ww_may_write_case(case_id));

ALTER TABLE case_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_reviews_read ON case_reviews FOR SELECT USING (ww_is_supervisor());
CREATE POLICY case_reviews_insert ON case_reviews FOR INSERT WITH CHECK (ww_is_supervisor() AND reviewer = session_user);

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (ww_is_supervisor());

-- Least privilege: what each group may do at all; the policies above narrow it to rows.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ww_agent, ww_supervisor, ww_admin;
GRANT SELECT ON schema_migrations, settings, trees TO ww_agent, ww_supervisor, ww_admin;
GRANT INSERT ON trees TO ww_agent, ww_supervisor;
GRANT SELECT, INSERT, UPDATE ON cases TO ww_agent, ww_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON case_themes, case_steps, note_drafts, referrals TO ww_agent, ww_supervisor;
GRANT SELECT, INSERT ON case_notes, case_events TO ww_agent, ww_supervisor;
GRANT SELECT, INSERT ON case_handovers TO ww_agent, ww_supervisor;
GRANT USAGE ON SEQUENCE case_handovers_id_seq TO ww_agent, ww_supervisor;
GRANT SELECT, INSERT ON case_reviews TO ww_supervisor;
GRANT USAGE ON SEQUENCE case_reviews_id_seq TO ww_supervisor;
GRANT SELECT ON audit_log TO ww_supervisor, ww_admin;
GRANT EXECUTE ON FUNCTION ww_record_case_access(uuid, text), ww_may_read_case(uuid), ww_may_write_case(uuid),
    ww_is_supervisor(), ww_in_retention() TO ww_agent, ww_supervisor, ww_admin;

-- Retention: closed cases past the period lose their free text (notes, reasons, instructions,
-- drafts); the coded fields stay for statistics. Only this function may erase notes.
ALTER TABLE cases ADD COLUMN anonymised_at timestamptz;

CREATE FUNCTION ww_apply_retention(p_cutoff timestamptz, p_period text, p_dry_run boolean) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    affected integer;
BEGIN
    IF NOT (pg_has_role(session_user, 'ww_admin', 'MEMBER') OR current_user = session_user) THEN
        RAISE EXCEPTION 'only administrators apply retention';
    END IF;
    CREATE TEMP TABLE IF NOT EXISTS retention_batch (id uuid) ON COMMIT DROP;
    DELETE FROM retention_batch;
    INSERT INTO retention_batch
        SELECT id FROM cases
        WHERE status = 'closed' AND anonymised_at IS NULL AND closed_at < p_cutoff;
    SELECT count(*) INTO affected FROM retention_batch;
    IF p_dry_run THEN
        RETURN affected;
    END IF;
    PERFORM set_config('ww.retention', 'on', true);
    UPDATE case_notes SET body = '' WHERE case_id IN (SELECT id FROM retention_batch);
    UPDATE referrals SET reason = CASE WHEN reason IS NULL THEN NULL ELSE '-' END
        WHERE case_id IN (SELECT id FROM retention_batch);
    DELETE FROM note_drafts WHERE case_id IN (SELECT id FROM retention_batch);
    UPDATE case_events SET detail = NULL WHERE case_id IN (SELECT id FROM retention_batch);
    UPDATE case_handovers SET note = '' WHERE case_id IN (SELECT id FROM retention_batch);
    UPDATE cases SET white_spot_reason = CASE WHEN white_spot_reason IS NULL THEN NULL ELSE '-' END,
                     follow_up_instruction = NULL, anonymised_at = now()
        WHERE id IN (SELECT id FROM retention_batch);
    PERFORM set_config('ww.retention', 'off', true);
    INSERT INTO audit_log (action, detail)
        VALUES ('retention-applied', format('%s cases closed before %s anonymised', affected, p_cutoff));
    INSERT INTO settings (key, value) VALUES ('retention_period', p_period)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    RETURN affected;
END;
$$;
GRANT EXECUTE ON FUNCTION ww_apply_retention(timestamptz, text, boolean) TO ww_admin;
