SELECT viewer FROM case_presence
WHERE case_id = :case_id AND viewer <> session_user AND seen_at > now() - make_interval(secs => :max_age_seconds)
ORDER BY viewer
