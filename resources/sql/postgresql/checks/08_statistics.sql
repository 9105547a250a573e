-- Planner statistics on free text or account names would leak through EXPLAIN's estimates.
-- Free text: every text-like or JSON column not marked 'ww:code' (account names are 'ww:person').
SELECT 'column ' || c.oid::regclass::text || '.' || quote_ident(a.attname), 'keeps planner statistics'
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND (t.typcategory = 'S' OR t.typname IN ('json', 'jsonb'))
  AND coalesce(col_description(c.oid, a.attnum), '') <> 'ww:code'
  AND a.attstattarget <> 0
UNION ALL
SELECT DISTINCT 'index ' || i.indexrelid::regclass::text || ' column ' || ia.attnum,
       'keeps planner statistics on an expression over ' || c.oid::regclass::text || '.' || quote_ident(ta.attname)
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum > 0
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = i.indexrelid
                AND d.refclassid = 'pg_class'::regclass AND d.refobjid = i.indrelid
JOIN pg_attribute ta ON ta.attrelid = i.indrelid AND ta.attnum = d.refobjsubid
JOIN pg_type t ON t.oid = ta.atttypid
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND i.indexprs IS NOT NULL AND i.indkey[ia.attnum - 1] = 0
  AND (t.typcategory = 'S' OR t.typname IN ('json', 'jsonb'))
  AND coalesce(col_description(ta.attrelid, ta.attnum), '') <> 'ww:code'
  AND ia.attstattarget <> 0
