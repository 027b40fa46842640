-- Schema version 1: contacts, ties, encounters, follow-ups, trash and full-text search.
-- Rows have an integer key for joins and full-text rowids (stable across VACUUM) and the
-- writer's string id from the interchange format.

CREATE TABLE contact (
    pk                 INTEGER PRIMARY KEY,
    id                 TEXT    NOT NULL UNIQUE,
    name               TEXT    NOT NULL,
    sort_key           TEXT    NOT NULL,
    organization       TEXT,
    role               TEXT,
    city               TEXT,
    birthday           TEXT,
    how_we_met         TEXT,
    notes              TEXT,
    keep_in_touch_days INTEGER CHECK (keep_in_touch_days IS NULL OR keep_in_touch_days > 0),
    do_not_introduce   INTEGER NOT NULL DEFAULT 0,
    archived           INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    deleted_at         TEXT
);
CREATE INDEX contact_sort ON contact (deleted_at, sort_key);
CREATE INDEX contact_organization ON contact (organization);

-- E-mail addresses, phone numbers and links, in the order the user gave them.
CREATE TABLE contact_value (
    contact_pk INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('email', 'phone', 'link')),
    position   INTEGER NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (contact_pk, kind, position)
);

-- Interests, offers and seeks: as written, and normalised for matching and filtering.
CREATE TABLE contact_tag (
    contact_pk INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('interest', 'offer', 'seek')),
    position   INTEGER NOT NULL,
    tag        TEXT    NOT NULL,
    normalized TEXT    NOT NULL,
    PRIMARY KEY (contact_pk, kind, position)
);
CREATE INDEX contact_tag_normalized ON contact_tag (normalized, contact_pk);

CREATE TABLE tie (
    a_pk     INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    b_pk     INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    strength INTEGER CHECK (strength IS NULL OR strength BETWEEN 1 AND 5),
    note     TEXT,
    PRIMARY KEY (a_pk, b_pk),
    CHECK (a_pk <> b_pk)
);
CREATE INDEX tie_b ON tie (b_pk);

CREATE TABLE encounter (
    pk           INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    date         TEXT    NOT NULL,
    epoch_millis INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    title        TEXT,
    place        TEXT,
    event_id     TEXT,
    notes        TEXT,
    rating       INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    deleted_at   TEXT
);
CREATE INDEX encounter_time ON encounter (epoch_millis DESC, pk DESC);

CREATE TABLE encounter_participant (
    encounter_pk INTEGER NOT NULL REFERENCES encounter (pk) ON DELETE CASCADE,
    contact_pk   INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (encounter_pk, contact_pk)
);
CREATE INDEX participant_contact ON encounter_participant (contact_pk, encounter_pk);

CREATE TABLE follow_up (
    encounter_pk INTEGER NOT NULL REFERENCES encounter (pk) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    what         TEXT    NOT NULL,
    due          TEXT,
    done         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (encounter_pk, position)
);
CREATE INDEX follow_up_due ON follow_up (done, due);

-- Folded text (see TextFolding) so that Müller, Mueller and Muller meet; rowid = contact.pk.
CREATE VIRTUAL TABLE contact_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
-- rowid = encounter.pk; includes the participants' names.
CREATE VIRTUAL TABLE encounter_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
