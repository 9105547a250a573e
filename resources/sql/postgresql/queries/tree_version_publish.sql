SELECT ww_publish_tree_version(CAST(:tree_identity AS text), CAST(:tree_content AS text),
                               CAST(:directory_content AS text), CAST(:note AS text))
