SELECT ww_record_case_access(:case_id, :action)
