-- SPDX-License-Identifier: GPL-3.0-or-later
-- The chat gateway stores the messages that wait at once in one statement: over a slow network every
-- statement is a round trip, and one per message would make the transcript lag behind the chat.
-- Each message passes every check of ww_append_chat_message; one that fails refuses the whole batch.

CREATE FUNCTION public.ww_append_chat_messages(p_messages jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_message jsonb;
    v_count integer := 0;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway writes transcripts');
    END IF;
    IF p_messages IS NULL OR pg_catalog.jsonb_typeof(p_messages) <> 'array'
       OR pg_catalog.jsonb_array_length(p_messages) > 1000 THEN
        PERFORM public.ww_refuse('the messages are not a list of at most 1000', 'invalid_parameter_value');
    END IF;
    FOR v_message IN SELECT value FROM pg_catalog.jsonb_array_elements(p_messages) LOOP
        IF pg_catalog.jsonb_typeof(v_message) <> 'object' THEN
            PERFORM public.ww_refuse('a message is not an object', 'invalid_parameter_value');
        END IF;
        PERFORM public.ww_append_chat_message(CAST(v_message ->> 'chat_id' AS uuid), CAST(v_message ->> 'seq' AS integer),
                                              v_message ->> 'sender', v_message ->> 'author', v_message ->> 'client_id',
                                              v_message ->> 'body', CAST(v_message ->> 'sent_at' AS timestamptz));
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END;
$$;

GRANT EXECUTE ON FUNCTION public.ww_append_chat_messages(jsonb) TO ww_gateway;
