DELETE FROM agent_state_changes WHERE changed_at < :cutoff
