PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
INSERT INTO schema_migrations VALUES(1,'initial','2026-11-28T13:49:53.166Z');
CREATE TABLE trees (
    identity  TEXT PRIMARY KEY,
    version   TEXT NOT NULL,
    content   TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
INSERT INTO trees VALUES('test-1@sha256:89df391892176e930e8121e6cd7a4e35e951f7f8467b4c50f4caa2da8bb720eb','test-1','{"format":1,"nodes":[{"id":"danger","kind":"question","options":[{"id":"yes","label":{"en":"Yes","nl":"Ja"},"next":"urgent-help"},{"id":"no","label":{"en":"No","nl":"Nee"},"next":"caller"}],"text":{"en":"Is there danger now?","nl":"Is er nu gevaar?"}},{"id":"caller","kind":"question","note":{"nl":"Vraag niet naar namen."},"options":[{"id":"pupil","label":{"en":"Pupil","nl":"Leerling"},"next":"pupil-help","sets":{"callerRole":"pupil"}},{"id":"parent","label":{"en":"Parent","nl":"Ouder"},"next":"theme","sets":{"callerRole":"parent"}}],"text":{"en":"Who is calling?","nl":"Wie belt er?"}},{"id":"theme","kind":"question","options":[{"id":"bullying","label":{"nl":"Pesten"},"next":"bullying-help","sets":{"theme":"bullying"}},{"id":"other","label":{"nl":"Iets anders"},"next":"white-spot","sets":{"theme":"other"}}],"text":{"nl":"Waar gaat het over?"}},{"id":"urgent-help","kind":"outcome","referrals":[{"party":"veilig-thuis","script":{"nl":"Bel Veilig Thuis na 112."}}],"text":{"nl":"Bel nu 112."},"urgent":true},{"id":"pupil-help","kind":"outcome","referrals":[{"party":"kindertelefoon","script":{"nl":"Je kunt altijd bellen."}}],"text":{"nl":"Praat erover."}},{"id":"bullying-help","kind":"outcome","referrals":[{"party":"school-route","script":{"nl":"Praat eerst met de mentor."}},{"party":"kindertelefoon","script":{"nl":"Uw kind kan ook bellen."}}],"text":{"nl":"Eerst naar school."}},{"id":"white-spot","kind":"outcome","referrals":[],"text":{"nl":"Hier past geen partij."},"whiteSpot":true}],"review":{"status":"awaiting-review"},"start":"danger","title":{"en":"Test tree","nl":"Testboom"},"version":"test-1"}','2026-11-28T13:49:53.172Z');
CREATE TABLE cases (
    id                    TEXT PRIMARY KEY,
    channel               TEXT NOT NULL CHECK (channel IN ('phone', 'chat')),
    status                TEXT NOT NULL CHECK (status IN ('active', 'wrap-up', 'follow-up', 'closed')),
    owner                 TEXT NOT NULL,
    tree_identity         TEXT NOT NULL REFERENCES trees (identity),
    opened_at             TEXT NOT NULL,
    contact_ended_at      TEXT,
    closed_at             TEXT,
    updated_at            TEXT NOT NULL,
    hold_seconds          INTEGER NOT NULL DEFAULT 0 CHECK (hold_seconds >= 0),
    caller_role           TEXT,
    school_type           TEXT,
    province              TEXT,
    route_stage           TEXT,
    outcome_node          TEXT,
    white_spot            INTEGER NOT NULL DEFAULT 0 CHECK (white_spot IN (0, 1)),
    white_spot_reason     TEXT,
    follow_up_date        TEXT,
    follow_up_instruction TEXT,
    row_version           INTEGER NOT NULL DEFAULT 1
);
INSERT INTO cases VALUES('255c344b-c192-40a9-b62c-0b6693852b47','chat','closed','agent-golden','test-1@sha256:89df391892176e930e8121e6cd7a4e35e951f7f8467b4c50f4caa2da8bb720eb','2026-11-20T17:27:10.000Z','2026-11-20T17:40:07.000Z','2026-11-20T17:43:42.000Z','2026-11-20T17:43:42.000Z',0,'parent',NULL,'Noord-Brabant',NULL,'bullying-help',0,NULL,NULL,NULL,1);
INSERT INTO cases VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae','chat','closed','agent-golden','test-1@sha256:89df391892176e930e8121e6cd7a4e35e951f7f8467b4c50f4caa2da8bb720eb','2025-01-19T14:08:33.000Z','2025-01-19T14:23:29.000Z','2025-01-19T14:27:00.000Z','2025-01-19T14:27:00.000Z',0,'parent',NULL,'Zeeland',NULL,'white-spot',1,'Geen partij behandelt dit: buiten school en buiten het klachtenstelsel.',NULL,NULL,1);
INSERT INTO cases VALUES('27ff4bcd-f001-4ee2-9b70-5382b874b08f','phone','closed','agent-golden','test-1@sha256:89df391892176e930e8121e6cd7a4e35e951f7f8467b4c50f4caa2da8bb720eb','2026-03-14T17:35:36.000Z','2026-03-14T17:49:09.000Z','2026-03-14T17:50:52.000Z','2026-03-14T17:50:52.000Z',0,NULL,NULL,'Gelderland',NULL,'urgent-help',0,NULL,NULL,NULL,1);
CREATE TABLE case_themes (
    case_id TEXT NOT NULL REFERENCES cases (id),
    theme   TEXT NOT NULL,
    PRIMARY KEY (case_id, theme)
);
INSERT INTO case_themes VALUES('255c344b-c192-40a9-b62c-0b6693852b47','bullying');
INSERT INTO case_themes VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae','other');
CREATE TABLE case_steps (
    case_id    TEXT NOT NULL REFERENCES cases (id),
    seq        INTEGER NOT NULL,
    node_id    TEXT NOT NULL,
    option_id  TEXT,
    reached_at TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
);
INSERT INTO case_steps VALUES('255c344b-c192-40a9-b62c-0b6693852b47',0,'danger','no','2026-11-20T17:27:10.000Z');
INSERT INTO case_steps VALUES('255c344b-c192-40a9-b62c-0b6693852b47',1,'caller','parent','2026-11-20T17:28:53.000Z');
INSERT INTO case_steps VALUES('255c344b-c192-40a9-b62c-0b6693852b47',2,'theme','bullying','2026-11-20T17:29:42.000Z');
INSERT INTO case_steps VALUES('255c344b-c192-40a9-b62c-0b6693852b47',3,'bullying-help',NULL,'2026-11-20T17:30:39.000Z');
INSERT INTO case_steps VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',0,'danger','no','2025-01-19T14:08:33.000Z');
INSERT INTO case_steps VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',1,'caller','parent','2025-01-19T14:09:07.000Z');
INSERT INTO case_steps VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',2,'theme','other','2025-01-19T14:10:26.000Z');
INSERT INTO case_steps VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',3,'white-spot',NULL,'2025-01-19T14:12:03.000Z');
INSERT INTO case_steps VALUES('27ff4bcd-f001-4ee2-9b70-5382b874b08f',0,'danger','yes','2026-03-14T17:35:36.000Z');
INSERT INTO case_steps VALUES('27ff4bcd-f001-4ee2-9b70-5382b874b08f',1,'urgent-help',NULL,'2026-03-14T17:36:31.000Z');
CREATE TABLE case_notes (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id),
    seq              INTEGER NOT NULL,
    author           TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    body             TEXT NOT NULL,
    corrects_note_id TEXT REFERENCES case_notes (id)
);
INSERT INTO case_notes VALUES('5af11d9c-3340-5aca-90c7-2fc54a9d42ba','255c344b-c192-40a9-b62c-0b6693852b47',0,'agent-golden','2026-11-20T17:32:34.000Z','Beller wil anoniem blijven. Beller wil anoniem blijven.',NULL);
INSERT INTO case_notes VALUES('14cb05a9-5099-533a-8548-cb872ea05ab2','6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',0,'agent-golden','2025-01-19T14:12:28.000Z','Beller wil anoniem blijven. School heeft een gesprek gepland, maar beller twijfelt.',NULL);
INSERT INTO case_notes VALUES('9d42805f-6387-5d1a-b302-d0b7bf035c58','6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',1,'agent-golden','2025-01-19T14:12:48.000Z','Beller was boos en voelt zich van het kastje naar de muur gestuurd. Uitleg gegeven over het verschil tussen een signaal en een klacht.',NULL);
INSERT INTO case_notes VALUES('45b90dd9-b1c0-5cf4-87f3-f6d78eb50b40','6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',2,'agent-golden','2025-01-19T14:13:48.000Z','Gevraagd of er direct gevaar is: nee. Gevraagd of er direct gevaar is: nee.',NULL);
INSERT INTO case_notes VALUES('6c1114f9-66b4-54c0-a89a-062f91b83501','27ff4bcd-f001-4ee2-9b70-5382b874b08f',0,'agent-golden','2026-03-14T17:37:59.000Z','Ouder wil weten welke stappen er nog zijn. Beller was boos en voelt zich van het kastje naar de muur gestuurd.',NULL);
INSERT INTO case_notes VALUES('28177475-fc55-5237-8393-e50ab81626be','27ff4bcd-f001-4ee2-9b70-5382b874b08f',1,'agent-golden','2026-03-14T17:38:30.000Z','Mentor is op de hoogte, maar er is niets veranderd. Leerling wil eerst zelf met de vertrouwenspersoon praten.',NULL);
INSERT INTO case_notes VALUES('84432d33-8567-5bf4-b556-a76322c6e9c6','27ff4bcd-f001-4ee2-9b70-5382b874b08f',2,'agent-golden','2026-03-14T17:40:13.000Z','Leerling wil eerst zelf met de vertrouwenspersoon praten. Ouder wil weten welke stappen er nog zijn.',NULL);
INSERT INTO case_notes VALUES('099f8b6f-64a2-52d4-bbc4-8bd27de0005e','27ff4bcd-f001-4ee2-9b70-5382b874b08f',3,'agent-golden','2026-03-14T17:40:54.000Z','Uitleg gegeven over het verschil tussen een signaal en een klacht. Uitleg gegeven over het verschil tussen een signaal en een klacht.',NULL);
CREATE TABLE note_drafts (
    case_id  TEXT PRIMARY KEY REFERENCES cases (id),
    body     TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE TABLE referrals (
    case_id       TEXT NOT NULL REFERENCES cases (id),
    party_id      TEXT NOT NULL,
    position      INTEGER NOT NULL,
    origin        TEXT NOT NULL CHECK (origin IN ('suggested', 'added')),
    decision      TEXT NOT NULL CHECK (decision IN ('confirmed', 'removed')),
    reason        TEXT,
    warm_handover INTEGER NOT NULL DEFAULT 0 CHECK (warm_handover IN (0, 1)),
    decided_at    TEXT NOT NULL,
    PRIMARY KEY (case_id, party_id),
    CHECK ((origin = 'suggested' AND decision = 'confirmed') OR coalesce(length(trim(reason)), 0) > 0)
);
INSERT INTO referrals VALUES('255c344b-c192-40a9-b62c-0b6693852b47','school-route',0,'suggested','removed','Beller wil eerst zelf met de school praten.',0,'2026-11-20T17:30:39.000Z');
INSERT INTO referrals VALUES('255c344b-c192-40a9-b62c-0b6693852b47','kindertelefoon',1,'suggested','removed','Past beter bij de vraag van de beller.',0,'2026-11-20T17:30:39.000Z');
INSERT INTO referrals VALUES('27ff4bcd-f001-4ee2-9b70-5382b874b08f','veilig-thuis',0,'suggested','confirmed',NULL,0,'2026-03-14T17:36:31.000Z');
CREATE TABLE case_events (
    case_id TEXT NOT NULL REFERENCES cases (id),
    seq     INTEGER NOT NULL,
    at      TEXT NOT NULL,
    kind    TEXT NOT NULL,
    detail  TEXT,
    PRIMARY KEY (case_id, seq)
);
INSERT INTO case_events VALUES('255c344b-c192-40a9-b62c-0b6693852b47',0,'2026-11-20T17:27:10.000Z','opened','chat');
INSERT INTO case_events VALUES('255c344b-c192-40a9-b62c-0b6693852b47',1,'2026-11-20T17:40:07.000Z','contact-ended',NULL);
INSERT INTO case_events VALUES('255c344b-c192-40a9-b62c-0b6693852b47',2,'2026-11-20T17:43:42.000Z','closed',NULL);
INSERT INTO case_events VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',0,'2025-01-19T14:08:33.000Z','opened','chat');
INSERT INTO case_events VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',1,'2025-01-19T14:23:29.000Z','contact-ended',NULL);
INSERT INTO case_events VALUES('6a48dd7f-b0fd-4d1c-a116-75b0c79c3cae',2,'2025-01-19T14:27:00.000Z','closed',NULL);
INSERT INTO case_events VALUES('27ff4bcd-f001-4ee2-9b70-5382b874b08f',0,'2026-03-14T17:35:36.000Z','opened','phone');
INSERT INTO case_events VALUES('27ff4bcd-f001-4ee2-9b70-5382b874b08f',1,'2026-03-14T17:49:09.000Z','contact-ended',NULL);
INSERT INTO case_events VALUES('27ff4bcd-f001-4ee2-9b70-5382b874b08f',2,'2026-03-14T17:50:52.000Z','closed',NULL);
CREATE INDEX cases_owner_status ON cases (owner, status, follow_up_date);
CREATE INDEX cases_owner_updated ON cases (owner, updated_at);
CREATE INDEX cases_opened ON cases (opened_at);
CREATE INDEX case_notes_case ON case_notes (case_id, created_at, seq);
CREATE TRIGGER case_notes_are_append_only_update BEFORE UPDATE ON case_notes
BEGIN
    SELECT RAISE(ABORT, 'case notes are append-only: add a correcting note instead');
END;
CREATE TRIGGER case_notes_are_append_only_delete BEFORE DELETE ON case_notes
BEGIN
    SELECT RAISE(ABORT, 'case notes are append-only: add a correcting note instead');
END;
CREATE INDEX referrals_party ON referrals (party_id);
COMMIT;
