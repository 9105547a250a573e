SELECT identity FROM trees ORDER BY stored_at, identity
