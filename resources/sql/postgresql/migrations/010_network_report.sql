-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10 (PostgreSQL): what the monitoring report and the expertise network need.
-- Why a white spot has no party, and why an agent removed or added a party, as codes from closed lists
-- (the free-text reasons stay where they are and never leave the database); and the short summary a
-- supervisor writes when flagging a case for the expertise network. The grants and row-level security of
-- versions 2 and 5 cover the new columns: agents write the codes with their cases, only supervisors read
-- and write reviews.

ALTER TABLE cases ADD COLUMN white_spot_category text
    CHECK (white_spot_category IN ('outside-school', 'no-complaints-body', 'route-exhausted', 'no-binding-power',
                                   'wants-investigation', 'staff-without-support', 'other'));

ALTER TABLE referrals ADD COLUMN reason_category text
    CHECK (reason_category IN ('already-contacted', 'does-not-fit', 'caller-declines', 'school-first',
                               'other-removal', 'better-fit', 'missing-from-tree', 'extra-support', 'caller-asked',
                               'other-addition'));

-- Free text: read only by ww_network_vignettes below, erased by retention with the case.
ALTER TABLE case_reviews ADD COLUMN network_summary text
    CHECK (network_summary IS NULL OR length(network_summary) <= 1500);

CREATE FUNCTION ww_erase_network_summary() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE case_reviews SET network_summary = NULL WHERE case_id = NEW.id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER cases_erase_network_summary AFTER UPDATE OF anonymised_at ON cases FOR EACH ROW
    WHEN (OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL) EXECUTE FUNCTION ww_erase_network_summary();

CREATE INDEX case_reviews_flagged ON case_reviews (flagged, case_id);

-- The cases flagged for the expertise network (by their latest review) that were opened in the period, as
-- vignettes: the summary, the path as node and answer ids, themes, caller, school type, white spot and its
-- category, the parties referred and changed with the reasons' categories, and the month of contact in
-- Dutch time. Never notes, transcripts, free-text reasons, ids, names or exact times. Only supervisors and
-- administrators may call it, and every call is recorded in the audit log, in the same transaction.
CREATE FUNCTION ww_network_vignettes(p_start timestamptz, p_end timestamptz) RETURNS SETOF jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    exported bigint;
BEGIN
    IF NOT (ww_is_supervisor() OR current_user = session_user) THEN
        RAISE EXCEPTION 'only supervisors and administrators export cases for the expertise network';
    END IF;
    IF p_start IS NULL OR p_end IS NULL OR p_end <= p_start THEN
        RAISE EXCEPTION 'the period must start before it ends';
    END IF;
    RETURN QUERY
        WITH latest AS (
            SELECT DISTINCT ON (r.case_id) r.case_id, r.flagged, r.network_summary
            FROM case_reviews r
            ORDER BY r.case_id, r.reviewed_at DESC, r.id DESC
        )
        SELECT jsonb_build_object(
            'month', to_char(c.opened_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM'),
            'summary', l.network_summary,
            'tree', c.tree_identity,
            'caller_role', c.caller_role,
            'school_type', c.school_type,
            'outcome', c.outcome_node,
            'white_spot', c.white_spot = 1,
            'white_spot_category', c.white_spot_category,
            'themes', coalesce((SELECT jsonb_agg(t.theme ORDER BY t.theme) FROM case_themes t WHERE t.case_id = c.id),
                               '[]'::jsonb),
            'path', coalesce((SELECT jsonb_agg(jsonb_build_array(s.node_id, s.option_id) ORDER BY s.seq)
                              FROM case_steps s WHERE s.case_id = c.id), '[]'::jsonb),
            'referrals', coalesce((SELECT jsonb_agg(jsonb_build_object('party', f.party_id, 'origin', f.origin,
                                                                      'decision', f.decision,
                                                                      'reason_category', f.reason_category)
                                                    ORDER BY f.position)
                                   FROM referrals f WHERE f.case_id = c.id), '[]'::jsonb))
        FROM latest l JOIN cases c ON c.id = l.case_id
        WHERE l.flagged = 1 AND coalesce(btrim(l.network_summary), '') <> ''
          AND c.opened_at >= p_start AND c.opened_at < p_end
        ORDER BY c.opened_at;
    GET DIAGNOSTICS exported = ROW_COUNT;
    INSERT INTO audit_log (action, detail)
        VALUES ('network-cases-exported',
                format('cases=%s from=%s to=%s', exported, (p_start AT TIME ZONE 'Europe/Amsterdam')::date,
                       ((p_end AT TIME ZONE 'Europe/Amsterdam')::date - 1)));
END;
$$;
REVOKE ALL ON FUNCTION ww_network_vignettes(timestamptz, timestamptz), ww_erase_network_summary() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ww_network_vignettes(timestamptz, timestamptz) TO ww_supervisor, ww_admin;
