-- The figures of one tree version over whole days, aggregated and suppressed inside the database
-- (013_tree_analytics.sql): content managers read them without reading any case.
SELECT measure, node_id, item, category, cases, median_seconds
FROM ww_tree_analytics(:tree_identity, :period_start, :period_end)
