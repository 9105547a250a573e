SELECT ww_create_account(CAST(:name AS text), CAST(:verifier AS text), CAST(:group AS text))
