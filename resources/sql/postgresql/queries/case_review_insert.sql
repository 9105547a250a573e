INSERT INTO case_reviews (case_id, comment, score, flagged, network_summary)
VALUES (:case_id, :comment, :score, :flagged, :network_summary)
