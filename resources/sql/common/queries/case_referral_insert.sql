INSERT INTO referrals (case_id, party_id, position, origin, decision, reason, warm_handover, decided_at, opened_at,
                       reason_category)
VALUES (:case_id, :party_id, :position, :origin, :decision, :reason, :warm_handover, :decided_at, :opened_at,
        :reason_category)
