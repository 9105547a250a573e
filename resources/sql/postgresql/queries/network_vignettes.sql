SELECT ww_network_vignettes(:period_start, :period_end)
