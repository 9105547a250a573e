-- Functions are executed by the groups they are granted to, never by PUBLIC (everyone).
SELECT 'function ' || p.oid::regprocedure::text, 'PUBLIC may execute it'
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,
     aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) AS a
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'
