DELETE FROM phone_codes WHERE expires_at < :purge_before OR (code = :code AND expires_at <= :now)
