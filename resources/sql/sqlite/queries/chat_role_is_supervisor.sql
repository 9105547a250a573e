-- One workstation: its one user is the supervisor too (as session_is_supervisor says).
SELECT :role IS NOT NULL
