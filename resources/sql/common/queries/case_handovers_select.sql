SELECT from_role, to_role, note, handed_at FROM case_handovers WHERE case_id = :case_id ORDER BY handed_at, id
