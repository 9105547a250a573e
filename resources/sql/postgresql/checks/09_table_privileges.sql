-- The groups read under row-level security and write only through the definer functions: no
-- table, column or sequence privilege for PUBLIC, no write privilege for any role but the owner roles.
SELECT CASE WHEN c.relkind = 'S' THEN 'sequence ' ELSE 'table ' END || c.oid::regclass::text,
       coalesce(g.rolname, 'PUBLIC') || ' may ' || a.privilege_type
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
     aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) AS a
LEFT JOIN pg_roles g ON g.oid = a.grantee
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_%' AND a.grantee <> c.relowner
  AND (a.grantee = 0
       OR (c.relkind = 'S' AND g.rolname NOT IN ('ww_retention'))
       OR (c.relkind <> 'S' AND a.privilege_type NOT IN ('SELECT')
           AND NOT (g.rolname = 'ww_retention' AND a.privilege_type IN ('UPDATE', 'INSERT'))))
UNION ALL
SELECT 'column ' || c.oid::regclass::text || '.' || quote_ident(att.attname),
       coalesce(g.rolname, 'PUBLIC') || ' may ' || a.privilege_type
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute att ON att.attrelid = c.oid AND att.attnum > 0 AND NOT att.attisdropped AND att.attacl IS NOT NULL,
     aclexplode(att.attacl) AS a
LEFT JOIN pg_roles g ON g.oid = a.grantee
WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_%' AND a.grantee <> c.relowner
  AND (a.grantee = 0
       OR (a.privilege_type NOT IN ('SELECT')
           AND NOT (g.rolname = 'ww_retention' AND a.privilege_type IN ('UPDATE', 'INSERT'))))
