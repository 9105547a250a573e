SELECT at, actor, action, detail FROM audit_log WHERE case_id = :case_id ORDER BY at, id
