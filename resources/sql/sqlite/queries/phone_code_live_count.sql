SELECT count(*) FROM phone_codes WHERE expires_at > :now
