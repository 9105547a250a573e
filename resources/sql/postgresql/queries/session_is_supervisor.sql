SELECT ww_is_supervisor()
