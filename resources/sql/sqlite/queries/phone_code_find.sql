SELECT tree_identity, expires_at, used_at FROM phone_codes WHERE code = :code
