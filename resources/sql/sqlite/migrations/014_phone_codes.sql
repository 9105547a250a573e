-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 14 (SQLite): phone codes, the website's second way to a staff member. On one workstation
-- the gateway and the desk share this file: the gateway stores the code a visitor reads out, the desk
-- redeems it once (ww::PhoneCodeStore keeps the rules the PostgreSQL functions keep there). A code holds the
-- tree's identity and the node ids walked, nothing about the visitor.

CREATE TABLE phone_codes (
    code          TEXT PRIMARY KEY CHECK (length(code) = 6 AND code NOT GLOB '*[^0-9]*'),
    tree_identity TEXT NOT NULL CHECK (length(tree_identity) BETWEEN 1 AND 128),
    path          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    used_at       TEXT
);
CREATE INDEX phone_codes_expiry ON phone_codes (expires_at);

-- Refused attempts to redeem a code, per account, for the limit on guessing; kept for an hour.
CREATE TABLE phone_code_attempts (
    id   INTEGER PRIMARY KEY,
    role TEXT NOT NULL,
    at   TEXT NOT NULL
);
CREATE INDEX phone_code_attempts_role ON phone_code_attempts (role, at);
