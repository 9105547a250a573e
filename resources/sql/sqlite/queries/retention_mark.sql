CREATE TEMP TABLE retention_batch AS
SELECT id FROM cases WHERE status = 'closed' AND anonymised_at IS NULL AND closed_at < :cutoff
