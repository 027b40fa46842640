-- Schema version 8: what the user taught the introductions. Pairs of contacts who do not know
-- each other although they work at one organisation, met or were tied (contact ids, the smaller
-- first; a pair whose contact is gone matches nothing). Pairs of words that mean the same
-- (same = 1) or do not (same = 0), as written, keyed by their normalised forms (the smaller first).
-- And one value: from when on the engine learns from decisions (a reset of what it learned).
CREATE TABLE strangers (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE TABLE word_pair (
    first_key  TEXT NOT NULL,
    second_key TEXT NOT NULL,
    first      TEXT NOT NULL,
    second     TEXT NOT NULL,
    same       INTEGER NOT NULL CHECK (same IN (0, 1)),
    PRIMARY KEY (first_key, second_key)
) WITHOUT ROWID;
CREATE TABLE learning (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    learn_from TEXT
);
