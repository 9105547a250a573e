-- The counts of one quarter for the trends of the monitoring report: all cases, themes and white spots.
WITH period_cases AS (
    SELECT id, white_spot
    FROM cases
    WHERE opened_at >= :period_start AND opened_at < :period_end
)
SELECT 'total', '', count(*) FROM period_cases
UNION ALL
SELECT 'theme', t.theme, count(*) FROM period_cases c JOIN case_themes t ON t.case_id = c.id GROUP BY t.theme
UNION ALL
SELECT 'white_spot', 'yes', count(*) FROM period_cases WHERE white_spot = 1
