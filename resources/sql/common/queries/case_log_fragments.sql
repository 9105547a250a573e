-- SPDX-License-Identifier: GPL-3.0-or-later
-- The case log, composed by ww::CaseLogQuery from the named fragments below and in
-- case_log_dialect.sql ("-- [name]" starts a fragment). A {name} inside a fragment is replaced by
-- another fragment chosen from a fixed list, or by a part the query builds from fragments:
-- {filters} (the chosen filters joined with AND), {order} (the sort keys with their direction) and
-- {after} (where the page starts). Values are always bound parameters, never part of the text.
--
-- Every order ends in the opening time and the case id, and every index of migration 006 ends in
-- those two as well: the database reads a page straight from an index, and the next page starts
-- after the last row's keys (keyset paging), so a page deep down costs what the first one costs.

-- [rows]
-- A page: the inner query picks the page's ids only; the outer one reads their columns.
SELECT {columns}, {sort_key} AS sort_key
FROM (SELECT {driver_id} AS id FROM {driver}
      WHERE {filters} AND {after}
      ORDER BY {order}
      LIMIT :limit) AS chosen
JOIN cases c ON c.id = chosen.id
ORDER BY {outer_order}

-- [all_rows]
SELECT {columns}, {sort_key} AS sort_key
FROM {driver}
WHERE {filters}
ORDER BY {order}

-- [count]
SELECT count(*) FROM {driver} WHERE {filters}

-- [bounded_count]
-- How many cases one condition finds through its index, up to a limit: enough to choose a plan.
SELECT count(*) FROM (SELECT 1 FROM cases c WHERE {filter} LIMIT :most) AS found

-- [columns]
c.id, c.opened_at, c.channel, c.owner, c.caller_role, c.school_type, c.themes_key,
c.outcome_node, c.white_spot, c.status, c.follow_up_date, c.parties_key, c.caller_language

-- [no_filter]
1 = 1

-- [from_the_start]
1 = 1

-- [after_descending]
({keys}) < ({key_values})

-- [after_ascending]
({keys}) > ({key_values})

-- [after_sorted]
:after_sort, :after_opened, :after_id

-- [after_opening]
:after_opened, :after_id

-- Where the rows come from. By default the cases themselves; with a theme or party filter and the
-- log in opening order, that theme's or party's own index, newest first: a theme in 1 % of the
-- cases then costs 200 index entries, not 20,000 probes. The join condition is a filter.

-- [driver_cases]
cases c

-- [driver_cases_id]
c.id

-- [driver_cases_opened]
c.opened_at

-- [driver_theme]
case_themes ft CROSS JOIN cases c

-- [driver_theme_id]
ft.case_id

-- [driver_theme_opened]
ft.opened_at

-- [driver_party]
referrals fr CROSS JOIN cases c

-- [driver_party_id]
fr.case_id

-- [driver_party_opened]
fr.opened_at

-- A rare theme or party in another order than opening time: its few cases first, each looked up
-- and then sorted, rather than walking the sort column's index and checking every case.
-- {fence} keeps PostgreSQL from turning it back into that walk.

-- [driver_theme_list]
(SELECT ft.case_id FROM case_themes ft WHERE ft.theme = :theme {fence}) AS fl CROSS JOIN cases c

-- [driver_theme_list_id]
c.id

-- [driver_party_list]
(SELECT fr.case_id FROM referrals fr WHERE fr.party_id = :referred_party AND fr.decision = 'confirmed' {fence}) AS fl
CROSS JOIN cases c

-- [driver_party_list_id]
c.id

-- Conditions on the cases' own columns. {probe} is empty where the database may start from the
-- condition's index; on SQLite it is a unary plus (a no-op on the value) where the condition is
-- to be checked row by row instead, because a more selective condition or the sort order leads.

-- [opened_from]
{probe}{opened} >= :opened_from

-- [opened_before]
{probe}{opened} < :opened_before

-- [channel]
{probe}c.channel = :channel

-- [agent]
{probe}c.owner = :agent

-- [caller_role]
{probe}coalesce(c.caller_role, '') = :caller_role

-- [caller_language]
{probe}coalesce(c.caller_language, '') = :caller_language

-- [school_type]
{probe}coalesce(c.school_type, '') = :school_type

-- [theme]
-- A common theme: checked case by case in the log's order, until the page is full.
EXISTS (SELECT 1 FROM case_themes ft WHERE ft.case_id = c.id AND ft.theme = :theme)

-- [theme_listed]
c.id = fl.case_id

-- [theme_driver]
ft.theme = :theme AND c.id = ft.case_id

-- [referred_party]
EXISTS (SELECT 1 FROM referrals fr WHERE fr.case_id = c.id AND fr.party_id = :referred_party
        AND fr.decision = 'confirmed')

-- [referred_party_listed]
c.id = fl.case_id

-- [referred_party_driver]
fr.party_id = :referred_party AND fr.decision = 'confirmed' AND c.id = fr.case_id

-- [outcome_node]
{probe}coalesce(c.outcome_node, '') = :outcome_node

-- [white_spot]
{probe}c.white_spot = :white_spot

-- [status]
{probe}c.status = :status

-- [follow_up_due]
{probe}c.status = 'follow-up' AND {probe}c.follow_up_date <= :follow_up_today

-- The sort keys: each is the leading column of one index of migration 006, never NULL, so that
-- a row-value comparison with the last row's keys finds the next page.

-- [sort_opened_at]
c.opened_at

-- [no_sort_key]
NULL

-- [sort_channel]
c.channel

-- [sort_agent]
c.owner

-- [sort_caller_role]
coalesce(c.caller_role, '')

-- [sort_caller_language]
coalesce(c.caller_language, '')

-- [sort_school_type]
coalesce(c.school_type, '')

-- [sort_themes]
c.themes_key

-- [sort_outcome_node]
coalesce(c.outcome_node, '')

-- [sort_white_spot]
c.white_spot

-- [sort_status]
c.status

-- [sort_follow_up_date]
{follow_up_date_key}

-- [sort_parties]
c.parties_key

-- [ascending]
ASC

-- [descending]
DESC
