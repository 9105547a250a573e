INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, updated_at)
VALUES (:case_id, 'chat', 'active', :owner, :tree_identity, :at, :at)
