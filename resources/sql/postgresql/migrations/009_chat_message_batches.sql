-- SPDX-License-Identifier: GPL-3.0-or-later
-- The chat gateway stores the messages that wait at once in one statement: over a slow network every
-- statement is a round trip, and one per message would make the transcript lag behind the chat.
-- The checks are those of ww_append_chat_message, made once for the whole batch; one message that
-- fails them refuses the batch, and nothing of it is stored.

CREATE FUNCTION public.ww_append_chat_messages(p_messages jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_count integer;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway writes transcripts');
    END IF;
    IF p_messages IS NULL OR pg_catalog.jsonb_typeof(p_messages) <> 'array'
       OR pg_catalog.jsonb_array_length(p_messages) > 1000
       OR EXISTS (SELECT 1 FROM pg_catalog.jsonb_array_elements(p_messages) AS e(value)
                  WHERE pg_catalog.jsonb_typeof(e.value) <> 'object') THEN
        PERFORM public.ww_refuse('the messages are not a list of at most 1000 objects', 'invalid_parameter_value');
    END IF;
    -- (No temporary table: in a definer function it could be one the caller made.)
    IF EXISTS (WITH m AS (SELECT e.ord, CAST(e.value ->> 'chat_id' AS uuid) AS chat_id, CAST(e.value ->> 'seq' AS integer) AS seq,
                      e.value ->> 'sender' AS sender, e.value ->> 'author' AS author, e.value ->> 'client_id' AS client_id,
                      e.value ->> 'body' AS body, CAST(e.value ->> 'sent_at' AS timestamptz) AS sent_at
               FROM pg_catalog.jsonb_array_elements(p_messages) WITH ORDINALITY AS e(value, ord))
               SELECT 1 FROM m LEFT JOIN public.chats c ON c.id = m.chat_id WHERE c.id IS NULL OR c.state = 'ended') THEN
        PERFORM public.ww_refuse('no open chat with this id', 'invalid_parameter_value');
    END IF;
    -- Each chat's messages continue its transcript without a gap, in the order given.
    IF EXISTS (WITH m AS (SELECT e.ord, CAST(e.value ->> 'chat_id' AS uuid) AS chat_id, CAST(e.value ->> 'seq' AS integer) AS seq,
                      e.value ->> 'sender' AS sender, e.value ->> 'author' AS author, e.value ->> 'client_id' AS client_id,
                      e.value ->> 'body' AS body, CAST(e.value ->> 'sent_at' AS timestamptz) AS sent_at
               FROM pg_catalog.jsonb_array_elements(p_messages) WITH ORDINALITY AS e(value, ord))
               SELECT 1 FROM (SELECT m.*, pg_catalog.row_number() OVER (PARTITION BY m.chat_id ORDER BY m.ord) AS k FROM m) m
               WHERE m.seq IS NULL
                  OR m.seq <> (SELECT coalesce(max(x.seq), 0) FROM public.chat_messages x WHERE x.chat_id = m.chat_id) + m.k
                  OR m.sender IS NULL OR m.sender NOT IN ('visitor', 'agent')
                  OR (m.sender = 'visitor' AND m.author IS NOT NULL)
                  OR (m.sender = 'agent' AND NOT public.ww_is_login_member(m.author, ARRAY['ww_agent', 'ww_supervisor']))
                  OR m.client_id IS NULL OR m.client_id !~ '^[A-Za-z0-9._:-]{1,64}$'
                  OR m.body IS NULL OR pg_catalog.length(m.body) > 16384
                  OR m.sent_at IS NULL OR m.sent_at > pg_catalog.now() + interval '5 minutes') THEN
        PERFORM public.ww_refuse('the message''s place, sender, id, text or time is not valid', 'invalid_parameter_value');
    END IF;
    WITH m AS (SELECT e.ord, CAST(e.value ->> 'chat_id' AS uuid) AS chat_id, CAST(e.value ->> 'seq' AS integer) AS seq,
                      e.value ->> 'sender' AS sender, e.value ->> 'author' AS author, e.value ->> 'client_id' AS client_id,
                      e.value ->> 'body' AS body, CAST(e.value ->> 'sent_at' AS timestamptz) AS sent_at
               FROM pg_catalog.jsonb_array_elements(p_messages) WITH ORDINALITY AS e(value, ord))
    INSERT INTO public.chat_messages (chat_id, case_id, seq, sender, author, client_id, body, sent_at)
    SELECT m.chat_id, c.case_id, m.seq, m.sender, m.author, m.client_id, m.body, m.sent_at
    FROM m JOIN public.chats c ON c.id = m.chat_id
    ORDER BY m.ord;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END;
$$;

GRANT EXECUTE ON FUNCTION public.ww_append_chat_messages(jsonb) TO ww_gateway;
