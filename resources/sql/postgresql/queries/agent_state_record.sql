SELECT ww_set_agent_state(CAST(:state AS text), CAST(:change_id AS uuid))
