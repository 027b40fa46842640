package app.rapport.store;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactFields;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.RecordFields;
import app.rapport.journal.Tags;
import app.rapport.journal.TextFolding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Contacts: the {@code contact} row, its values (e-mails, phones, links), tags, postal addresses
 * and photo, and
 * its entry in the search index.
 */
final class ContactStore {

    /** A contact as stored, with its row key. */
    record Stored(Contact contact, long pk) {
    }

    private final Database db;
    private final SearchIndex index;

    ContactStore(Database db, SearchIndex index) {
        this.db = db;
        this.index = index;
    }

    /** Saves an already cleaned and checked contact, refused when {@code loaded} is stale. */
    Contact save(Contact cleaned, Contact loaded, Instant now) {
        return db.write(c -> {
            if (loaded != null) {
                Long pk = db.pkOfContactOrNull(c, loaded.id());
                Sql.requireUnchanged(RecordFields.CONTACT, loaded.id(), loaded,
                        pk == null ? List.of() : List.copyOf(load(c, "c.pk = " + pk).values()));
            }
            Stored stored = upsert(c, cleaned, now, false);
            index.reindexEncountersOf(c, stored.pk());
            return stored.contact();
        });
    }

    /** The columns of the contact row, as {@link ContactFields} lists them, and the sort key the store adds. */
    private static final List<ContactFields.Field<?>> ROW = ContactFields.ALL.stream().filter(ContactFields.Field::inRow)
            .toList();
    private static final String COLUMNS = String.join(", ", ROW.stream().map(ContactFields.Field::column).toList())
            + ", sort_key";
    private static final String INSERT = "INSERT INTO contact (" + COLUMNS + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(ROW.size() + 1, "?")) + ")";
    private static final String UPDATE = "UPDATE contact SET " + String.join(", ",
            ROW.stream().map(f -> f.column() + " = ?").toList()) + ", sort_key = ? WHERE pk = ?";
    /** The table of each kind of field kept in rows of its own, which a save replaces. */
    private static final List<String> ENTRY_TABLES = List.of("contact_value", "contact_tag", "contact_address",
            "contact_photo");

    /** {@code knownNew}: the caller knows no contact has this id yet, which saves a query per contact on import. */
    Stored upsert(Connection c, Contact contact, Instant now, boolean knownNew) throws SQLException {
        String id = contact.id() == null || contact.id().isBlank() ? Sql.newId() : contact.id();
        Long pk = knownNew ? null : db.pkOfContactOrNull(c, id);
        Instant created = contact.createdAt() != null ? contact.createdAt() : now;
        Instant updated = contact.updatedAt() != null && pk == null ? contact.updatedAt() : now;
        Contact stored = contact.toBuilder().id(id).createdAt(created).updatedAt(updated).build();
        boolean isNew = pk == null;
        if (isNew) {
            try (PreparedStatement ps = db.prepared(c, INSERT)) {
                bind(ps, stored);
                ps.executeUpdate();
                pk = db.lastInsertRowid(c);
            }
        } else {
            try (PreparedStatement ps = db.prepared(c, UPDATE)) {
                ps.setLong(bind(ps, stored), pk);
                ps.executeUpdate();
            }
            for (String table : ENTRY_TABLES) {
                try (PreparedStatement ps = db.prepared(c, "DELETE FROM " + table + " WHERE contact_pk = ?")) {
                    ps.setLong(1, pk);
                    ps.executeUpdate();
                }
            }
        }
        insertEntries(c, pk, stored);
        index.indexContact(c, pk, stored, isNew);
        return new Stored(stored, pk);
    }

    /** The row's columns in the order of {@link #COLUMNS}; the index of the next parameter. */
    private static int bind(PreparedStatement ps, Contact contact) throws SQLException {
        int i = 1;
        for (ContactFields.Field<?> f : ROW) {
            Object value = f.get().apply(contact);
            switch (f.kind()) {
                case ID, TEXT -> ps.setString(i, (String) value);
                case BIRTHDAY, TIME -> ps.setString(i, value == null ? null : value.toString());
                case DAYS -> Sql.setInteger(ps, i, (Integer) value);
                case FLAG -> ps.setInt(i, Boolean.TRUE.equals(value) ? 1 : 0);
                default -> throw new IllegalStateException(f.name() + " is not a column");
            }
            i++;
        }
        ps.setString(i++, sortKey(contact.name()));
        return i;
    }

    /** The lists, tags, addresses and photo, each in its own table, as the fields' kinds say. */
    private void insertEntries(Connection c, long pk, Contact contact) throws SQLException {
        try (PreparedStatement values = db.prepared(c,
                "INSERT INTO contact_value (contact_pk, kind, position, value) VALUES (?, ?, ?, ?)");
             PreparedStatement tags = db.prepared(c,
                "INSERT INTO contact_tag (contact_pk, kind, position, tag, normalized) VALUES (?, ?, ?, ?, ?)")) {
            boolean anyValue = false;
            boolean anyTag = false;
            for (ContactFields.Field<?> f : ContactFields.ALL) {
                Object value = f.get().apply(contact);
                switch (f.kind()) {
                    case TEXTS -> anyValue |= addValues(values, pk, f.entry(), strings(value));
                    case TAGS -> anyTag |= addTags(tags, pk, f.entry(), strings(value));
                    case ADDRESSES -> insertAddresses(c, pk, (List<?>) value);
                    case PHOTO -> insertPhoto(c, pk, (Photo) value);
                    default -> {
                        // a column of the row
                    }
                }
            }
            if (anyValue) {
                values.executeBatch();
            }
            if (anyTag) {
                tags.executeBatch();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private void insertAddresses(Connection c, long pk, List<?> addresses) throws SQLException {
        if (addresses.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepared(c, "INSERT INTO contact_address"
                + " (contact_pk, position, street, postal_code, city, region, country) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < addresses.size(); i++) {
                PostalAddress a = (PostalAddress) addresses.get(i);
                ps.setLong(1, pk);
                ps.setInt(2, i);
                ps.setString(3, a.street());
                ps.setString(4, a.postalCode());
                ps.setString(5, a.city());
                ps.setString(6, a.region());
                ps.setString(7, a.country());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertPhoto(Connection c, long pk, Photo photo) throws SQLException {
        if (photo == null) {
            return;
        }
        try (PreparedStatement ps = db.prepared(c,
                "INSERT INTO contact_photo (contact_pk, media_type, bytes) VALUES (?, ?, ?)")) {
            ps.setLong(1, pk);
            ps.setString(2, photo.mediaType());
            ps.setBytes(3, photo.bytes());
            ps.executeUpdate();
        }
    }

    private static String sortKey(String name) {
        return TextFolding.fold(name).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean addValues(PreparedStatement ps, long pk, String kind, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(1, pk);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, values.get(i));
            ps.addBatch();
        }
        return !values.isEmpty();
    }

    private static boolean addTags(PreparedStatement ps, long pk, String kind, List<String> tags) throws SQLException {
        for (int i = 0; i < tags.size(); i++) {
            ps.setLong(1, pk);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, tags.get(i));
            ps.setString(5, Tags.normalize(tags.get(i)));
            ps.addBatch();
        }
        return !tags.isEmpty();
    }

    /** Deletes the contact's row for good (its values, tags and photo go by cascade) and its index entry. */
    void deleteRow(Connection c, long pk) throws SQLException {
        index.removeContact(c, pk);
        try (PreparedStatement row = db.prepared(c, "DELETE FROM contact WHERE pk = ?")) {
            row.setLong(1, pk);
            row.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- reading

    Optional<Contact> contact(String id) {
        return db.read(c -> {
            Long pk = db.pkOfContactOrNull(c, id);
            if (pk == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(load(c, "c.pk = " + pk).get(pk));
        });
    }

    List<Contact> allContacts() {
        return db.read(c -> new ArrayList<>(load(c, "c.deleted_at IS NULL").values()));
    }

    private static final String SELECT = "SELECT pk, " + String.join(", ", ROW.stream().map(f -> "c." + f.column())
            .toList()) + " FROM contact c WHERE ";

    /** Loads full contacts matching a trusted SQL condition on alias {@code c}, keyed by pk, in name order. */
    static Map<Long, Contact> load(Connection c, String where) throws SQLException {
        Map<Long, ContactFields.Values> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SELECT + where + " ORDER BY sort_key, pk")) {
            while (rs.next()) {
                ContactFields.Values v = new ContactFields.Values();
                int i = 2;
                for (ContactFields.Field<?> f : ROW) {
                    String text = f.kind() == ContactFields.Kind.DAYS || f.kind() == ContactFields.Kind.FLAG
                            ? null : rs.getString(i);
                    v.putUnchecked(f, switch (f.kind()) {
                        case ID, TEXT -> text;
                        case BIRTHDAY -> text == null ? null : Birthday.parse(text);
                        case TIME -> Instant.parse(text);
                        case DAYS -> Sql.integerOrNull(rs, i);
                        case FLAG -> rs.getInt(i) != 0;
                        default -> throw new IllegalStateException(f.name() + " is not a column");
                    });
                    i++;
                }
                rows.put(rs.getLong(1), v);
            }
        }
        if (rows.isEmpty()) {
            return Map.of();
        }
        String ofThese = " WHERE contact_pk IN (SELECT pk FROM contact c WHERE " + where + ")";
        Map<Long, Map<String, List<String>>> entries = new HashMap<>();
        for (String sql : List.of("SELECT contact_pk, kind, value FROM contact_value", "SELECT contact_pk, kind, tag FROM contact_tag")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql + ofThese
                    + " ORDER BY contact_pk, kind, position")) {
                while (rs.next()) {
                    entries.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        Map<Long, List<PostalAddress>> addresses = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, street, postal_code, city, region, country FROM contact_address" + ofThese
                        + " ORDER BY contact_pk, position")) {
            while (rs.next()) {
                addresses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PostalAddress(
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        Map<Long, Photo> photos = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, media_type, bytes FROM contact_photo" + ofThese)) {
            while (rs.next()) {
                photos.put(rs.getLong(1), new Photo(rs.getString(2), rs.getBytes(3)));
            }
        }
        Map<Long, Contact> result = new LinkedHashMap<>();
        rows.forEach((pk, v) -> {
            Map<String, List<String>> lists = entries.getOrDefault(pk, Map.of());
            for (ContactFields.Field<?> f : ContactFields.ALL) {
                switch (f.kind()) {
                    case TEXTS, TAGS -> v.putUnchecked(f, lists.getOrDefault(f.entry(), List.of()));
                    case ADDRESSES -> v.putUnchecked(f, addresses.getOrDefault(pk, List.of()));
                    case PHOTO -> v.putUnchecked(f, photos.get(pk));
                    default -> {
                        // read with the row
                    }
                }
            }
            result.put(pk, ContactFields.contact(v));
        });
        return result;
    }

    List<ContactSummary> contacts(ContactFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT c.id, c.name, c.organization, c.city, c.archived FROM contact c");
        List<Object> params = new ArrayList<>();
        String match = SearchIndex.matchExpression(filter.text());
        if (match != null) {
            sql.append(" JOIN contact_search s ON s.rowid = c.pk AND contact_search MATCH ?");
            params.add(match);
        }
        sql.append(" WHERE c.deleted_at IS NULL");
        if (!filter.includeArchived()) {
            sql.append(" AND c.archived = 0");
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM contact_tag t WHERE t.contact_pk = c.pk AND t.normalized = ?)");
            params.add(Tags.normalize(filter.tag()));
        }
        if (filter.organization() != null && !filter.organization().isBlank()) {
            sql.append(" AND c.organization = ?");
            params.add(filter.organization().strip());
        }
        sql.append(" ORDER BY c.sort_key, c.pk");
        if (filter.limit() > 0 && filter.limit() < ContactFilter.NO_LIMIT) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        if (match == null && filter.text() != null && !filter.text().isBlank()) {
            return List.of(); // only punctuation typed: nothing can match
        }
        return db.read(c -> {
            List<ContactSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ContactSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getInt(5) != 0));
                    }
                }
            }
            return out;
        });
    }

    /** One query per 500 ids instead of one contact load per id. */
    Map<String, String> names(Collection<String> ids) {
        List<String> distinct = new ArrayList<>(new HashSet<>(ids));
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<String, String> names = new HashMap<>();
            for (int from = 0; from < distinct.size(); from += 500) {
                List<String> chunk = distinct.subList(from, Math.min(from + 500, distinct.size()));
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id, name FROM contact WHERE id IN (" + marks + ")")) {
                    Sql.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            names.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            return names;
        });
    }

    List<String> tags() {
        return db.read(c -> {
            // One spelling per normalised form: the most used one, then the alphabetically first.
            Map<String, String> byNormal = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT t.normalized, t.tag, count(*) AS uses FROM contact_tag t
                    JOIN contact c ON c.pk = t.contact_pk AND c.deleted_at IS NULL
                    GROUP BY t.normalized, t.tag ORDER BY t.normalized, uses DESC, t.tag""")) {
                while (rs.next()) {
                    byNormal.putIfAbsent(rs.getString(1), rs.getString(2));
                }
            }
            return byNormal.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        });
    }

    List<String> organizations() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT DISTINCT organization FROM contact
                    WHERE deleted_at IS NULL AND organization IS NOT NULL
                    ORDER BY organization COLLATE NOCASE""")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
