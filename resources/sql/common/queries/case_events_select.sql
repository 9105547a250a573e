SELECT at, kind, detail FROM case_events WHERE case_id = :case_id ORDER BY seq
