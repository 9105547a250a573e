SELECT v.id, v.published_at, v.published_by, v.tree_identity, v.directory_sha256, v.note, t.content,
       v.directory_content
FROM tree_versions v JOIN trees t ON t.identity = v.tree_identity
WHERE v.id = :id
