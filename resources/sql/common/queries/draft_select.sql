SELECT body FROM note_drafts WHERE case_id = :case_id
