-- SPDX-License-Identifier: GPL-3.0-or-later
-- The case log, composed by ww::CaseLogQuery from the named fragments below and in
-- case_log_dialect.sql ("-- [name]" starts a fragment). A {name} inside a fragment is replaced by
-- another fragment chosen from a fixed list; {filters} by the chosen filter fragments joined with
-- AND. Values are always bound parameters, never part of the text.

-- [rows]
-- A page: the inner query picks the page's ids only, so rows skipped by OFFSET cost no aggregates.
SELECT {columns}
FROM (SELECT c.id FROM cases c
      WHERE {filters}
      ORDER BY {sort} {direction}, c.id {direction}
      LIMIT :limit OFFSET :offset) AS chosen
JOIN cases c ON c.id = chosen.id
ORDER BY {sort} {direction}, c.id {direction}

-- [all_rows]
SELECT {columns}
FROM cases c
WHERE {filters}
ORDER BY {sort} {direction}, c.id {direction}

-- [columns]
c.id, c.opened_at, c.channel, c.owner, c.caller_role, c.school_type, {themes} AS themes,
c.outcome_node, c.white_spot, c.status, c.follow_up_date, {parties} AS parties

-- [count]
SELECT count(*) FROM cases c WHERE {filters}

-- [no_filter]
1 = 1

-- [opened_from]
c.opened_at >= :opened_from

-- [opened_before]
c.opened_at < :opened_before

-- [channel]
c.channel = :channel

-- [agent]
c.owner = :agent

-- [caller_role]
c.caller_role = :caller_role

-- [school_type]
c.school_type = :school_type

-- [theme]
EXISTS (SELECT 1 FROM case_themes ft WHERE ft.case_id = c.id AND ft.theme = :theme)

-- [referred_party]
EXISTS (SELECT 1 FROM referrals fr WHERE fr.case_id = c.id AND fr.party_id = :referred_party
        AND fr.decision = 'confirmed')

-- [outcome_node]
c.outcome_node = :outcome_node

-- [white_spot]
c.white_spot = :white_spot

-- [status]
c.status = :status

-- [follow_up_due]
c.status = 'follow-up' AND c.follow_up_date <= :follow_up_today

-- [sort_opened_at]
c.opened_at

-- [sort_channel]
c.channel

-- [sort_agent]
c.owner

-- [sort_caller_role]
c.caller_role

-- [sort_school_type]
c.school_type

-- [sort_themes]
{themes}

-- [sort_outcome_node]
c.outcome_node

-- [sort_white_spot]
c.white_spot

-- [sort_status]
c.status

-- [sort_follow_up_date]
c.follow_up_date

-- [sort_parties]
{parties}

-- [ascending]
ASC

-- [descending]
DESC
