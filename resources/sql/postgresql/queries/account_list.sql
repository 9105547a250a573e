SELECT member.rolname, grp.rolname, member.rolcanlogin
FROM pg_roles member
JOIN pg_auth_members m ON m.member = member.oid
JOIN pg_roles grp ON grp.oid = m.roleid
WHERE grp.rolname IN (SELECT name FROM account_groups)
ORDER BY member.rolname
