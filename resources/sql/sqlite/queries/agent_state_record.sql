INSERT INTO agent_state_changes (agent, state, changed_at, change_id) VALUES (:agent, :state, :changed_at, :change_id)
ON CONFLICT (change_id) DO NOTHING
