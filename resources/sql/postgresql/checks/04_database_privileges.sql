-- Nobody but the cluster's superusers may create schemas or temporary objects in this database.
SELECT 'database ' || d.datname, 'PUBLIC may ' || a.privilege_type
FROM pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) AS a
WHERE d.datname = current_database() AND a.grantee = 0 AND a.privilege_type IN ('CREATE', 'TEMPORARY')
UNION ALL
SELECT 'role ' || r.rolname, 'may ' || p.privilege || ' in database ' || current_database()
FROM pg_roles r CROSS JOIN (VALUES ('CREATE'), ('TEMPORARY')) AS p(privilege)
WHERE NOT r.rolsuper AND (r.rolcanlogin OR r.rolname LIKE 'ww\_%')
  AND has_database_privilege(r.oid, current_database(), p.privilege)
