-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 20 (PostgreSQL): a transcript line belongs to its chat's case, and the schema says so. Applied
-- as ww_owner.
--
-- Row-level security reads a line by its case_id (agents read the lines of the cases they may read), yet two
-- foreign keys of their own only checked that the line's chat and its case exist: nothing tied the two
-- together. The key to the chat now takes the case along, so a line filed under another case than its chat's
-- is refused, whoever writes it. The key to the case stays: retention finds the tables that hang off a case by
-- their single-column keys to it (ww_case_tables). Chats never move to another case, and neither chats nor
-- cases are deleted (retention empties them), so the new key never stands in anyone's way.

CREATE UNIQUE INDEX chats_id_case ON public.chats (id, case_id);
ALTER TABLE public.chat_messages
    ADD CONSTRAINT chat_messages_chat_case_fkey FOREIGN KEY (chat_id, case_id) REFERENCES public.chats (id, case_id),
    DROP CONSTRAINT chat_messages_chat_id_fkey;
