INSERT INTO case_themes (case_id, theme, opened_at) VALUES (:case_id, :theme, :opened_at)
