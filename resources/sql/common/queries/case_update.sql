UPDATE cases SET
    status = :status,
    contact_ended_at = :contact_ended_at,
    closed_at = :closed_at,
    updated_at = :updated_at,
    hold_seconds = :hold_seconds,
    caller_role = :caller_role,
    school_type = :school_type,
    province = :province,
    route_stage = :route_stage,
    caller_language = :caller_language,
    caller_number = CASE WHEN :caller_number_given = 1 THEN :caller_number ELSE caller_number END,
    caller_number_consent = CASE WHEN :caller_consent_given = 1 THEN :caller_number_consent ELSE caller_number_consent END,
    outcome_node = :outcome_node,
    white_spot = :white_spot,
    white_spot_reason = :white_spot_reason,
    white_spot_category = :white_spot_category,
    follow_up_date = :follow_up_date,
    follow_up_instruction = :follow_up_instruction,
    themes_key = :themes_key,
    parties_key = :parties_key,
    row_version = row_version + 1
WHERE id = :id AND row_version = :row_version
RETURNING row_version
