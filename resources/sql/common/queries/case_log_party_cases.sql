-- How many cases were referred to the party, counted through the index up to a limit.
SELECT count(*) FROM (SELECT 1 FROM referrals WHERE party_id = :party AND decision = 'confirmed' LIMIT :most) AS found
