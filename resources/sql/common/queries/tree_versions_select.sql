SELECT id, published_at, published_by, tree_identity, directory_sha256, note FROM tree_versions ORDER BY id
