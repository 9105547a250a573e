-- Whether this session still holds the chat gateways' lease (gateway_lease_take.sql): a connection that
-- was made anew holds nothing, though the statement itself succeeds.
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_locks
               WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted
                 AND classid = 2004313189 AND objid = 1 AND objsubid = 2)
