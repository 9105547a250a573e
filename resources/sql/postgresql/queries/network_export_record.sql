SELECT ww_record_network_export(CAST(:period_start AS timestamptz), CAST(:period_end AS timestamptz))
