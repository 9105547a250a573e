SELECT owner FROM cases WHERE id = :case_id AND channel = 'chat'
