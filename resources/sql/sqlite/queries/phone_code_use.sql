UPDATE phone_codes SET used_at = :now
WHERE code = :code AND used_at IS NULL AND expires_at > :now AND tree_identity = :tree_identity
RETURNING tree_identity, path
