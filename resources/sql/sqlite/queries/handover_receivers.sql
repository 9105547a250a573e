SELECT name FROM (SELECT owner AS name FROM cases UNION SELECT to_role FROM case_handovers)
WHERE name <> :me
ORDER BY name
