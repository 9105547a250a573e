-- Whether the login a chat ticket was issued to is a supervisor: only they watch the live view and move
-- chats. The catalog is readable by every role; the gateway reads nothing else here.
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles member
               WHERE member.rolname = CAST(:role AS text) AND member.rolcanlogin AND NOT member.rolsuper
                 AND pg_catalog.pg_has_role(member.oid, 'ww_supervisor', 'MEMBER'))
