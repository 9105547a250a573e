INSERT INTO case_events (case_id, seq, at, kind, detail) VALUES (:case_id, :seq, :at, :kind, :detail)
ON CONFLICT (case_id, seq) DO NOTHING
