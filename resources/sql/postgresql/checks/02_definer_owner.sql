-- A definer function runs with its owner's rights: the owner must be a NOLOGIN role without
-- superuser, BYPASSRLS or CREATEROLE (only the account functions' owner, ww_accounts, creates roles).
SELECT 'function ' || p.oid::regprocedure::text,
       'SECURITY DEFINER owned by ' || o.rolname || CASE WHEN o.rolsuper THEN ', a superuser'
                                                         WHEN o.rolcanlogin THEN ', a role that can log in'
                                                         WHEN o.rolbypassrls THEN ', a role that bypasses row-level security'
                                                         ELSE ', a role that may create roles' END
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles o ON o.oid = p.proowner
WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND (o.rolsuper OR o.rolcanlogin OR o.rolbypassrls OR (o.rolcreaterole AND o.rolname <> 'ww_accounts'))
