-- The chat gateways' lease (docs/operations.md, "Two gateways"): the one gateway whose session holds this
-- advisory lock serves; the others wait. The lock goes with the session, so a gateway that dies or loses
-- the network loses it. Keepalives and tcp_user_timeout make the server notice a silent session within
-- about five seconds, whatever postgresql.conf says, so a standby does not wait hours for a dead machine.
-- 2004313189 is "wwde" (Wegwijzer Desk), 1 the chat gateway.
-- Any account may take an advisory lock: "intruder" names the account of a session that holds the lease
-- and is not a gateway, so that the standby can say who keeps the chat down.
SELECT pg_catalog.set_config('tcp_keepalives_idle', '2', false),
       pg_catalog.set_config('tcp_keepalives_interval', '1', false),
       pg_catalog.set_config('tcp_keepalives_count', '3', false),
       pg_catalog.set_config('tcp_user_timeout', '5000', false),
       pg_catalog.pg_try_advisory_lock(2004313189, 1) AS taken,
       (SELECT a.usename::text
        FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 2004313189 AND l.objid = 1 AND l.objsubid = 2
          AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                            WHERE d.datname = pg_catalog.current_database())
          AND l.pid <> pg_catalog.pg_backend_pid()
          AND NOT pg_catalog.pg_has_role(a.usesysid, 'ww_gateway', 'MEMBER')
        LIMIT 1) AS intruder
