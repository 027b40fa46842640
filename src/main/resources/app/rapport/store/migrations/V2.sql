-- Schema version 2: events with their agenda and attendees, introductions, and the give-and-take
-- ledger (INTERCHANGE.md's events, introductions and exchanges).

CREATE TABLE event (
    pk           INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    name         TEXT,
    series       TEXT,
    start_at     TEXT,
    start_millis INTEGER,
    end_at       TEXT,
    place        TEXT,
    topic        TEXT,
    notes        TEXT,
    deleted_at   TEXT
);
CREATE INDEX event_start ON event (deleted_at, start_millis);
-- Encounters name their event by its id (encounter.event_id, from version 1).
CREATE INDEX encounter_event ON encounter (event_id);

CREATE TABLE event_attendee (
    event_pk   INTEGER NOT NULL REFERENCES event (pk) ON DELETE CASCADE,
    contact_pk INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (event_pk, contact_pk)
);
CREATE INDEX attendee_contact ON event_attendee (contact_pk, event_pk);

-- The agenda; a speaker who is deleted for good leaves the session without one.
CREATE TABLE event_session (
    event_pk   INTEGER NOT NULL REFERENCES event (pk) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    start_at   TEXT,
    end_at     TEXT,
    topic      TEXT,
    speaker_pk INTEGER REFERENCES contact (pk) ON DELETE SET NULL,
    PRIMARY KEY (event_pk, position)
);
CREATE INDEX session_speaker ON event_session (speaker_pk);

-- a is the person asked first; the order matters, so (a, b) is not normalised as for ties.
CREATE TABLE introduction (
    pk         INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    a_pk       INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    b_pk       INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    status     TEXT    NOT NULL CHECK (status IN ('suggested', 'dismissed', 'planned', 'asked-a', 'asked-b',
                   'introduced', 'met', 'working-together', 'did-not-work-out')),
    created_at TEXT,
    reason     TEXT,
    outcome    TEXT,
    CHECK (a_pk <> b_pk)
);
CREATE INDEX introduction_a ON introduction (a_pk);
CREATE INDEX introduction_b ON introduction (b_pk);

CREATE TABLE exchange (
    pk         INTEGER PRIMARY KEY,
    contact_pk INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    direction  TEXT    NOT NULL CHECK (direction IN ('given', 'received')),
    date       TEXT,
    what       TEXT
);
CREATE INDEX exchange_contact ON exchange (contact_pk, date);
