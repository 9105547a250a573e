INSERT INTO case_steps (case_id, seq, node_id, option_id, reached_at) VALUES (:case_id, :seq, :node_id, :option_id, :reached_at)
