SELECT node_id, option_id, reached_at FROM case_steps WHERE case_id = :case_id ORDER BY seq
