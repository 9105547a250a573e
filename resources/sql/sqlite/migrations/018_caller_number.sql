-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 18 (SQLite): the caller's phone number, kept only when the caller agreed to it
-- (docs/telephony.md): an optional + and 1 to 19 digits, at most 20 characters. Retention erases it
-- (retention_anonymise_cases); '' is what it leaves. The consent is a yes/no and stays.

ALTER TABLE cases ADD COLUMN caller_number_consent INTEGER NOT NULL DEFAULT 0 CHECK (caller_number_consent IN (0, 1));
ALTER TABLE cases ADD COLUMN caller_number TEXT
    CHECK (caller_number IS NULL OR caller_number = ''
           OR (caller_number_consent = 1
               AND ((caller_number GLOB '+[0-9]*' AND length(caller_number) <= 20
                     AND substr(caller_number, 2) NOT GLOB '*[^0-9]*')
                    OR (caller_number GLOB '[0-9]*' AND length(caller_number) <= 19
                        AND caller_number NOT GLOB '*[^0-9]*'))));
