INSERT INTO case_events (case_id, seq, at, kind, detail)
SELECT :case_id, coalesce(max(seq), -1) + 1, :at, :kind, :detail FROM case_events WHERE case_id = :case_id
