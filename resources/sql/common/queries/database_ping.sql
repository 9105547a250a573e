-- Whether the connection still works.
SELECT 1
