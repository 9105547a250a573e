-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11 (PostgreSQL): published versions of the tree and the referral directory, and the
-- content managers who publish them, under the rules of version 8 (docs/security.md): applied as
-- ww_owner, who owns everything made here.
--
-- - A version is a tree (kept in public.trees under its identity, as cases keep theirs), the directory
--   that goes with it, who published it (the session's login, never an argument), when, and a note.
--   Versions are never changed or removed: a correction is a newer version.
-- - ww_editor (content managers) publishes and reads versions and reads no case data: no table of
--   cases, chats, reviews or the audit log grants it anything, and no policy lets it see a row.
-- - Administrators publish too; agents and supervisors read versions (the desk loads the newest).
-- - Publishing goes through ww_publish_tree_version, which checks the caller, the sizes, that both
--   documents are JSON objects of the expected shape and that the tree's identity names its content.

INSERT INTO public.account_groups (name, description)
VALUES ('ww_editor', 'content managers: publish the tree and the directory, read no cases');

CREATE TABLE public.tree_versions (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tree_identity     text NOT NULL REFERENCES public.trees (identity),
    directory_sha256  text NOT NULL CHECK (directory_sha256 ~ '^[0-9a-f]{64}$'),
    directory_content text NOT NULL,
    published_by      text NOT NULL,
    published_at      timestamptz NOT NULL,
    note              text NOT NULL CHECK (pg_catalog.length(note) BETWEEN 1 AND 500)
);

COMMENT ON COLUMN public.tree_versions.tree_identity IS 'ww:code';
COMMENT ON COLUMN public.tree_versions.directory_sha256 IS 'ww:code';
COMMENT ON COLUMN public.tree_versions.directory_content IS 'ww:code';
COMMENT ON COLUMN public.tree_versions.published_by IS 'ww:person';
-- Account names and free text keep no planner statistics (see version 8).
ALTER TABLE public.tree_versions ALTER COLUMN published_by SET STATISTICS 0;
ALTER TABLE public.tree_versions ALTER COLUMN note SET STATISTICS 0;

CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON public.tree_versions
    FOR EACH ROW EXECUTE FUNCTION public.ww_refuse_change();
CREATE TRIGGER never_truncated BEFORE TRUNCATE ON public.tree_versions
    FOR EACH STATEMENT EXECUTE FUNCTION public.ww_refuse_change();

-- ---------------------------------------------------------------------------------------------------
-- Who reads what: versions for the desk's users and content managers; content managers read the
-- trees of published versions, the schema version (to connect) and nothing else.
-- ---------------------------------------------------------------------------------------------------
SELECT public.ww_secure_table('public.tree_versions');
CREATE POLICY reference_read ON public.tree_versions FOR SELECT
    TO ww_agent, ww_supervisor, ww_admin, ww_editor USING (true);
CREATE POLICY editors_read_published ON public.trees FOR SELECT TO ww_editor
    USING (EXISTS (SELECT 1 FROM public.tree_versions v WHERE v.tree_identity = trees.identity));
CREATE POLICY editors_read ON public.schema_migrations FOR SELECT TO ww_editor USING (true);

GRANT SELECT ON public.tree_versions TO ww_agent, ww_supervisor, ww_admin, ww_editor;
GRANT SELECT ON public.trees, public.schema_migrations TO ww_editor;
-- Retention reads every table but changes no version (tables made by ww_owner give it UPDATE).
REVOKE UPDATE ON public.tree_versions FROM ww_retention;

-- ---------------------------------------------------------------------------------------------------
-- Publishing.
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION public.ww_may_publish_tree() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_editor', 'ww_admin'])
$$;

-- A JSON object of at most 16 MiB, with the fields its format requires of the given types; refuses
-- anything else naming the document.
CREATE FUNCTION public.ww_content_document(p_content text, p_what text, p_fields text[], p_types text[])
RETURNS jsonb LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_document jsonb;
BEGIN
    IF p_content IS NULL OR pg_catalog.btrim(p_content) = '' THEN
        PERFORM public.ww_refuse(pg_catalog.format('the %s is empty', p_what), 'invalid_parameter_value');
    END IF;
    IF pg_catalog.octet_length(p_content) > 16 * 1024 * 1024 THEN
        PERFORM public.ww_refuse(pg_catalog.format('the %s is larger than 16 MiB', p_what), 'invalid_parameter_value');
    END IF;
    BEGIN
        v_document := p_content::jsonb;
    EXCEPTION WHEN others THEN
        PERFORM public.ww_refuse(pg_catalog.format('the %s is not valid JSON', p_what), 'invalid_parameter_value');
    END;
    IF pg_catalog.jsonb_typeof(v_document) <> 'object' THEN
        PERFORM public.ww_refuse(pg_catalog.format('the %s is not a JSON object', p_what), 'invalid_parameter_value');
    END IF;
    FOR i IN 1 .. pg_catalog.cardinality(p_fields) LOOP
        IF pg_catalog.jsonb_typeof(v_document -> p_fields[i]) IS DISTINCT FROM p_types[i] THEN
            PERFORM public.ww_refuse(pg_catalog.format('the %s needs the field "%s" as a JSON %s', p_what, p_fields[i],
                                                       p_types[i]), 'invalid_parameter_value');
        END IF;
    END LOOP;
    RETURN v_document;
END;
$$;

-- Publishes a tree with its directory; returns the new version's id. The tree's content is its
-- canonical form (DecisionTree::canonicalContent) and its identity VERSION@sha256:HEX is checked
-- against it, so nobody publishes content under another tree's name. What the server cannot check
-- (nodes, references, parties, language) the publishing program validated before; see
-- docs/tree-format.md.
CREATE FUNCTION public.ww_publish_tree_version(p_tree_identity text, p_tree_content text, p_directory_content text,
                                               p_note text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_tree jsonb;
    v_version text;
    v_note text := pg_catalog.btrim(p_note);
    v_id bigint;
BEGIN
    IF NOT public.ww_may_publish_tree() THEN
        PERFORM public.ww_refuse('only content managers and administrators publish versions of the tree');
    END IF;
    IF p_tree_identity IS NULL OR p_tree_identity !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}@sha256:[0-9a-f]{64}$' THEN
        PERFORM public.ww_refuse('the tree identity is not in the form VERSION@sha256:HEX', 'invalid_parameter_value');
    END IF;
    IF v_note IS NULL OR v_note = '' OR pg_catalog.length(v_note) > 500 OR v_note ~ '[[:cntrl:]]' THEN
        PERFORM public.ww_refuse('the note must be 1 to 500 characters on one line', 'invalid_parameter_value');
    END IF;
    v_tree := public.ww_content_document(p_tree_content, 'tree', ARRAY['format', 'version', 'start', 'nodes'],
                                         ARRAY['number', 'string', 'string', 'array']);
    PERFORM public.ww_content_document(p_directory_content, 'directory', ARRAY['format', 'parties'],
                                       ARRAY['number', 'array']);
    v_version := pg_catalog.split_part(p_tree_identity, '@', 1);
    IF v_tree ->> 'version' IS DISTINCT FROM v_version THEN
        PERFORM public.ww_refuse('the tree identity does not name the tree''s "version"', 'invalid_parameter_value');
    END IF;
    IF p_tree_identity <> v_version || '@sha256:' || pg_catalog.encode(
                              pg_catalog.sha256(pg_catalog.convert_to(p_tree_content, 'UTF8')), 'hex') THEN
        PERFORM public.ww_refuse('the tree identity does not match its content', 'invalid_parameter_value');
    END IF;
    INSERT INTO public.trees (identity, version, content, stored_at)
    VALUES (p_tree_identity, v_version, p_tree_content, public.ww_now())
    ON CONFLICT (identity) DO NOTHING;
    INSERT INTO public.tree_versions (tree_identity, directory_sha256, directory_content, published_by, published_at,
                                      note)
    VALUES (p_tree_identity,
            pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(p_directory_content, 'UTF8')), 'hex'),
            p_directory_content, session_user, public.ww_now(), v_note)
    RETURNING id INTO v_id;
    -- Desks listening on this channel may pick the version up at once rather than at their next look.
    PERFORM pg_catalog.pg_notify('ww_tree_versions', v_id::text);
    RETURN v_id;
END;
$$;

REVOKE ALL ON FUNCTION public.ww_may_publish_tree(), public.ww_content_document(text, text, text[], text[]),
    public.ww_publish_tree_version(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.ww_publish_tree_version(text, text, text, text) TO ww_editor, ww_admin;
-- The desk asks every login whether it may open the supervision views; a content manager may not.
GRANT EXECUTE ON FUNCTION public.ww_is_supervisor() TO ww_editor;
