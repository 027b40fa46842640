-- Schema version 6: pairs the user said are not the same person, so that "Possible duplicates"
-- does not offer them again. Contact ids, the smaller first; a pair whose contact is gone
-- matches nothing and does no harm.
CREATE TABLE not_same_person (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
