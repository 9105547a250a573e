INSERT INTO phone_codes (code, tree_identity, path, created_at, expires_at)
VALUES (:code, :tree_identity, :path, :now, :expires_at)
ON CONFLICT (code) DO NOTHING RETURNING code
