INSERT INTO case_themes (case_id, theme) VALUES (:case_id, :theme)
