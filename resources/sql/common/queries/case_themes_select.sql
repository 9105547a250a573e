SELECT theme FROM case_themes WHERE case_id = :case_id ORDER BY theme
