INSERT INTO audit_log (at, actor, action, case_id) VALUES (:at, :actor, :action, :case_id)
