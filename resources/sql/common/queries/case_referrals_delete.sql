DELETE FROM referrals WHERE case_id = :case_id
