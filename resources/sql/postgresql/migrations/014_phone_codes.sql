-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 14 (PostgreSQL): phone codes, the website's second way to a staff member. A visitor who
-- walked the tree on the web page asks the chat gateway for a short code and reads it out on the phone;
-- the agent types it in the desk, and the phone case starts where the visitor stopped. Under the rules
-- of version 8 (docs/security.md): applied as ww_owner; nobody reads the tables, two definer functions
-- are the only way in.
--
-- - A code is six digits from the gateway's CSPRNG, unique among the codes not yet expired, valid for 30
--   minutes and once. It holds the tree's identity and the node ids walked, nothing about the visitor.
-- - Only the gateway makes codes (ww_create_phone_code); only agents and supervisors redeem them
--   (ww_redeem_phone_code), which marks the code used in the same statement that finds it.
-- - Guessing: every refused attempt is counted per account; after 10 in a minute the function answers
--   "too-many" without looking at the code. With at most 20,000 live codes among a million, a guess hits
--   at most once in 50, so an account guesses at most 10 a minute and the counts show who tried.

CREATE TABLE public.phone_codes (
    code          text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    tree_identity text NOT NULL CHECK (length(tree_identity) BETWEEN 1 AND 128),
    path          jsonb NOT NULL CHECK (jsonb_typeof(path) = 'array'),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz
);
CREATE INDEX phone_codes_expiry ON public.phone_codes (expires_at);

-- Refused attempts to redeem a code, per account, for the limit on guessing; kept for an hour.
CREATE TABLE public.phone_code_attempts (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role text NOT NULL,
    at   timestamptz NOT NULL
);
CREATE INDEX phone_code_attempts_role ON public.phone_code_attempts (role, at);

COMMENT ON COLUMN public.phone_codes.code IS 'ww:code';
COMMENT ON COLUMN public.phone_codes.tree_identity IS 'ww:code';
COMMENT ON COLUMN public.phone_codes.path IS 'ww:code';
COMMENT ON COLUMN public.phone_code_attempts.role IS 'ww:person';
ALTER TABLE public.phone_code_attempts ALTER COLUMN role SET STATISTICS 0;

SELECT public.ww_secure_table('public.phone_codes'::regclass);
SELECT public.ww_secure_table('public.phone_code_attempts'::regclass);

-- The gateway stores a code it drew; NULL when that code is taken (the gateway draws another), else when
-- it expires. Codes expired for a day are removed here, so the table stays small.
CREATE FUNCTION public.ww_create_phone_code(p_code text, p_tree_identity text, p_path text) RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_path jsonb;
    v_node jsonb;
    v_now timestamptz := public.ww_now();
    v_expires timestamptz := public.ww_now() + interval '30 minutes';
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway makes phone codes');
    END IF;
    IF p_code IS NULL OR p_code !~ '^[0-9]{6}$' THEN
        PERFORM public.ww_refuse('a phone code is six digits', 'invalid_parameter_value');
    END IF;
    IF p_tree_identity IS NULL OR p_tree_identity !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}@sha256:[0-9a-f]{64}$'
       OR pg_catalog.length(p_tree_identity) > 128 THEN
        PERFORM public.ww_refuse('the tree identity is not in the expected form', 'invalid_parameter_value');
    END IF;
    IF p_path IS NULL OR pg_catalog.length(p_path) > 16384 THEN
        PERFORM public.ww_refuse('the path is missing or longer than 16384 characters', 'invalid_parameter_value');
    END IF;
    BEGIN
        v_path := p_path::jsonb;
    EXCEPTION WHEN invalid_text_representation THEN
        PERFORM public.ww_refuse('the path is not JSON', 'invalid_parameter_value');
    END;
    IF pg_catalog.jsonb_typeof(v_path) <> 'array' OR pg_catalog.jsonb_array_length(v_path) NOT BETWEEN 1 AND 200 THEN
        PERFORM public.ww_refuse('the path is a list of 1 to 200 node ids', 'invalid_parameter_value');
    END IF;
    FOR v_node IN SELECT value FROM pg_catalog.jsonb_array_elements(v_path) LOOP
        IF pg_catalog.jsonb_typeof(v_node) <> 'string' OR (v_node #>> '{}') !~ '^[a-z0-9][a-z0-9-]{0,63}$' THEN
            PERFORM public.ww_refuse('the path holds something that is not a node id', 'invalid_parameter_value');
        END IF;
    END LOOP;
    DELETE FROM public.phone_codes WHERE expires_at < v_now - interval '1 day';
    DELETE FROM public.phone_codes WHERE code = p_code AND expires_at <= v_now;
    IF (SELECT pg_catalog.count(*) FROM public.phone_codes WHERE expires_at > v_now) >= 20000 THEN
        PERFORM public.ww_refuse('20000 phone codes are waiting already; try again later', 'program_limit_exceeded');
    END IF;
    INSERT INTO public.phone_codes (code, tree_identity, path, created_at, expires_at)
    VALUES (p_code, p_tree_identity, v_path, v_now, v_expires)
    ON CONFLICT (code) DO NOTHING;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN v_expires;
END;
$$;

-- An agent or supervisor redeems a code typed from the phone: status 'ok' with the tree and path (the code
-- is used from now on), or 'unknown', 'used', 'expired', 'other-tree' (made on another tree than
-- p_tree_identity, the desk's; the code stays valid) or 'too-many' (10 refused attempts in the last minute).
CREATE FUNCTION public.ww_redeem_phone_code(p_code text, p_tree_identity text)
RETURNS TABLE (status text, tree_identity text, path text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now timestamptz := public.ww_now();
    v_found public.phone_codes%ROWTYPE;
    v_status text;
BEGIN
    IF NOT public.ww_is_login_member(session_user, ARRAY['ww_agent', 'ww_supervisor']) THEN
        PERFORM public.ww_refuse('only agents and supervisors redeem phone codes');
    END IF;
    IF p_tree_identity IS NULL OR pg_catalog.length(p_tree_identity) > 128 THEN
        PERFORM public.ww_refuse('the tree identity is missing or longer than 128 characters',
                                 'invalid_parameter_value');
    END IF;
    -- One account's attempts one after another, so that parallel guesses cannot pass the count together.
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('ww_phone_code:' || session_user));
    DELETE FROM public.phone_code_attempts a WHERE a.at < v_now - interval '1 hour';
    IF (SELECT pg_catalog.count(*) FROM public.phone_code_attempts a
        WHERE a.role = session_user AND a.at > v_now - interval '1 minute') >= 10 THEN
        RETURN QUERY SELECT 'too-many'::text, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF p_code IS NOT NULL AND p_code ~ '^[0-9]{6}$' THEN
        UPDATE public.phone_codes c SET used_at = v_now
        WHERE c.code = p_code AND c.used_at IS NULL AND c.expires_at > v_now AND c.tree_identity = p_tree_identity
        RETURNING * INTO v_found;
        IF FOUND THEN
            RETURN QUERY SELECT 'ok'::text, v_found.tree_identity, v_found.path::text;
            RETURN;
        END IF;
        SELECT * INTO v_found FROM public.phone_codes c WHERE c.code = p_code;
    END IF;
    v_status := CASE WHEN v_found.code IS NULL THEN 'unknown'
                     WHEN v_found.used_at IS NOT NULL THEN 'used'
                     WHEN v_found.expires_at <= v_now THEN 'expired'
                     ELSE 'other-tree' END;
    INSERT INTO public.phone_code_attempts (role, at) VALUES (session_user, v_now);
    RETURN QUERY SELECT v_status, CASE WHEN v_status = 'other-tree' THEN v_found.tree_identity END, NULL::text;
END;
$$;

REVOKE ALL ON public.phone_codes, public.phone_code_attempts FROM PUBLIC;
REVOKE ALL ON FUNCTION public.ww_create_phone_code(text, text, text), public.ww_redeem_phone_code(text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.ww_create_phone_code(text, text, text) TO ww_gateway;
GRANT EXECUTE ON FUNCTION public.ww_redeem_phone_code(text, text) TO ww_agent, ww_supervisor;

-- A phone case whose walk came from a website code records that as an event, 'website-path' (never the
-- code): version 8's function with that kind added.
CREATE OR REPLACE FUNCTION public.ww_save_case_events(p_case_id uuid, p_events jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_event jsonb;
    v_ordinal bigint;
    v_kind text;
BEGIN
    FOR v_event, v_ordinal IN SELECT value, n FROM pg_catalog.jsonb_array_elements(p_events)
                              WITH ORDINALITY AS e(value, n)
    LOOP
        IF EXISTS (SELECT 1 FROM public.case_events e WHERE e.case_id = p_case_id AND e.seq = v_ordinal - 1) THEN
            CONTINUE;
        END IF;
        v_kind := public.ww_json_text(v_event, 'kind', 32,
                                      '^(opened|hold|resumed|contact-ended|follow-up|continued|closed|website-path)$');
        IF v_kind IS NULL OR public.ww_json_time(v_event, 'at') IS NULL THEN
            PERFORM public.ww_refuse('every event needs a known kind and a time', 'invalid_parameter_value');
        END IF;
        INSERT INTO public.case_events (case_id, seq, at, kind, detail)
        VALUES (p_case_id, v_ordinal - 1, public.ww_json_time(v_event, 'at'), v_kind,
                public.ww_json_text(v_event, 'detail', 1000));
    END LOOP;
END;
$$;
REVOKE ALL ON FUNCTION public.ww_save_case_events(uuid, jsonb) FROM PUBLIC;
