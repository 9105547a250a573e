-- SPDX-License-Identifier: GPL-3.0-or-later
-- The chat gateway stores the changes to chats that wait at once (new chats, the agent who holds a
-- chat's case, a chat's state) in one statement: over a slow network every statement is a round trip,
-- and a thousand visitors arriving together would otherwise wait minutes for their welcome.
-- Each change goes through the function that makes it on its own, with all of that function's checks,
-- in the order given; one refused change refuses the whole list, and nothing of it is stored.

CREATE FUNCTION public.ww_apply_chat_changes(p_changes jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_change jsonb;
    v_count integer := 0;
BEGIN
    IF NOT (public.ww_is_importer() OR public.ww_is_login_member(session_user, ARRAY['ww_gateway'])) THEN
        PERFORM public.ww_refuse('only the chat gateway changes chats');
    END IF;
    IF p_changes IS NULL OR pg_catalog.jsonb_typeof(p_changes) <> 'array'
       OR pg_catalog.jsonb_array_length(p_changes) > 500 THEN
        PERFORM public.ww_refuse('the changes are not a list of at most 500', 'invalid_parameter_value');
    END IF;
    FOR v_change IN SELECT e.value FROM pg_catalog.jsonb_array_elements(p_changes) WITH ORDINALITY AS e(value, ord)
                    ORDER BY e.ord LOOP
        IF pg_catalog.jsonb_typeof(v_change) <> 'object' THEN
            PERFORM public.ww_refuse('a change is not an object', 'invalid_parameter_value');
        END IF;
        CASE v_change ->> 'kind'
        WHEN 'open' THEN
            PERFORM public.ww_open_chat(CAST(v_change ->> 'chat_id' AS uuid), CAST(v_change ->> 'case_id' AS uuid),
                                        v_change ->> 'resume_hash', v_change ->> 'lang', v_change ->> 'visitor_tree',
                                        v_change ->> 'visitor_path', v_change ->> 'tree_identity',
                                        CAST(v_change ->> 'at' AS timestamptz));
        WHEN 'assign' THEN
            PERFORM public.ww_assign_chat_case(CAST(v_change ->> 'chat_id' AS uuid), v_change ->> 'agent',
                                               v_change ->> 'note');
        WHEN 'state' THEN
            PERFORM public.ww_save_chat_state(CAST(v_change ->> 'chat_id' AS uuid), v_change ->> 'state',
                                              v_change ->> 'agent', CAST(v_change ->> 'queued_at' AS timestamptz),
                                              v_change ->> 'transfer_from', v_change ->> 'transfer_note');
        ELSE
            PERFORM public.ww_refuse('a change is of no known kind', 'invalid_parameter_value');
        END CASE;
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END;
$$;

REVOKE ALL ON FUNCTION public.ww_apply_chat_changes(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.ww_apply_chat_changes(jsonb) TO ww_gateway;
