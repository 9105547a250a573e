SELECT DISTINCT member.rolname
FROM pg_roles member
JOIN pg_auth_members m ON m.member = member.oid
JOIN pg_roles grp ON grp.oid = m.roleid
WHERE grp.rolname IN ('ww_agent', 'ww_supervisor') AND member.rolcanlogin AND member.rolname <> session_user
ORDER BY member.rolname
