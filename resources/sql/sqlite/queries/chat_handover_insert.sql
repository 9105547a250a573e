INSERT INTO case_handovers (case_id, from_role, to_role, note, handed_at) VALUES (:case_id, :from_role, :to_role, :note, :at)
