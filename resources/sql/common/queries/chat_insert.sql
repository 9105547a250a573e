INSERT INTO chats (id, case_id, resume_hash, state, lang, visitor_tree, visitor_path, opened_at, queued_at)
VALUES (:id, :case_id, :resume_hash, 'queued', :lang, :visitor_tree, :visitor_path, :opened_at, :opened_at)
