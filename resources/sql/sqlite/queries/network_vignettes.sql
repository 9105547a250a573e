-- The cases flagged for the expertise network by their latest review and opened in the period, one JSON
-- object each, as ww_network_vignettes gives them on PostgreSQL; the program turns the opening time into
-- a month and drops it. No notes, no free-text reasons, no ids, no names.
WITH latest AS (
    SELECT case_id, flagged, network_summary,
           row_number() OVER (PARTITION BY case_id ORDER BY reviewed_at DESC, id DESC) AS position
    FROM case_reviews
)
SELECT json_object(
    'opened_at', c.opened_at,
    'summary', l.network_summary,
    'tree', c.tree_identity,
    'caller_role', c.caller_role,
    'school_type', c.school_type,
    'outcome', c.outcome_node,
    'white_spot', json(CASE WHEN c.white_spot = 1 THEN 'true' ELSE 'false' END),
    'white_spot_category', c.white_spot_category,
    'themes', (SELECT json_group_array(theme) FROM (SELECT theme FROM case_themes WHERE case_id = c.id ORDER BY theme)),
    'path', (SELECT json_group_array(json_array(node_id, option_id))
             FROM (SELECT node_id, option_id FROM case_steps WHERE case_id = c.id AND withdrawn_at IS NULL
                   ORDER BY seq)),
    'referrals', (SELECT json_group_array(json_object('party', party_id, 'origin', origin, 'decision', decision,
                                                      'reason_category', reason_category))
                  FROM (SELECT party_id, origin, decision, reason_category FROM referrals
                        WHERE case_id = c.id AND decision <> 'withdrawn' ORDER BY position)))
FROM latest l JOIN cases c ON c.id = l.case_id
WHERE l.position = 1 AND l.flagged = 1 AND trim(coalesce(l.network_summary, '')) <> ''
  AND c.opened_at >= :period_start AND c.opened_at < :period_end
ORDER BY c.opened_at
