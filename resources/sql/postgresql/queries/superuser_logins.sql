SELECT rolname FROM pg_roles WHERE rolsuper AND rolcanlogin ORDER BY rolname
