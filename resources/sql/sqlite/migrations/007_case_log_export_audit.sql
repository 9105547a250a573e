-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7 (SQLite): exports of the filtered case log go into the audit log as entries
-- without a case; they and the other entries without a case are read by period.
CREATE INDEX audit_log_at ON audit_log (at);
