INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (:at, :actor, 'network-cases-exported', NULL, :detail)
