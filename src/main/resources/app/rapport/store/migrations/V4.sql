-- Schema version 4: keeping in touch: default cadences per tag, and reminders the user put off.
-- Both are journal data rather than window settings: the command line's calendar export and
-- every window on this journal must see the same cadences, and backups must carry them.

-- Everyone with this tag (interest, offer or seek, matched normalised) should hear from the user
-- every `days` days unless the contact has a cadence of its own.
CREATE TABLE tag_cadence (
    normalized TEXT    PRIMARY KEY,
    tag        TEXT    NOT NULL,
    days       INTEGER NOT NULL CHECK (days > 0)
);

-- A reminder put off until a day; `item` names it (see reminders.Snoozes), e.g. keep-in-touch:c1.
CREATE TABLE snooze (
    item  TEXT PRIMARY KEY,
    until TEXT NOT NULL
);
