-- Whether this login may act as the schema's owner role (ww_owner exists from schema version 8 on).
SELECT coalesce((SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = 'ww_owner'), false)
