CREATE TRIGGER case_notes_are_append_only_update BEFORE UPDATE ON case_notes
BEGIN
    SELECT RAISE(ABORT, 'case notes are append-only: add a correcting note instead');
END
