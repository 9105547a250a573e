-- Open cases this person holds (a hand-over moves the case to its receiver), with the giver and
-- note of the latest hand-over. (No quote marks in these comments: Qt reads them as a string.)
SELECT c.id, c.channel, c.status, c.opened_at, c.updated_at, c.follow_up_date, c.follow_up_instruction, c.caller_role,
       c.outcome_node, last.from_role, last.note
FROM cases c
LEFT JOIN case_handovers last
       ON last.case_id = c.id AND last.to_role = c.owner
      AND last.id = (SELECT max(h.id) FROM case_handovers h WHERE h.case_id = c.id)
WHERE c.status IN ('active', 'wrap-up', 'follow-up') AND c.owner = :owner
ORDER BY CASE WHEN c.status = 'follow-up' AND c.follow_up_date <= :today THEN 0
              WHEN c.status IN ('active', 'wrap-up') THEN 1
              ELSE 2 END,
         c.follow_up_date, c.updated_at DESC
LIMIT :limit
