-- No login role may create roles or bypass row-level security (superusers are the cluster's
-- administrators and are listed apart); nobody logs in as, or through, the account or retention role.
SELECT 'role ' || r.rolname, 'can log in and ' || CASE WHEN r.rolcreaterole THEN 'may create roles'
                                                      ELSE 'bypasses row-level security' END
FROM pg_roles r
WHERE r.rolcanlogin AND NOT r.rolsuper AND (r.rolcreaterole OR r.rolbypassrls)
UNION ALL
SELECT 'role ' || r.rolname, 'can log in and act as ' || g.rolname
FROM pg_roles r JOIN pg_roles g ON g.rolname IN ('ww_accounts', 'ww_retention')
WHERE NOT r.rolsuper AND r.oid <> g.oid AND pg_has_role(r.oid, g.oid, 'MEMBER')
UNION ALL
SELECT 'role ' || r.rolname, 'is a group or owner role that can log in'
FROM pg_roles r
WHERE r.rolcanlogin AND r.rolname IN ('ww_owner', 'ww_accounts', 'ww_retention', 'ww_agent', 'ww_supervisor',
                                      'ww_admin', 'ww_gateway', 'ww_editor')
