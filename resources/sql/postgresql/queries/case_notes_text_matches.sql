SELECT count(*) FROM (SELECT 1 FROM case_notes WHERE to_tsvector('dutch', body) @@ plainto_tsquery('dutch', :text) LIMIT :most) AS matches
