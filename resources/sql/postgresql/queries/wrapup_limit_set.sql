SELECT ww_set_wrapup_limit(CAST(:seconds AS integer))
