SELECT doc FROM case_notes_terms WHERE term = :term
