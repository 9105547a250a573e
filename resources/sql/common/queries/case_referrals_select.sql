SELECT party_id, origin, decision, reason, warm_handover, decided_at, reason_category FROM referrals WHERE case_id = :case_id AND decision <> 'withdrawn' ORDER BY position
