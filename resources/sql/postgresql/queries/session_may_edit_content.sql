SELECT COALESCE(bool_or(pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')), false)
FROM pg_catalog.pg_roles r
WHERE r.rolname IN ('ww_editor', 'ww_admin')
