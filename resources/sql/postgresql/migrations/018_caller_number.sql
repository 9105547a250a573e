-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 18 (PostgreSQL): the caller's phone number, kept only when the caller agreed to it
-- (docs/telephony.md), under the rules of version 8 (docs/security.md): applied as ww_owner; agents and
-- supervisors write it only through ww_save_case.
--
-- The phone system may tell the desk the caller's number; the desk stores it only when the agent records the
-- caller's consent on the case. The number is free text to retention (no ww:code or ww:person comment), so
-- ww_apply_retention erases it with the case's other free text; the consent is a yes/no and stays.

ALTER TABLE public.cases ADD COLUMN caller_number_consent boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN public.cases.caller_number_consent IS 'ww:code';
-- An optional + and 1 to 19 digits, at most 20 characters; '' is what retention leaves of one.
ALTER TABLE public.cases ADD COLUMN caller_number text;
ALTER TABLE public.cases ADD CONSTRAINT cases_caller_number_form
    CHECK (caller_number = '' OR caller_number ~ '^\+?[0-9]{1,19}$');
ALTER TABLE public.cases ADD CONSTRAINT cases_caller_number_consent
    CHECK (caller_number IS NULL OR caller_number = '' OR caller_number_consent);
-- A person's number: the planner keeps no sample of it.
ALTER TABLE public.cases ALTER COLUMN caller_number SET STATISTICS 0;

-- ---------------------------------------------------------------------------------------------------
-- Saving a case: version 12's function, with the caller's number and the consent it needs.
-- ---------------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.ww_save_case(p_case jsonb) RETURNS jsonb
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
    v_white_spot_category text;
    v_caller_language text;
    v_caller_number text;
    v_caller_number_consent boolean;
    v_caller_number_given boolean := p_case ? 'caller_number' OR p_case ? 'caller_number_consent';
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
    v_white_spot_category := public.ww_json_choice(p_case, 'white_spot_category', public.ww_white_spot_reasons());
    v_caller_language := public.ww_json_choice(p_case, 'caller_language', public.ww_caller_languages());
    v_caller_number_consent := public.ww_json_boolean(p_case, 'caller_number_consent');
    v_caller_number := public.ww_json_text(p_case, 'caller_number', 20, '^\+?[0-9]{1,19}$');
    IF v_caller_number IS NOT NULL AND NOT v_caller_number_consent THEN
        PERFORM public.ww_refuse('the caller''s number is stored only with the caller''s consent',
                                 'invalid_parameter_value');
    END IF;

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
            white_spot_category = v_white_spot_category,
            caller_language = v_caller_language,
            -- A desk that does not hold the case's number sends neither field: the stored one stays.
            caller_number = CASE WHEN v_caller_number_given THEN v_caller_number ELSE caller_number END,
            caller_number_consent = CASE WHEN v_caller_number_given THEN v_caller_number_consent
                                         ELSE caller_number_consent END,
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
                                  themes_key, parties_key, row_version, white_spot_category, caller_language,
                                  caller_number, caller_number_consent)
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
                pg_catalog.array_to_string(v_themes, ','), public.ww_case_parties_key(v_referrals), 1,
                v_white_spot_category, v_caller_language, v_caller_number, v_caller_number_consent)
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
