SELECT ww_network_vignettes(CAST(:entry AS bigint), CAST(:period_start AS timestamptz), CAST(:period_end AS timestamptz))
