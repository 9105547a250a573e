INSERT INTO case_reviews (case_id, reviewer, reviewed_at, comment, score, flagged, network_summary)
VALUES (:case_id, :reviewer, :reviewed_at, :comment, :score, :flagged, :network_summary)
