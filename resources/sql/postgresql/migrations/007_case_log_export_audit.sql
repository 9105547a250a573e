-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7 (PostgreSQL): exports of the filtered case log are recorded in the audit log,
-- one entry without a case per export, through a function (nobody may insert into audit_log).

-- The database names the person and the time; the caller gives only the number of rows and the
-- filter as coded key=value pairs, so no free text (such as words searched for in notes) can go in.
CREATE FUNCTION ww_record_case_log_export(p_rows bigint, p_filter text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    p_filter := coalesce(p_filter, ''); -- no filter at all
    IF p_rows IS NULL OR p_rows < 0 THEN
        RAISE EXCEPTION 'the number of exported rows must be 0 or more';
    END IF;
    IF length(p_filter) > 1000
       OR p_filter !~ '^([a-z_]+=[A-Za-z0-9._@:+-]{1,64}( [a-z_]+=[A-Za-z0-9._@:+-]{1,64})*)?$' THEN
        RAISE EXCEPTION 'the filter must be coded as key=value pairs';
    END IF;
    INSERT INTO audit_log (action, detail)
        VALUES ('case-log-exported', 'rows=' || p_rows || CASE WHEN p_filter = '' THEN '' ELSE ' ' || p_filter END);
END;
$$;
REVOKE ALL ON FUNCTION ww_record_case_log_export(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ww_record_case_log_export(bigint, text) TO ww_agent, ww_supervisor, ww_admin;

-- Entries without a case (exports, retention runs) are read by period.
CREATE INDEX audit_log_at ON audit_log (at);
