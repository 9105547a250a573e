SELECT ww_open_chat(CAST(:id AS uuid), CAST(:case_id AS uuid), CAST(:resume_hash AS text), CAST(:lang AS text),
                    CAST(:visitor_tree AS text), CAST(:visitor_path AS text), CAST(:tree_identity AS text),
                    CAST(:opened_at AS timestamptz))
