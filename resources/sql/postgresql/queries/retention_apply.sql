SELECT ww_apply_retention(:cutoff, :period, :dry_run)
