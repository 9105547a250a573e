-- A SECURITY DEFINER function must pin search_path to pg_catalog, then the temporary schema last:
-- otherwise a caller's temporary table or view named like a real one takes its place.
SELECT 'function ' || p.oid::regprocedure::text,
       'SECURITY DEFINER without search_path pinned to pg_catalog, pg_temp'
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) AS setting
                  WHERE replace(replace(setting, ' ', ''), '"', '') = 'search_path=pg_catalog,pg_temp')
