-- Open cases (active, wrap-up, follow-up) per holder, for the supervisors' live view. On PostgreSQL
-- row-level security counts only the cases the reader may read: for supervisors, every case.
SELECT owner, COUNT(*) FROM cases WHERE status IN ('active', 'wrap-up', 'follow-up') GROUP BY owner
