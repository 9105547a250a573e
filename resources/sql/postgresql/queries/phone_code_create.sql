SELECT ww_create_phone_code(CAST(:code AS text), CAST(:tree_identity AS text), CAST(:path AS text))
