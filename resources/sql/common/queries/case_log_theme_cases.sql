-- How many cases have the theme, counted through the index up to a limit (enough to choose a plan).
SELECT count(*) FROM (SELECT 1 FROM case_themes WHERE theme = :theme LIMIT :most) AS found
