SELECT value FROM settings WHERE key = 'wrapup_limit_seconds'
