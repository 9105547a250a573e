INSERT INTO trees (identity, version, content, stored_at) VALUES (:identity, :version, :content, :stored_at)
ON CONFLICT (identity) DO NOTHING
