INSERT INTO case_reviews (case_id, reviewer, reviewed_at, comment, score, flagged)
VALUES (:case_id, :reviewer, :reviewed_at, :comment, :score, :flagged)
