SELECT count(*) FROM agent_state_changes WHERE agent = :agent AND changed_at > :since
