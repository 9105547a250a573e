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
    caller_number = :caller_number,
    caller_number_consent = :caller_number_consent,
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
