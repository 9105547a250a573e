INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, contact_ended_at, closed_at, updated_at,
                   hold_seconds, caller_role, school_type, province, route_stage, outcome_node, white_spot,
                   white_spot_reason, follow_up_date, follow_up_instruction)
VALUES (:id, :channel, :status, :owner, :tree_identity, :opened_at, :contact_ended_at, :closed_at, :updated_at,
        :hold_seconds, :caller_role, :school_type, :province, :route_stage, :outcome_node, :white_spot,
        :white_spot_reason, :follow_up_date, :follow_up_instruction)
ON CONFLICT (id) DO UPDATE SET
    status = excluded.status,
    contact_ended_at = excluded.contact_ended_at,
    closed_at = excluded.closed_at,
    updated_at = excluded.updated_at,
    hold_seconds = excluded.hold_seconds,
    caller_role = excluded.caller_role,
    school_type = excluded.school_type,
    province = excluded.province,
    route_stage = excluded.route_stage,
    outcome_node = excluded.outcome_node,
    white_spot = excluded.white_spot,
    white_spot_reason = excluded.white_spot_reason,
    follow_up_date = excluded.follow_up_date,
    follow_up_instruction = excluded.follow_up_instruction,
    row_version = cases.row_version + 1
