-- One row of the settings (the wrap-up limit, the retention period): its text, or no row.
SELECT value FROM settings WHERE key = :key
