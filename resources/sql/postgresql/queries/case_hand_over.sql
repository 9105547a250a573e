SELECT ww_hand_over(CAST(:case_id AS uuid), CAST(:to_role AS text), CAST(:note AS text))
