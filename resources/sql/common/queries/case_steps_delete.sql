DELETE FROM case_steps WHERE case_id = :case_id
