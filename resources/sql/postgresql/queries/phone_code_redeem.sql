SELECT status, tree_identity, path FROM ww_redeem_phone_code(CAST(:code AS text), CAST(:tree_identity AS text))
