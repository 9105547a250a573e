SELECT ww_record_case_log_export(:rows, :filter)
