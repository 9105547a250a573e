SELECT ww_disable_account(CAST(:name AS text))
