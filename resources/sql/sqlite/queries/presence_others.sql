SELECT viewer FROM case_presence
WHERE case_id = :case_id AND viewer <> :viewer
  AND seen_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || :max_age_seconds || ' seconds')
ORDER BY viewer
