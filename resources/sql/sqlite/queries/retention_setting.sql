INSERT INTO settings (key, value) VALUES ('retention_period', :period)
ON CONFLICT (key) DO UPDATE SET value = excluded.value
