-- A small helpdesk as schema version 7 kept it, written as version 7's grants allowed: agent A's case
-- handed over to agent B (the owner column still names A), notes, a step back's leftovers, a removed
-- referral with its reason, a chat with its transcript, a review and the audit entries the triggers
-- wrote. {agent_a}, {agent_b} and {supervisor} are replaced by the test's roles.
INSERT INTO trees (identity, version, content, stored_at)
VALUES ('v7@sha256:0000', 'v7', '{"format":1}', '2026-01-05 09:00:00+00');

INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, contact_ended_at, closed_at, updated_at,
                   hold_seconds, caller_role, school_type, route_stage, outcome_node, white_spot, white_spot_reason,
                   themes_key, parties_key, row_version)
VALUES ('aaaaaaaa-0000-0000-0000-000000000001', 'phone', 'wrap-up', '{agent_a}', 'v7@sha256:0000',
        '2026-01-05 09:00:00+00', '2026-01-05 09:20:00+00', NULL, '2026-01-05 09:30:00+00', 30, 'parent', 'po',
        'school', 'advies-pesten', 0, NULL, 'pesten', 'vertrouwenspersoon', 4),
       ('aaaaaaaa-0000-0000-0000-000000000002', 'phone', 'closed', '{agent_b}', 'v7@sha256:0000',
        '2026-01-06 10:00:00+00', '2026-01-06 10:10:00+00', '2026-01-06 10:15:00+00', '2026-01-06 10:15:00+00', 0,
        'pupil', 'vo', 'none', 'witte-vlek', 1, 'Niemand gaat hierover.', 'discriminatie', '', 3),
       ('aaaaaaaa-0000-0000-0000-000000000003', 'chat', 'active', '{agent_a}', 'v7@sha256:0000',
        '2026-01-07 11:00:00+00', NULL, NULL, '2026-01-07 11:05:00+00', 0, NULL, NULL, NULL, NULL, 0, NULL, '', '', 2);

INSERT INTO case_themes (case_id, theme, opened_at)
VALUES ('aaaaaaaa-0000-0000-0000-000000000001', 'pesten', '2026-01-05 09:00:00+00'),
       ('aaaaaaaa-0000-0000-0000-000000000002', 'discriminatie', '2026-01-06 10:00:00+00');

INSERT INTO case_steps (case_id, seq, node_id, option_id, reached_at)
VALUES ('aaaaaaaa-0000-0000-0000-000000000001', 0, 'start', 'ouder', '2026-01-05 09:01:00+00'),
       ('aaaaaaaa-0000-0000-0000-000000000001', 1, 'thema', 'pesten', '2026-01-05 09:02:00+00'),
       ('aaaaaaaa-0000-0000-0000-000000000001', 2, 'advies-pesten', NULL, '2026-01-05 09:03:00+00'),
       ('aaaaaaaa-0000-0000-0000-000000000002', 0, 'start', 'leerling', '2026-01-06 10:01:00+00'),
       ('aaaaaaaa-0000-0000-0000-000000000002', 1, 'witte-vlek', NULL, '2026-01-06 10:02:00+00');

INSERT INTO case_notes (id, case_id, seq, author, created_at, body, corrects_note_id)
VALUES ('bbbbbbbb-0000-0000-0000-000000000001', 'aaaaaaaa-0000-0000-0000-000000000001', 0, '{agent_a}',
        '2026-01-05 09:05:00+00', 'Ouder belt over pesten in groep 6.', NULL),
       ('bbbbbbbb-0000-0000-0000-000000000002', 'aaaaaaaa-0000-0000-0000-000000000001', 1, '{agent_a}',
        '2026-01-05 09:06:00+00', 'Correctie: groep 7.', 'bbbbbbbb-0000-0000-0000-000000000001'),
       ('bbbbbbbb-0000-0000-0000-000000000003', 'aaaaaaaa-0000-0000-0000-000000000002', 0, '{agent_b}',
        '2026-01-06 10:05:00+00', 'Leerling voelt zich buitengesloten.', NULL);

INSERT INTO note_drafts (case_id, body, saved_at)
VALUES ('aaaaaaaa-0000-0000-0000-000000000001', 'Terugbellen na het gesprek', '2026-01-05 09:29:00+00');

INSERT INTO referrals (case_id, party_id, position, origin, decision, reason, warm_handover, decided_at, opened_at)
VALUES ('aaaaaaaa-0000-0000-0000-000000000001', 'vertrouwenspersoon', 0, 'suggested', 'confirmed', NULL, 1,
        '2026-01-05 09:04:00+00', '2026-01-05 09:00:00+00'),
       ('aaaaaaaa-0000-0000-0000-000000000001', 'klachtencommissie', 1, 'suggested', 'removed',
        'Eerst met de school praten.', 0, '2026-01-05 09:04:00+00', '2026-01-05 09:00:00+00');

INSERT INTO case_events (case_id, seq, at, kind, detail)
VALUES ('aaaaaaaa-0000-0000-0000-000000000001', 0, '2026-01-05 09:00:00+00', 'opened', 'phone'),
       ('aaaaaaaa-0000-0000-0000-000000000001', 1, '2026-01-05 09:20:00+00', 'contact-ended', NULL),
       ('aaaaaaaa-0000-0000-0000-000000000001', 2, '2026-01-05 09:30:00+00', 'handed-over', '{agent_b}'),
       ('aaaaaaaa-0000-0000-0000-000000000002', 0, '2026-01-06 10:00:00+00', 'opened', 'phone'),
       ('aaaaaaaa-0000-0000-0000-000000000002', 1, '2026-01-06 10:15:00+00', 'closed', NULL),
       ('aaaaaaaa-0000-0000-0000-000000000003', 0, '2026-01-07 11:00:00+00', 'opened', 'chat');

INSERT INTO case_handovers (case_id, from_role, to_role, note, handed_at)
VALUES ('aaaaaaaa-0000-0000-0000-000000000001', '{agent_a}', '{agent_b}', 'Wil jij terugbellen?',
        '2026-01-05 09:30:00+00');

INSERT INTO case_reviews (case_id, reviewer, reviewed_at, comment, score, flagged)
VALUES ('aaaaaaaa-0000-0000-0000-000000000002', '{supervisor}', '2026-01-08 12:00:00+00', 'Netjes afgehandeld.', 4, 1);

INSERT INTO chats (id, case_id, resume_hash, state, agent, lang, visitor_path, opened_at, queued_at)
VALUES ('cccccccc-0000-0000-0000-000000000001', 'aaaaaaaa-0000-0000-0000-000000000003', repeat('e', 64), 'active',
        '{agent_a}', 'nl', '["start","pesten"]', '2026-01-07 11:00:00+00', '2026-01-07 11:00:00+00');

INSERT INTO chat_messages (chat_id, case_id, seq, sender, author, client_id, body, sent_at)
VALUES ('cccccccc-0000-0000-0000-000000000001', 'aaaaaaaa-0000-0000-0000-000000000003', 1, 'visitor', NULL, 'v1',
        'Hoi, ik word gepest.', '2026-01-07 11:01:00+00'),
       ('cccccccc-0000-0000-0000-000000000001', 'aaaaaaaa-0000-0000-0000-000000000003', 2, 'agent', '{agent_a}', 'a1',
        'Wat vervelend. Waar gebeurt het?', '2026-01-07 11:02:00+00');
