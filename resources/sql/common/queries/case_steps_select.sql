SELECT node_id, option_id, reached_at FROM case_steps WHERE case_id = :case_id AND withdrawn_at IS NULL ORDER BY seq
