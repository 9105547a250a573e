UPDATE cases SET owner = :agent, updated_at = :at WHERE id = :case_id AND channel = 'chat'
