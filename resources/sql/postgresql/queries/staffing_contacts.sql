SELECT agent, channel, opened_at, contact_ended_at, closed_at FROM ww_staffing_contacts(:from, :to)
