-- Only the schema's owner role creates objects in a schema.
SELECT 'schema ' || n.nspname, 'PUBLIC may CREATE in it'
FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) AS a
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND a.grantee = 0 AND a.privilege_type = 'CREATE'
UNION ALL
SELECT 'role ' || r.rolname, 'may CREATE in schema ' || n.nspname
FROM pg_namespace n CROSS JOIN pg_roles r
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND NOT r.rolsuper AND (r.rolcanlogin OR r.rolname LIKE 'ww\_%')
  AND r.rolname <> 'ww_owner' AND NOT pg_has_role(r.oid, n.nspowner, 'MEMBER')
  AND has_schema_privilege(r.oid, n.oid, 'CREATE')
