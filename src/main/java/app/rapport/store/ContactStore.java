package app.rapport.store;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
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

    /** {@code knownNew}: the caller knows no contact has this id yet, which saves a query per contact on import. */
    Stored upsert(Connection c, Contact contact, Instant now, boolean knownNew) throws SQLException {
        String id = contact.id() == null || contact.id().isBlank() ? Sql.newId() : contact.id();
        Long pk = knownNew ? null : db.pkOfContactOrNull(c, id);
        Instant created = contact.createdAt() != null ? contact.createdAt() : now;
        Instant updated = contact.updatedAt() != null && pk == null ? contact.updatedAt() : now;
        boolean isNew = pk == null;
        if (isNew) {
            try (PreparedStatement ps = db.prepared(c, """
                    INSERT INTO contact (id, name, sort_key, organization, role, city, birthday, how_we_met,
                        notes, keep_in_touch_days, do_not_introduce, archived, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                bind(ps, id, contact, created, updated);
                ps.executeUpdate();
                pk = db.lastInsertRowid(c);
            }
        } else {
            try (PreparedStatement ps = db.prepared(c, """
                    UPDATE contact SET id = ?, name = ?, sort_key = ?, organization = ?, role = ?, city = ?,
                        birthday = ?, how_we_met = ?, notes = ?, keep_in_touch_days = ?, do_not_introduce = ?,
                        archived = ?, created_at = ?, updated_at = ?
                    WHERE pk = ?""")) {
                bind(ps, id, contact, created, updated);
                ps.setLong(15, pk);
                ps.executeUpdate();
            }
            for (String table : List.of("contact_value", "contact_tag", "contact_address", "contact_photo")) {
                try (PreparedStatement ps = db.prepared(c, "DELETE FROM " + table + " WHERE contact_pk = ?")) {
                    ps.setLong(1, pk);
                    ps.executeUpdate();
                }
            }
        }
        insertValuesTagsAndPhoto(c, pk, contact);
        index.indexContact(c, pk, contact, isNew);
        return new Stored(contact.toBuilder().id(id).createdAt(created).updatedAt(updated).build(), pk);
    }

    /**
     * The lists, tags, addresses and photo, each in its own table. The record is taken apart whole here and
     * in {@link #bind}: a field added to {@link Contact} does not compile until one of the two
     * stores it ({@link #load} reads it back; ContactFieldsTest checks the round trip).
     */
    private void insertValuesTagsAndPhoto(Connection c, long pk, Contact contact) throws SQLException {
        switch (contact) {
            case Contact(var _, var _, var _, var _, var _, var emails, var phones, var links, var addresses,
                         var _, var _, var _, var interests, var offers, var seeks, var _, var _, var _, var _, var _,
                         var photo) -> {
                try (PreparedStatement ps = db.prepared(c,
                        "INSERT INTO contact_value (contact_pk, kind, position, value) VALUES (?, ?, ?, ?)")) {
                    addValues(ps, pk, "email", emails);
                    addValues(ps, pk, "phone", phones);
                    addValues(ps, pk, "link", links);
                    ps.executeBatch();
                }
                try (PreparedStatement ps = db.prepared(c,
                        "INSERT INTO contact_tag (contact_pk, kind, position, tag, normalized) VALUES (?, ?, ?, ?, ?)")) {
                    addTags(ps, pk, "interest", interests);
                    addTags(ps, pk, "offer", offers);
                    addTags(ps, pk, "seek", seeks);
                    ps.executeBatch();
                }
                if (!addresses.isEmpty()) {
                    try (PreparedStatement ps = db.prepared(c, "INSERT INTO contact_address"
                            + " (contact_pk, position, street, postal_code, city, region, country) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        for (int i = 0; i < addresses.size(); i++) {
                            PostalAddress a = addresses.get(i);
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
                if (photo != null) {
                    try (PreparedStatement ps = db.prepared(c,
                            "INSERT INTO contact_photo (contact_pk, media_type, bytes) VALUES (?, ?, ?)")) {
                        ps.setLong(1, pk);
                        ps.setString(2, photo.mediaType());
                        ps.setBytes(3, photo.bytes());
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    /** The row's columns, in the order of INSERT and UPDATE; the id and times as the store decided them. */
    private static void bind(PreparedStatement ps, String id, Contact k, Instant created, Instant updated)
            throws SQLException {
        switch (k) {
            case Contact(var _, var name, var organization, var role, var city, var _, var _, var _, var _, var birthday,
                         var howWeMet, var notes, var _, var _, var _, var keepInTouchDays, var doNotIntroduce,
                         var archived, var _, var _, var _) -> {
                ps.setString(1, id);
                ps.setString(2, name);
                ps.setString(3, sortKey(name));
                ps.setString(4, organization);
                ps.setString(5, role);
                ps.setString(6, city);
                ps.setString(7, Sql.textOrNull(birthday));
                ps.setString(8, howWeMet);
                ps.setString(9, notes);
                Sql.setInteger(ps, 10, keepInTouchDays);
                ps.setInt(11, doNotIntroduce ? 1 : 0);
                ps.setInt(12, archived ? 1 : 0);
                ps.setString(13, created.toString());
                ps.setString(14, updated.toString());
            }
        }
    }

    private static String sortKey(String name) {
        return TextFolding.fold(name).strip().toLowerCase(Locale.ROOT);
    }

    private static void addValues(PreparedStatement ps, long pk, String kind, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(1, pk);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, values.get(i));
            ps.addBatch();
        }
    }

    private static void addTags(PreparedStatement ps, long pk, String kind, List<String> tags) throws SQLException {
        for (int i = 0; i < tags.size(); i++) {
            ps.setLong(1, pk);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, tags.get(i));
            ps.setString(5, Tags.normalize(tags.get(i)));
            ps.addBatch();
        }
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

    /** Loads full contacts matching a trusted SQL condition on alias {@code c}, keyed by pk, in name order. */
    static Map<Long, Contact> load(Connection c, String where) throws SQLException {
        Map<Long, Contact.Builder> builders = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT pk, id, name, organization, role, city, birthday, how_we_met, notes, keep_in_touch_days,"
                        + " do_not_introduce, archived, created_at, updated_at FROM contact c WHERE " + where
                        + " ORDER BY sort_key, pk")) {
            while (rs.next()) {
                String birthday = rs.getString(7);
                builders.put(rs.getLong(1), Contact.builder(rs.getString(3))
                        .id(rs.getString(2)).organization(rs.getString(4)).role(rs.getString(5))
                        .city(rs.getString(6)).birthday(birthday == null ? null : Birthday.parse(birthday))
                        .howWeMet(rs.getString(8)).notes(rs.getString(9)).keepInTouchDays(Sql.integerOrNull(rs, 10))
                        .doNotIntroduce(rs.getInt(11) != 0).archived(rs.getInt(12) != 0)
                        .createdAt(Instant.parse(rs.getString(13))).updatedAt(Instant.parse(rs.getString(14))));
            }
        }
        if (builders.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, List<String>>> values = new HashMap<>();
        for (String sql : List.of("SELECT contact_pk, kind, value FROM contact_value", "SELECT contact_pk, kind, tag FROM contact_tag")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql
                    + " WHERE contact_pk IN (SELECT pk FROM contact c WHERE " + where + ") ORDER BY contact_pk, kind, position")) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        Map<Long, List<PostalAddress>> addresses = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, street, postal_code, city, region, country FROM contact_address"
                        + " WHERE contact_pk IN (SELECT pk FROM contact c WHERE " + where + ") ORDER BY contact_pk, position")) {
            while (rs.next()) {
                addresses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PostalAddress(
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, media_type, bytes FROM contact_photo WHERE contact_pk IN (SELECT pk FROM contact c WHERE "
                        + where + ")")) {
            while (rs.next()) {
                Contact.Builder b = builders.get(rs.getLong(1));
                if (b != null) {
                    b.photo(new Photo(rs.getString(2), rs.getBytes(3)));
                }
            }
        }
        Map<Long, Contact> result = new LinkedHashMap<>();
        builders.forEach((pk, b) -> {
            Map<String, List<String>> v = values.getOrDefault(pk, Map.of());
            result.put(pk, b.emails(v.get("email")).phones(v.get("phone")).links(v.get("link"))
                    .addresses(addresses.get(pk))
                    .interests(v.get("interest")).offers(v.get("offer")).seeks(v.get("seek")).build());
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
