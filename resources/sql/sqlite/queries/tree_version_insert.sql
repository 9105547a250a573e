INSERT INTO tree_versions (tree_identity, directory_sha256, directory_content, published_by, published_at, note)
VALUES (:tree_identity, :directory_sha256, :directory_content, :published_by, :published_at, :note)
