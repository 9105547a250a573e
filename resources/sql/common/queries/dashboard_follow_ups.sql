SELECT CASE WHEN follow_up_date < :today THEN 0
            WHEN follow_up_date = :today THEN 1
            WHEN follow_up_date <= :week_end THEN 2
            ELSE 3 END AS due, count(*)
FROM cases
WHERE status = 'follow-up' AND follow_up_date IS NOT NULL
GROUP BY due
