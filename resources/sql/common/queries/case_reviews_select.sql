SELECT reviewer, reviewed_at, comment, score, flagged FROM case_reviews WHERE case_id = :case_id ORDER BY reviewed_at, id
