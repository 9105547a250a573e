DELETE FROM case_presence WHERE case_id = :case_id AND viewer = session_user
