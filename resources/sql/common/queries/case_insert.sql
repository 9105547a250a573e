INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, contact_ended_at, closed_at, updated_at,
                   hold_seconds, caller_role, school_type, province, route_stage, outcome_node, white_spot,
                   white_spot_reason, follow_up_date, follow_up_instruction, themes_key, parties_key, row_version,
                   white_spot_category, caller_language, caller_number, caller_number_consent)
VALUES (:id, :channel, :status, :owner, :tree_identity, :opened_at, :contact_ended_at, :closed_at, :updated_at,
        :hold_seconds, :caller_role, :school_type, :province, :route_stage, :outcome_node, :white_spot,
        :white_spot_reason, :follow_up_date, :follow_up_instruction, :themes_key, :parties_key, 1,
        :white_spot_category, :caller_language, :caller_number, :caller_number_consent)
ON CONFLICT (id) DO NOTHING
RETURNING row_version
