SELECT rolsuper FROM pg_roles WHERE rolname = session_user
