-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13 (PostgreSQL): tree analytics for content managers, under the rules of version 8
-- (docs/security.md, docs/tree-analytics.md). Applied as ww_owner, who owns what is made here.
--
-- Content managers (ww_editor) read no case data at all. They, supervisors and administrators get the
-- figures of one tree version over whole days through ww_tree_analytics, a definer function that
-- aggregates inside the database and returns counts only, with every count below 5 hidden (NULL) and
-- every count that one equation of its own output would give away hidden too. Agents may not call it.

-- Who may read tree analytics: content managers, supervisors and administrators, never agents.
CREATE FUNCTION public.ww_may_read_tree_analytics() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT public.ww_is_login_member(session_user, ARRAY['ww_editor', 'ww_supervisor', 'ww_admin'])
$$;

-- The smallest count shown, as in the monitoring report (MonitoringReport::smallestShownCount).
CREATE FUNCTION public.ww_tree_analytics_threshold() RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT 5
$$;

-- Per node of the tree: contacts that passed it ("passed"), walks that ended there unfinished
-- ("stopped", questions only), the answers chosen ("chosen", item = option id), and at outcomes the
-- referrals agents removed and added per reason category ("removed"/"added", category "" = none
-- recorded). median_seconds, on "passed" rows: the median time from reaching the node to the next step
-- (at the last node: to the end of the contact), given only when the row's count is shown and at
-- least 5 times were measured. Every node, option and category is listed, also when nothing fell in it.
--
-- The counts obey equations a reader knows: passed(question) = stopped + the sum of its chosen
-- answers, and passed(node) = the sum of the answers that lead to it. Besides every count below 5,
-- the function hides, while an equation has exactly one hidden count, the smallest shown count of that
-- equation. The program (TreeAnalytics, with SmallCellSuppression) then also closes what combinations
-- of equations would give away.
CREATE FUNCTION public.ww_tree_analytics(p_tree_identity text, p_start timestamptz, p_end timestamptz)
RETURNS TABLE (measure text, node_id text, item text, category text, cases bigint, median_seconds integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_threshold integer := public.ww_tree_analytics_threshold();
    v_content jsonb;
    v_measures text[];
    v_nodes text[];
    v_items text[];
    v_categories text[];
    v_counts bigint[];
    v_seconds integer[];
    v_timed bigint[];
    v_hidden boolean[];
    v_equations integer[];
    v_members integer[];
    v_pick integer;
BEGIN
    IF NOT public.ww_may_read_tree_analytics() THEN
        PERFORM public.ww_refuse('only content managers, supervisors and administrators read tree analytics');
    END IF;
    PERFORM public.ww_network_period(p_start, p_end); -- whole days in Dutch time
    IF p_tree_identity IS NULL OR pg_catalog.length(p_tree_identity) > 200 THEN
        PERFORM public.ww_refuse('a tree identity has at most 200 characters', 'invalid_parameter_value');
    END IF;
    SELECT t.content::jsonb INTO v_content FROM public.trees t WHERE t.identity = p_tree_identity;
    IF v_content IS NULL THEN
        PERFORM public.ww_refuse(pg_catalog.format('no tree %s is stored', p_tree_identity),
                                 'invalid_parameter_value');
    END IF;

    WITH tree_nodes AS (
        SELECT n.value ->> 'id' AS id, n.value ->> 'kind' AS kind, n.value AS body, n.ordinality AS position
        FROM pg_catalog.jsonb_array_elements(v_content -> 'nodes') WITH ORDINALITY AS n
    ), tree_options AS (
        SELECT t.id AS node, o.value ->> 'id' AS option, t.position, o.ordinality AS option_position
        FROM tree_nodes t, pg_catalog.jsonb_array_elements(coalesce(t.body -> 'options', '[]'::jsonb))
                           WITH ORDINALITY AS o
    ), scope AS (
        SELECT c.id, c.contact_ended_at FROM public.cases c
        WHERE c.tree_identity = p_tree_identity AND c.opened_at >= p_start AND c.opened_at < p_end
    ), path AS (
        SELECT s.case_id, s.node_id, s.option_id,
               pg_catalog.lead(s.reached_at) OVER w IS NULL AS last,
               pg_catalog.date_part('epoch', coalesce(pg_catalog.lead(s.reached_at) OVER w, sc.contact_ended_at)
                                             - s.reached_at) AS seconds
        FROM public.case_steps s JOIN scope sc ON sc.id = s.case_id
        WHERE s.withdrawn_at IS NULL
        WINDOW w AS (PARTITION BY s.case_id ORDER BY s.seq)
    ), changes AS (
        SELECT p.node_id, CASE WHEN r.decision = 'removed' THEN 'removed' ELSE 'added' END AS measure,
               coalesce(r.reason_category, '') AS category
        FROM path p JOIN public.referrals r ON r.case_id = p.case_id
        WHERE p.last AND (r.decision = 'removed' OR (r.origin = 'added' AND r.decision = 'confirmed'))
    ), passed AS (
        SELECT p.node_id, pg_catalog.count(DISTINCT p.case_id) AS count,
               (pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY p.seconds)
                    FILTER (WHERE p.seconds >= 0))::integer AS seconds,
               pg_catalog.count(*) FILTER (WHERE p.seconds >= 0) AS timed
        FROM path p GROUP BY p.node_id
    ), stopped AS (
        SELECT p.node_id, pg_catalog.count(*) AS count FROM path p WHERE p.last GROUP BY p.node_id
    ), chosen AS (
        SELECT p.node_id, p.option_id, pg_catalog.count(*) AS count FROM path p WHERE NOT p.last
        GROUP BY p.node_id, p.option_id
    ), changed AS (
        SELECT x.node_id, x.measure, x.category, pg_catalog.count(*) AS count FROM changes x
        GROUP BY x.node_id, x.measure, x.category
    ), categories AS (
        SELECT 'removed' AS measure, r AS category, n AS ordinality
        FROM pg_catalog.unnest(public.ww_referral_removal_reasons() || '{""}'::text[]) WITH ORDINALITY AS u(r, n)
        UNION ALL
        SELECT 'added', r, 100 + n
        FROM pg_catalog.unnest(public.ww_referral_addition_reasons() || '{""}'::text[]) WITH ORDINALITY AS u(r, n)
    ), cells AS (
        SELECT 1 AS part, t.position, 0::bigint AS sub, 'passed' AS measure, t.id AS node, '' AS item, '' AS category,
               coalesce(p.count, 0) AS count, p.seconds, coalesce(p.timed, 0) AS timed
        FROM tree_nodes t LEFT JOIN passed p ON p.node_id = t.id
        UNION ALL
        SELECT 1, t.position, 1, 'stopped', t.id, '', '', coalesce(s.count, 0), NULL, 0
        FROM tree_nodes t LEFT JOIN stopped s ON s.node_id = t.id
        WHERE t.kind = 'question'
        UNION ALL
        SELECT 1, o.position, 1 + o.option_position, 'chosen', o.node, o.option, '', coalesce(c.count, 0), NULL, 0
        FROM tree_options o LEFT JOIN chosen c ON c.node_id = o.node AND c.option_id = o.option
        UNION ALL
        SELECT 2, t.position, k.ordinality, k.measure, t.id, '', k.category, coalesce(x.count, 0), NULL, 0
        FROM tree_nodes t CROSS JOIN categories k
             LEFT JOIN changed x ON x.node_id = t.id AND x.measure = k.measure AND x.category = k.category
        WHERE t.kind = 'outcome'
    )
    SELECT pg_catalog.array_agg(c.measure ORDER BY c.part, c.position, c.sub),
           pg_catalog.array_agg(c.node ORDER BY c.part, c.position, c.sub),
           pg_catalog.array_agg(c.item ORDER BY c.part, c.position, c.sub),
           pg_catalog.array_agg(c.category ORDER BY c.part, c.position, c.sub),
           pg_catalog.array_agg(c.count ORDER BY c.part, c.position, c.sub),
           pg_catalog.array_agg(c.seconds ORDER BY c.part, c.position, c.sub),
           pg_catalog.array_agg(c.timed ORDER BY c.part, c.position, c.sub),
           pg_catalog.array_agg(c.count < v_threshold ORDER BY c.part, c.position, c.sub)
    INTO v_measures, v_nodes, v_items, v_categories, v_counts, v_seconds, v_timed, v_hidden
    FROM cells c;

    -- The equations, as (equation, cell) pairs: one per question (passed, stopped, its answers) and
    -- one per node an answer leads to (passed, the answers that lead there).
    WITH cell AS (
        SELECT k::integer AS k, m, n, i
        FROM ROWS FROM (pg_catalog.unnest(v_measures), pg_catalog.unnest(v_nodes), pg_catalog.unnest(v_items))
             WITH ORDINALITY AS u(m, n, i, k)
    ), tree_options AS (
        SELECT t.value ->> 'id' AS node, o.value ->> 'id' AS option, o.value ->> 'next' AS next
        FROM pg_catalog.jsonb_array_elements(v_content -> 'nodes') AS t,
             pg_catalog.jsonb_array_elements(coalesce(t.value -> 'options', '[]'::jsonb)) AS o
    ), pairs AS (
        SELECT 'q:' || q.n AS equation, c.k
        FROM cell q JOIN cell c ON c.n = q.n AND c.m IN ('passed', 'stopped', 'chosen')
        WHERE q.m = 'stopped'
        UNION ALL
        SELECT 'n:' || p.n, p.k
        FROM cell p WHERE p.m = 'passed' AND EXISTS (SELECT 1 FROM tree_options o WHERE o.next = p.n)
        UNION ALL
        SELECT 'n:' || o.next, c.k FROM tree_options o JOIN cell c ON c.m = 'chosen' AND c.n = o.node AND c.i = o.option
    )
    SELECT pg_catalog.array_agg(r.e ORDER BY r.e, r.k), pg_catalog.array_agg(r.k ORDER BY r.e, r.k)
    INTO v_equations, v_members
    FROM (SELECT pg_catalog.dense_rank() OVER (ORDER BY pairs.equation)::integer AS e, pairs.k FROM pairs) AS r;

    -- Secondary suppression: while an equation holds exactly one hidden count, hide its smallest shown one.
    LOOP
        SELECT m.k INTO v_pick
        FROM ROWS FROM (pg_catalog.unnest(v_equations), pg_catalog.unnest(v_members)) AS m(e, k)
        WHERE NOT v_hidden[m.k]
          AND m.e = (SELECT x.e
                     FROM ROWS FROM (pg_catalog.unnest(v_equations), pg_catalog.unnest(v_members)) AS x(e, k)
                     GROUP BY x.e HAVING pg_catalog.count(*) FILTER (WHERE v_hidden[x.k]) = 1
                                     AND pg_catalog.count(*) FILTER (WHERE NOT v_hidden[x.k]) > 0
                     ORDER BY x.e LIMIT 1)
        ORDER BY v_counts[m.k], m.k
        LIMIT 1;
        EXIT WHEN v_pick IS NULL;
        v_hidden[v_pick] := true;
        v_pick := NULL;
    END LOOP;

    RETURN QUERY
        SELECT u.m, u.n, u.i, u.c,
               CASE WHEN v_hidden[u.k] THEN NULL ELSE v_counts[u.k] END,
               CASE WHEN v_hidden[u.k] OR v_timed[u.k] < v_threshold THEN NULL ELSE v_seconds[u.k] END
        FROM ROWS FROM (pg_catalog.unnest(v_measures), pg_catalog.unnest(v_nodes), pg_catalog.unnest(v_items),
                        pg_catalog.unnest(v_categories)) WITH ORDINALITY AS u(m, n, i, c, k)
        ORDER BY u.k;
END;
$$;

REVOKE ALL ON FUNCTION public.ww_may_read_tree_analytics(), public.ww_tree_analytics_threshold(),
    public.ww_tree_analytics(text, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.ww_tree_analytics(text, timestamptz, timestamptz)
    TO ww_editor, ww_supervisor, ww_admin;
