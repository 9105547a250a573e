SELECT ww_expire_agent_states(:cutoff)
