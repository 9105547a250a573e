SELECT ww_touch_presence(CAST(:case_id AS uuid))
