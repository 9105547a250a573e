-- The chat gateways' lease (docs/operations.md, "Two gateways"): the one gateway whose session holds this
-- advisory lock serves; the others wait. The lock goes with the session, so a gateway that dies or loses
-- the network loses it. Keepalives and tcp_user_timeout make the server notice a silent session within
-- about five seconds, whatever postgresql.conf says, so a standby does not wait hours for a dead machine.
-- 2004313189 is "wwde" (Wegwijzer Desk), 1 the chat gateway.
SELECT pg_catalog.set_config('tcp_keepalives_idle', '2', false),
       pg_catalog.set_config('tcp_keepalives_interval', '1', false),
       pg_catalog.set_config('tcp_keepalives_count', '3', false),
       pg_catalog.set_config('tcp_user_timeout', '5000', false),
       pg_catalog.pg_try_advisory_lock(2004313189, 1) AS taken
