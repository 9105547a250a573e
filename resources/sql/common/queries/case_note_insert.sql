INSERT INTO case_notes (id, case_id, seq, author, created_at, body, corrects_note_id)
VALUES (:id, :case_id, :seq, :author, :created_at, :body, :corrects_note_id)
ON CONFLICT (id) DO NOTHING
