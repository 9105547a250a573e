-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10 (PostgreSQL): what the monitoring report and the expertise network need, under the
-- rules of version 8 (docs/security.md): applied as ww_owner, who owns everything made here; the groups
-- read under row-level security and write only through the checked definer functions below.
--
-- - Why a white spot has no party, and why an agent removed or added a party, as codes from closed
--   lists, saved with the case by ww_save_case. Retention keeps them (the report counts them for
--   past periods); the agents' own words beside them stay free text that retention erases.
-- - The short summary a supervisor writes when flagging a case for the expertise network, added with
--   the review by ww_add_review. It may name someone despite the desk's check, so it is free text:
--   only supervisors read it, it keeps no planner statistics, and retention erases it with the case.
-- - The export of those cases, for supervisors and administrators only, recorded in the audit log
--   before anything is read (ww_record_network_export, then ww_network_vignettes).

ALTER TABLE public.cases ADD COLUMN white_spot_category text
    CHECK (white_spot_category IN ('outside-school', 'no-complaints-body', 'route-exhausted', 'no-binding-power',
                                   'wants-investigation', 'staff-without-support', 'other'));

ALTER TABLE public.referrals ADD COLUMN reason_category text
    CHECK (reason_category IN ('already-contacted', 'does-not-fit', 'caller-declines', 'school-first',
                               'other-removal', 'better-fit', 'missing-from-tree', 'extra-support', 'caller-asked',
                               'other-addition'));

ALTER TABLE public.case_reviews ADD COLUMN network_summary text
    CHECK (network_summary IS NULL OR (flagged = 1 AND length(network_summary) <= 1500));

-- Codes are kept by retention; the summary has no comment, so retention finds it as free text.
COMMENT ON COLUMN public.cases.white_spot_category IS 'ww:code';
COMMENT ON COLUMN public.referrals.reason_category IS 'ww:code';
ALTER TABLE public.case_reviews ALTER COLUMN network_summary SET STATISTICS 0;

-- The export reads the latest review of each flagged case.
CREATE INDEX case_reviews_flagged ON public.case_reviews (flagged, case_id);

-- ---------------------------------------------------------------------------------------------------
-- The closed lists, and a JSON field that must be one of them.
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION public.ww_white_spot_reasons() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY['outside-school', 'no-complaints-body', 'route-exhausted', 'no-binding-power', 'wants-investigation',
                 'staff-without-support', 'other']
$$;

CREATE FUNCTION public.ww_referral_removal_reasons() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY['already-contacted', 'does-not-fit', 'caller-declines', 'school-first', 'other-removal']
$$;

CREATE FUNCTION public.ww_referral_addition_reasons() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY['better-fit', 'missing-from-tree', 'extra-support', 'caller-asked', 'other-addition']
$$;

CREATE FUNCTION public.ww_json_choice(p_object jsonb, p_field text, p_choices text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    result text := public.ww_json_code(p_object, p_field);
BEGIN
    IF result IS NOT NULL AND pg_catalog.cardinality(p_choices) = 0 THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" does not belong here', p_field),
                                 'invalid_parameter_value');
    END IF;
    IF result IS NOT NULL AND NOT result = ANY (p_choices) THEN
        PERFORM public.ww_refuse(pg_catalog.format('field "%s" is not one of %s', p_field,
                                                   pg_catalog.array_to_string(p_choices, ', ')),
                                 'invalid_parameter_value');
    END IF;
    RETURN result;
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Saving a case: version 8's functions, with the categories. A referral's category belongs to the
-- change made (removed: why; added: why), so an unchanged referral has none.
-- ---------------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.ww_save_case_referrals(p_case_id uuid, p_opened_at timestamptz, p_referrals jsonb)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_referral jsonb;
    v_ordinal bigint;
    v_party text;
    v_origin text;
    v_decision text;
    v_reason text;
    v_category text;
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
        -- The reason's category comes from the closed list for the change made, and only with a change.
        v_category := public.ww_json_choice(v_referral, 'reason_category',
                                            CASE WHEN v_decision = 'removed' THEN public.ww_referral_removal_reasons()
                                                 WHEN v_origin = 'added' THEN public.ww_referral_addition_reasons()
                                                 ELSE '{}'::text[] END);
        v_parties := v_parties || v_party;
        INSERT INTO public.referrals AS r (case_id, party_id, position, origin, decision, reason, warm_handover,
                                           decided_at, opened_at, reason_category)
        VALUES (p_case_id, v_party, v_ordinal - 1, v_origin, v_decision, v_reason,
                CASE WHEN public.ww_json_boolean(v_referral, 'warm') THEN 1 ELSE 0 END,
                coalesce(public.ww_json_time(v_referral, 'decided_at'), public.ww_now()), p_opened_at, v_category)
        ON CONFLICT (case_id, party_id) DO UPDATE
            SET position = excluded.position, origin = excluded.origin, decision = excluded.decision,
                reason = excluded.reason, warm_handover = excluded.warm_handover, decided_at = excluded.decided_at,
                reason_category = excluded.reason_category
            WHERE (r.position, r.origin, r.decision, r.reason, r.warm_handover, r.decided_at, r.reason_category)
                  IS DISTINCT FROM (excluded.position, excluded.origin, excluded.decision, excluded.reason,
                                    excluded.warm_handover, excluded.decided_at, excluded.reason_category);
    END LOOP;
    UPDATE public.referrals r SET decision = 'withdrawn', warm_handover = 0, decided_at = public.ww_now()
    WHERE r.case_id = p_case_id AND r.decision <> 'withdrawn' AND r.party_id <> ALL (v_parties);
END;
$$;

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
                                  themes_key, parties_key, row_version, white_spot_category)
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
                v_white_spot_category)
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

-- ---------------------------------------------------------------------------------------------------
-- A review, with the summary for the expertise network when the case is flagged for it.
-- ---------------------------------------------------------------------------------------------------
DROP FUNCTION public.ww_add_review(uuid, text, integer, integer);
CREATE FUNCTION public.ww_add_review(p_case_id uuid, p_comment text, p_score integer, p_flagged integer,
                                     p_network_summary text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_comment text := pg_catalog.btrim(coalesce(p_comment, ''));
    v_summary text := nullif(pg_catalog.btrim(coalesce(p_network_summary, '')), '');
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
    IF v_summary IS NOT NULL AND (p_flagged <> 1 OR pg_catalog.length(v_summary) > 1500) THEN
        PERFORM public.ww_refuse('a summary for the expertise network goes with a case flagged for it and has at '
                                 'most 1500 characters', 'invalid_parameter_value');
    END IF;
    INSERT INTO public.case_reviews (case_id, reviewer, reviewed_at, comment, score, flagged, network_summary)
    VALUES (p_case_id, session_user, public.ww_now(), v_comment, p_score, p_flagged, v_summary);
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Cases for the expertise network. An export takes two calls, each in a transaction of its own:
-- ww_record_network_export writes the audit entry (who, when, which period, how many cases) and
-- returns its id; ww_network_vignettes gives the vignettes only for an entry of the caller's that was
-- committed before its own transaction began. So nobody reads the cases and rolls the entry back.
-- ---------------------------------------------------------------------------------------------------

-- Whole days in Dutch time, as the report's periods are; the audit entry names them as dates.
CREATE FUNCTION public.ww_network_period(p_start timestamptz, p_end timestamptz) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_start IS NULL OR p_end IS NULL OR NOT pg_catalog.isfinite(p_start) OR NOT pg_catalog.isfinite(p_end)
       OR p_end <= p_start OR (p_start AT TIME ZONE 'Europe/Amsterdam')::time <> time '00:00'
       OR (p_end AT TIME ZONE 'Europe/Amsterdam')::time <> time '00:00' THEN
        PERFORM public.ww_refuse('the period must be whole days in Dutch time, starting before it ends',
                                 'invalid_parameter_value');
    END IF;
    RETURN pg_catalog.format('from=%s to=%s', (p_start AT TIME ZONE 'Europe/Amsterdam')::date,
                             (p_end AT TIME ZONE 'Europe/Amsterdam')::date - 1);
END;
$$;

CREATE FUNCTION public.ww_may_export_for_network() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_supervisor', 'ww_admin'])
$$;

-- The cases flagged for the network by their latest review, with a summary, opened in the period.
CREATE FUNCTION public.ww_network_cases(p_start timestamptz, p_end timestamptz)
RETURNS TABLE (case_id uuid, summary text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH latest AS (
        SELECT DISTINCT ON (r.case_id) r.case_id, r.flagged, r.network_summary
        FROM public.case_reviews r
        ORDER BY r.case_id, r.reviewed_at DESC, r.id DESC
    )
    SELECT c.id, l.network_summary
    FROM latest l JOIN public.cases c ON c.id = l.case_id
    WHERE l.flagged = 1 AND coalesce(pg_catalog.btrim(l.network_summary), '') <> ''
      AND c.opened_at >= p_start AND c.opened_at < p_end
$$;

CREATE FUNCTION public.ww_record_network_export(p_start timestamptz, p_end timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_period text;
    v_entry bigint;
BEGIN
    IF NOT public.ww_may_export_for_network() THEN
        PERFORM public.ww_refuse('only supervisors and administrators export cases for the expertise network');
    END IF;
    v_period := public.ww_network_period(p_start, p_end);
    INSERT INTO public.audit_log (action, detail)
    VALUES ('network-cases-exported',
            pg_catalog.format('cases=%s %s', (SELECT count(*) FROM public.ww_network_cases(p_start, p_end)), v_period))
    RETURNING id INTO v_entry;
    RETURN v_entry;
END;
$$;

-- The vignettes: the summary, the path walked as node and answer ids, themes, caller, school type,
-- outcome, white spot and its category, the parties referred and changed with the reasons'
-- categories, and the month of contact in Dutch time. Never notes, transcripts, free-text reasons,
-- ids, names or exact times.
CREATE FUNCTION public.ww_network_vignettes(p_entry bigint, p_start timestamptz, p_end timestamptz)
RETURNS SETOF jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_period text;
BEGIN
    IF NOT public.ww_may_export_for_network() THEN
        PERFORM public.ww_refuse('only supervisors and administrators export cases for the expertise network');
    END IF;
    v_period := public.ww_network_period(p_start, p_end);
    -- An entry made in this transaction has a time at or after its start (now()); one made before and
    -- still visible was committed.
    IF NOT EXISTS (SELECT 1 FROM public.audit_log a
                   WHERE a.id = p_entry AND a.action = 'network-cases-exported' AND a.actor = session_user
                     AND a.at < pg_catalog.now() AND a.at > pg_catalog.now() - interval '10 minutes'
                     AND a.detail LIKE ('% ' || v_period)) THEN
        PERFORM public.ww_refuse('record the export first with ww_record_network_export, in a transaction of its own');
    END IF;
    RETURN QUERY
        SELECT pg_catalog.jsonb_build_object(
            'month', pg_catalog.to_char(c.opened_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM'),
            'summary', n.summary,
            'tree', c.tree_identity,
            'caller_role', c.caller_role,
            'school_type', c.school_type,
            'outcome', c.outcome_node,
            'white_spot', c.white_spot = 1,
            'white_spot_category', c.white_spot_category,
            'themes', coalesce((SELECT pg_catalog.jsonb_agg(t.theme ORDER BY t.theme)
                                FROM public.case_themes t WHERE t.case_id = c.id), '[]'::jsonb),
            'path', coalesce((SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(s.node_id, s.option_id)
                                                          ORDER BY s.seq)
                              FROM public.case_steps s WHERE s.case_id = c.id AND s.withdrawn_at IS NULL),
                             '[]'::jsonb),
            'referrals', coalesce((SELECT pg_catalog.jsonb_agg(
                                              pg_catalog.jsonb_build_object('party', f.party_id, 'origin', f.origin,
                                                                            'decision', f.decision,
                                                                            'reason_category', f.reason_category)
                                              ORDER BY f.position)
                                   FROM public.referrals f WHERE f.case_id = c.id AND f.decision <> 'withdrawn'),
                                  '[]'::jsonb))
        FROM public.ww_network_cases(p_start, p_end) n JOIN public.cases c ON c.id = n.case_id
        ORDER BY c.opened_at;
END;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Privileges: nobody but the groups named here executes the new functions.
-- ---------------------------------------------------------------------------------------------------
REVOKE ALL ON FUNCTION public.ww_white_spot_reasons(), public.ww_referral_removal_reasons(),
    public.ww_referral_addition_reasons(), public.ww_json_choice(jsonb, text, text[]),
    public.ww_add_review(uuid, text, integer, integer, text), public.ww_network_period(timestamptz, timestamptz),
    public.ww_may_export_for_network(), public.ww_network_cases(timestamptz, timestamptz),
    public.ww_record_network_export(timestamptz, timestamptz),
    public.ww_network_vignettes(bigint, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.ww_add_review(uuid, text, integer, integer, text) TO ww_supervisor;
GRANT EXECUTE ON FUNCTION public.ww_record_network_export(timestamptz, timestamptz),
    public.ww_network_vignettes(bigint, timestamptz, timestamptz) TO ww_supervisor, ww_admin;
