-- Every object of the schema belongs to ww_owner (the account functions to ww_accounts, retention
-- to ww_retention): never to a superuser or a role that logs in.
SELECT CASE c.relkind WHEN 'S' THEN 'sequence ' WHEN 'v' THEN 'view ' ELSE 'table ' END || c.oid::regclass::text,
       'owned by ' || o.rolname || ', not by ww_owner'
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles o ON o.oid = c.relowner
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_%' AND o.rolname <> 'ww_owner'
UNION ALL
SELECT 'function ' || p.oid::regprocedure::text, 'owned by ' || o.rolname || ', not by ww_owner'
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles o ON o.oid = p.proowner
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND o.rolname NOT IN ('ww_owner', 'ww_accounts', 'ww_retention')
UNION ALL
SELECT 'schema ' || n.nspname, 'owned by ' || o.rolname || ', not by ww_owner'
FROM pg_namespace n JOIN pg_roles o ON o.oid = n.nspowner
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND o.rolname <> 'ww_owner'
