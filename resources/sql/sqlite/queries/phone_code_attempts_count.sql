SELECT count(*) FROM phone_code_attempts WHERE role = :role AND at > :since
