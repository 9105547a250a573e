SELECT id, author, created_at, body, corrects_note_id FROM case_notes WHERE case_id = :case_id ORDER BY created_at, seq
