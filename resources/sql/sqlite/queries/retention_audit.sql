INSERT INTO audit_log (at, actor, action, detail) VALUES (:now, :actor, 'retention-applied', :detail)
