-- Schema version 3: contact photos, and merges of two contacts recorded so that they can be undone.

-- At most one small picture per contact (importers scale photos down before storing them).
CREATE TABLE contact_photo (
    contact_pk INTEGER PRIMARY KEY REFERENCES contact (pk) ON DELETE CASCADE,
    media_type TEXT    NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    bytes      BLOB    NOT NULL
);

-- One row per merge: what both contacts, their ties and their encounters' participant lists
-- were before, as JSON, so that undo restores exactly that. Rows stay after an undo (undone_at).
CREATE TABLE contact_merge (
    pk           INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    merged_at    TEXT    NOT NULL,
    kept_id      TEXT    NOT NULL,
    removed_id   TEXT    NOT NULL,
    kept_name    TEXT    NOT NULL,
    removed_name TEXT    NOT NULL,
    before       TEXT    NOT NULL,
    undone_at    TEXT
);
CREATE INDEX contact_merge_kept ON contact_merge (kept_id);
