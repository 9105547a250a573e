DELETE FROM phone_code_attempts WHERE at < :purge_before
