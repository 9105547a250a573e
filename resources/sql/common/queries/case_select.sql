SELECT id, channel, status, owner, tree_identity, opened_at, contact_ended_at, closed_at, hold_seconds, caller_role,
       school_type, province, route_stage, outcome_node, white_spot, white_spot_reason, follow_up_date,
       follow_up_instruction, updated_at, row_version, white_spot_category,
       caller_language, caller_number, caller_number_consent
FROM cases WHERE id = :id
