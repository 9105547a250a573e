INSERT INTO case_presence (case_id, viewer, seen_at)
VALUES (:case_id, :viewer, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
ON CONFLICT (case_id, viewer) DO UPDATE SET seen_at = excluded.seen_at
