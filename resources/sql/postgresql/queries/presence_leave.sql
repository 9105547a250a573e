SELECT ww_leave_presence(CAST(:case_id AS uuid))
