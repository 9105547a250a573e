INSERT INTO phone_code_attempts (role, at) VALUES (:role, :now)
