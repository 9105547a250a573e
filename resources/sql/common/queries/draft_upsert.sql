INSERT INTO note_drafts (case_id, body, saved_at) VALUES (:case_id, :body, :saved_at)
ON CONFLICT (case_id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at
