INSERT INTO settings (key, value) VALUES ('wrapup_limit_seconds', :seconds)
ON CONFLICT (key) DO UPDATE SET value = excluded.value
