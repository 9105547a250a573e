UPDATE cases SET owner = :to_role, updated_at = :handed_at, row_version = row_version + 1 WHERE id = :case_id
