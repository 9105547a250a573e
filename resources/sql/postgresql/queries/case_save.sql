SELECT ww_save_case(CAST(:case AS jsonb))::text
