-- The figures of one tree version, in the rows ww_tree_analytics gives on PostgreSQL but only where
-- something was counted and not yet suppressed: TreeAnalytics fills in the zeros and hides the small
-- counts. "stopped" also counts walks that ended at an outcome; the program keeps it for questions only.
-- A median time needs at least 5 measured times (TreeAnalytics::smallestShownCount).
WITH scope AS (
    SELECT id, contact_ended_at FROM cases
    WHERE tree_identity = :tree_identity AND opened_at >= :period_start AND opened_at < :period_end
), path AS (
    SELECT s.case_id, s.node_id, s.option_id, lead(s.reached_at) OVER w IS NULL AS last,
           (julianday(coalesce(lead(s.reached_at) OVER w, sc.contact_ended_at)) - julianday(s.reached_at)) * 86400
               AS seconds
    FROM case_steps s JOIN scope sc ON sc.id = s.case_id
    WHERE s.withdrawn_at IS NULL
    WINDOW w AS (PARTITION BY s.case_id ORDER BY s.seq)
), timed AS (
    SELECT node_id, seconds, row_number() OVER (PARTITION BY node_id ORDER BY seconds) AS rank,
           count(*) OVER (PARTITION BY node_id) AS measured
    FROM path WHERE seconds >= 0
), medians AS (
    SELECT node_id, CAST(round(avg(seconds)) AS INTEGER) AS seconds, max(measured) AS measured
    FROM timed WHERE rank IN ((measured + 1) / 2, (measured + 2) / 2)
    GROUP BY node_id
)
SELECT 'passed', p.node_id, '', '', count(DISTINCT p.case_id),
       (SELECT m.seconds FROM medians m WHERE m.node_id = p.node_id AND m.measured >= 5)
FROM path p GROUP BY p.node_id
UNION ALL
SELECT 'stopped', node_id, '', '', count(*), NULL FROM path WHERE last GROUP BY node_id
UNION ALL
SELECT 'chosen', node_id, option_id, '', count(*), NULL FROM path
WHERE NOT last AND option_id IS NOT NULL GROUP BY node_id, option_id
UNION ALL
SELECT CASE WHEN r.decision = 'removed' THEN 'removed' ELSE 'added' END, p.node_id, '',
       coalesce(r.reason_category, ''), count(*), NULL
FROM path p JOIN referrals r ON r.case_id = p.case_id
WHERE p.last AND (r.decision = 'removed' OR (r.origin = 'added' AND r.decision = 'confirmed'))
GROUP BY 1, 2, 4
