INSERT INTO case_reviews (case_id, comment, score, flagged) VALUES (:case_id, :comment, :score, :flagged)
