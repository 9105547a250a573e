SELECT ww_store_tree(CAST(:identity AS text), CAST(:version AS text), CAST(:content AS text))
