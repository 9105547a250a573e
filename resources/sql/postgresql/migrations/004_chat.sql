-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4 (PostgreSQL): chats from the website, their transcripts, and one-time tickets
-- with which agents log in to the chat gateway without giving it their database password.
-- The gateway logs in as a member of ww_gateway. It writes chats, transcripts and chat cases, and
-- reads nothing else of a case: the functions below are its only way into the cases table.

DO $$ BEGIN CREATE ROLE ww_gateway NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; $$;

CREATE TABLE chats (
    id                  uuid PRIMARY KEY,
    case_id             uuid NOT NULL UNIQUE REFERENCES cases (id),
    resume_hash         TEXT NOT NULL UNIQUE,
    state               TEXT NOT NULL CHECK (state IN ('queued', 'active', 'ended')),
    agent               TEXT,
    lang                TEXT NOT NULL,
    visitor_tree        TEXT,
    visitor_path        TEXT,
    transfer_from       TEXT,
    transfer_note       TEXT,
    opened_at           timestamptz NOT NULL,
    queued_at           timestamptz NOT NULL,
    ended_at            timestamptz
);
CREATE INDEX chats_open ON chats (state) WHERE state <> 'ended';

-- The transcript, in the gateway's order (seq). A re-sent message has the same client id and is
-- stored once.
CREATE TABLE chat_messages (
    chat_id   uuid NOT NULL REFERENCES chats (id),
    case_id   uuid NOT NULL REFERENCES cases (id),
    seq       INTEGER NOT NULL CHECK (seq > 0),
    sender    TEXT NOT NULL CHECK (sender IN ('visitor', 'agent')),
    author    TEXT,
    client_id TEXT NOT NULL,
    body      TEXT NOT NULL,
    sent_at   timestamptz NOT NULL,
    PRIMARY KEY (chat_id, seq),
    UNIQUE (chat_id, sender, client_id)
);
CREATE INDEX chat_messages_case ON chat_messages (case_id, seq);

-- One-time login tickets, stored as SHA-256 hashes: whoever reads this table cannot log in.
CREATE TABLE chat_tickets (
    hash       TEXT PRIMARY KEY,
    role       TEXT NOT NULL,
    expires_at timestamptz NOT NULL
);

-- Issued to the logged-in role only (session_user): nobody can get a ticket in another's name.
CREATE FUNCTION ww_issue_chat_ticket() RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    ticket text;
BEGIN
    IF NOT (pg_has_role(session_user, 'ww_agent', 'MEMBER') OR ww_is_supervisor()) THEN
        RAISE EXCEPTION 'only agents and supervisors get a chat ticket';
    END IF;
    DELETE FROM chat_tickets WHERE expires_at < now();
    ticket := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
    INSERT INTO chat_tickets (hash, role, expires_at)
        VALUES (encode(sha256(convert_to(ticket, 'UTF8')), 'hex'), session_user, clock_timestamp() + interval '60 seconds');
    RETURN ticket;
END;
$$;

-- The gateway trades a ticket for the role it was issued to, once; NULL when unknown or expired.
CREATE FUNCTION ww_redeem_chat_ticket(p_ticket text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    ticket_role text;
    expiry timestamptz;
BEGIN
    IF NOT pg_has_role(session_user, 'ww_gateway', 'MEMBER') THEN
        RAISE EXCEPTION 'only the chat gateway redeems chat tickets';
    END IF;
    DELETE FROM chat_tickets WHERE hash = encode(sha256(convert_to(p_ticket, 'UTF8')), 'hex')
        RETURNING role, expires_at INTO ticket_role, expiry;
    IF ticket_role IS NULL OR expiry < clock_timestamp() THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (action, detail) VALUES ('chat-login', ticket_role);
    RETURN ticket_role;
END;
$$;

-- A chat opens a case of channel chat, owned by the gateway's role until an agent accepts it.
CREATE FUNCTION ww_open_chat_case(p_case_id uuid, p_tree_identity text, p_at timestamptz) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'ww_gateway', 'MEMBER') THEN
        RAISE EXCEPTION 'only the chat gateway opens chat cases';
    END IF;
    INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, updated_at)
        VALUES (p_case_id, 'chat', 'active', session_user, p_tree_identity, p_at, p_at);
    INSERT INTO case_events (case_id, seq, at, kind, detail) VALUES (p_case_id, 0, p_at, 'opened', 'chat');
END;
$$;

-- The agent who accepts (or receives) a chat owns its case; a transfer is a hand-over with its note.
CREATE FUNCTION ww_assign_chat_case(p_case_id uuid, p_agent text, p_note text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    previous text;
BEGIN
    IF NOT pg_has_role(session_user, 'ww_gateway', 'MEMBER') THEN
        RAISE EXCEPTION 'only the chat gateway assigns chat cases';
    END IF;
    SELECT owner INTO previous FROM cases WHERE id = p_case_id AND channel = 'chat' FOR UPDATE;
    IF previous IS NULL THEN
        RAISE EXCEPTION 'no chat case %', p_case_id;
    END IF;
    UPDATE cases SET owner = p_agent, updated_at = now() WHERE id = p_case_id;
    IF p_note IS NOT NULL THEN
        INSERT INTO case_handovers (case_id, from_role, to_role, note) VALUES (p_case_id, previous, p_agent, p_note);
    END IF;
END;
$$;

-- Retention reaches transcripts too: when a case is anonymised, its chat loses its free text.
CREATE FUNCTION ww_erase_chat_transcript() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE chat_messages SET body = '' WHERE case_id = NEW.id;
    UPDATE chats SET transfer_note = NULL WHERE case_id = NEW.id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER cases_erase_chat_transcript AFTER UPDATE OF anonymised_at ON cases FOR EACH ROW
    WHEN (OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL) EXECUTE FUNCTION ww_erase_chat_transcript();

ALTER TABLE chats ENABLE ROW LEVEL SECURITY;
CREATE POLICY chats_gateway ON chats FOR ALL TO ww_gateway USING (true) WITH CHECK (true);
CREATE POLICY chats_read ON chats FOR SELECT TO ww_agent, ww_supervisor USING (ww_may_read_case(case_id));
ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY chat_messages_gateway ON chat_messages FOR ALL TO ww_gateway USING (true) WITH CHECK (true);
CREATE POLICY chat_messages_read ON chat_messages FOR SELECT TO ww_agent, ww_supervisor
    USING (ww_may_read_case(case_id));
ALTER TABLE chat_tickets ENABLE ROW LEVEL SECURITY;

REVOKE ALL ON chats, chat_messages, chat_tickets FROM PUBLIC;
REVOKE ALL ON FUNCTION ww_issue_chat_ticket(), ww_redeem_chat_ticket(text), ww_open_chat_case(uuid, text, timestamptz),
    ww_assign_chat_case(uuid, text, text), ww_erase_chat_transcript() FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ww_gateway;
GRANT SELECT ON schema_migrations TO ww_gateway;
GRANT SELECT, INSERT ON trees TO ww_gateway;
GRANT SELECT, INSERT, UPDATE ON chats TO ww_gateway;
GRANT SELECT, INSERT ON chat_messages TO ww_gateway;
GRANT SELECT ON chats, chat_messages TO ww_agent, ww_supervisor;
GRANT EXECUTE ON FUNCTION ww_issue_chat_ticket() TO ww_agent, ww_supervisor;
GRANT EXECUTE ON FUNCTION ww_redeem_chat_ticket(text), ww_open_chat_case(uuid, text, timestamptz),
    ww_assign_chat_case(uuid, text, text) TO ww_gateway;
-- Membership tests inside the definer functions run for the gateway too.
GRANT EXECUTE ON FUNCTION ww_is_supervisor(), ww_may_read_case(uuid) TO ww_gateway;
