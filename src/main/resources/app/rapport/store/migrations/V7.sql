-- Schema version 7: a contact's postal addresses, in the order the user gave them. Each part is
-- optional; the street may hold several lines. The photo already has its table (contact_photo).
CREATE TABLE contact_address (
    contact_pk  INTEGER NOT NULL REFERENCES contact (pk) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    street      TEXT,
    postal_code TEXT,
    city        TEXT,
    region      TEXT,
    country     TEXT,
    PRIMARY KEY (contact_pk, position)
) WITHOUT ROWID;
