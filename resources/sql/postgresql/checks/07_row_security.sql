-- Every table has row-level security enabled and forced (forced: it binds the table's owner too).
SELECT 'table ' || c.oid::regclass::text,
       CASE WHEN NOT c.relrowsecurity THEN 'row-level security is not enabled'
            ELSE 'row-level security is not forced' END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
