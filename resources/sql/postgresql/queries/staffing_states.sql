SELECT agent, state, changed_at FROM ww_staffing_states(:from, :to)
