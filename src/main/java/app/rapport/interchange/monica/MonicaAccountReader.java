package app.rapport.interchange.monica;

import static app.rapport.interchange.monica.MonicaJson.JSON;
import static app.rapport.interchange.monica.MonicaJson.index;
import static app.rapport.interchange.monica.MonicaJson.instant;
import static app.rapport.interchange.monica.MonicaJson.problem;
import static app.rapport.interchange.monica.MonicaJson.text;
import static app.rapport.interchange.monica.MonicaJson.values;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.contacts.PhotoScaler;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.EncounterValidator;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON export of a Monica account (Monica 4, "Settings → Export data → JSON", written by
 * its {@code JsonExportAccount} and {@code ExportResources}) into a journal:
 *
 * <ul>
 * <li>contacts with their contact fields (e-mail, phone, social profiles and other fields as
 * links), first address's city, birthday, company and job, tags as interests, description and
 * notes as notes, the avatar photo, "stay in touch" as keep-in-touch, archived when inactive;</li>
 * <li>activities as encounters with every participant, calls as calls, conversations as messages;</li>
 * <li>relationships as ties (the type as the tie's note), whoever introduced the contact as a tie and
 * in "how we met";</li>
 * <li>gifts offered and received, and debts, as give and take;</li>
 * <li>reminders that repeat every few weeks or months as keep-in-touch.</li>
 * </ul>
 *
 * Ids are Monica's uuids, so that importing the same export again updates rather than doubles.
 * What has no place in Rapport (gift ideas, other reminders, life events, tasks, pets, documents,
 * journal entries) is named in warnings. A contact that cannot be read refuses the whole file.
 */
final class MonicaAccountReader {

    /** Prefix of the ids of records from Monica: {@code monica-<uuid>}. */
    static final String ID_PREFIX = "monica-";

    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "whatsapp", "telegram", "linkedin");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final Map<String, JsonNode> fieldTypes = new HashMap<>();
    private final Map<String, JsonNode> activityTypes = new HashMap<>();
    private final Map<String, JsonNode> activityCategories = new HashMap<>();
    private final Map<String, JsonNode> photos = new HashMap<>();
    /** Monica uuid of each contact of the file, and the name it gets. */
    private final Map<String, String> names = new HashMap<>();
    /** Activity uuid and the contacts that took part, in the file's order. */
    private final Map<String, List<String>> participants = new LinkedHashMap<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Encounter> encounters = new ArrayList<>();
    private final Map<String, Tie> ties = new LinkedHashMap<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Map<String, Integer> leftOut = new LinkedHashMap<>();
    private final ZoneId zone;

    private MonicaAccountReader(ZoneId zone) {
        this.zone = zone;
    }

    /** Whether the text begins like Monica's export: an object whose first fields are its version and app_version. */
    static boolean looksLikeMonica(String head) {
        return head.contains("\"app_version\"") && head.contains("\"version\"")
                && (head.contains("\"exported_by\"") || head.contains("\"account\""));
    }

    static ImportResult read(byte[] content, ZoneId zone) throws ImportException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(ImportProblem.ofFile("import.monica.notJson",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile("import.file.unreadable", 0, 0, String.valueOf(e.getMessage())));
        }
        if (root == null || !root.path("account").isObject()) {
            throw new ImportException(ImportProblem.ofFile("import.monica.noAccount", 0, 0));
        }
        return new MonicaAccountReader(zone).readAccount(root.path("account"));
    }

    private ImportResult readAccount(JsonNode account) throws ImportException {
        JsonNode instance = account.path("instance");
        index(instance.path("contact_field_types"), fieldTypes);
        index(instance.path("activity_types"), activityTypes);
        index(instance.path("activity_type_categories"), activityCategories);
        index(values(account.path("data"), "photo"), photos);

        JsonNode contactNodes = values(account.path("data"), "contact");
        // First the names, so that relationships and introducers can be named whatever the order.
        for (JsonNode c : contactNodes) {
            String uuid = text(c, "uuid");
            if (uuid != null) {
                names.put(uuid, name(c.path("properties")));
                for (JsonNode activity : values(c.path("data"), "activity")) {
                    String a = activity.isTextual() ? activity.asText() : text(activity, "uuid");
                    if (a != null) {
                        participants.computeIfAbsent(a, k -> new ArrayList<>()).add(ID_PREFIX + uuid);
                    }
                }
            }
        }
        int i = 0;
        for (JsonNode c : contactNodes) {
            readContact(i++, c);
        }
        i = 0;
        for (JsonNode r : values(account.path("data"), "relationship")) {
            readRelationship(i++, r);
        }
        i = 0;
        for (JsonNode a : values(account.path("data"), "activity")) {
            readActivity(i++, a);
        }
        int journalEntries = account.path("properties").path("journal_entries").size();
        if (journalEntries > 0) {
            leftOut.merge("journalEntries", journalEntries, Integer::sum);
        }
        leftOut.forEach((kind, n) -> warnings.add(ImportProblem.ofFile("import.monica.leftOut." + kind, 0, 0, n)));
        checkRules();
        if (!problems.isEmpty()) {
            throw new ImportException(problems, 0);
        }
        return new ImportResult(new JournalSnapshot(contacts, List.copyOf(ties.values()), encounters, List.of(),
                List.of(), exchanges), warnings);
    }

    // ------------------------------------------------------------------ contacts

    private void readContact(int index, JsonNode node) {
        String uuid = text(node, "uuid");
        if (uuid == null) {
            problems.add(problem("contacts", index, null, "uuid", "import.monica.noUuid"));
            return;
        }
        String id = ID_PREFIX + uuid;
        JsonNode p = node.path("properties");
        String name = names.get(uuid);
        if (name == null) {
            problems.add(problem("contacts", index, uuid, "properties.first_name", "import.monica.noName"));
            return;
        }
        Contact.Builder b = Contact.builder(name).id(id)
                .organization(text(p, "company")).role(text(p, "job"))
                .archived(p.has("is_active") && !p.path("is_active").asBoolean(true))
                .createdAt(instant(node, "created_at")).updatedAt(instant(node, "updated_at"));
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (JsonNode f : values(node.path("data"), "contact_field")) {
            contactField(index, uuid, name, f.path("properties"), emails, phones, links);
        }
        b.emails(emails).phones(phones).links(links);
        for (JsonNode a : values(node.path("data"), "address")) {
            String city = text(a.path("properties"), "city");
            if (city != null) {
                b.city(city);
                break;
            }
        }
        JsonNode birthdate = p.path("birthdate");
        // An age-based birthday ("about 40") has a made-up day: Rapport keeps only real ones.
        if (birthdate.isObject() && !birthdate.path("is_age_based").asBoolean(false)) {
            LocalDate d = date(birthdate, "date", "contacts", index, uuid, "properties.birthdate.date");
            if (d != null) {
                b.birthday(birthdate.path("is_year_unknown").asBoolean(false)
                        ? Birthday.of(d.getMonthValue(), d.getDayOfMonth())
                        : Birthday.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            }
        }
        b.howWeMet(howWeMet(index, uuid, id, p));
        b.notes(notes(node, p));
        List<String> tags = new ArrayList<>();
        p.path("tags").forEach(t -> {
            if (t.isTextual() && !t.asText().isBlank()) {
                tags.add(t.asText().strip());
            }
        });
        b.interests(tags);
        b.keepInTouchDays(keepInTouch(index, uuid, name, node, p));
        photo(index, uuid, p.path("avatar")).ifPresent(b::photo);
        contacts.add(b.build());
        readCalls(index, uuid, id, node);
        readConversations(index, uuid, id, node);
        readGiveAndTake(index, uuid, id, name, node);
        count(node, "life_event", "lifeEvents");
        count(node, "task", "tasks");
        count(node, "pet", "pets");
        count(node, "document", "documents");
    }

    /** First, middle and last name as Monica shows them; the nickname if there is nothing else. */
    private static String name(JsonNode p) {
        List<String> parts = new ArrayList<>();
        for (String f : List.of("first_name", "middle_name", "last_name")) {
            String v = text(p, f);
            if (v != null) {
                parts.add(v);
            }
        }
        String name = String.join(" ", parts);
        if (name.isBlank()) {
            name = text(p, "nickname");
        }
        return name == null || name.isBlank() ? null : name.replaceAll("\\s+", " ");
    }

    private void contactField(int index, String uuid, String name, JsonNode f, List<String> emails, List<String> phones,
                              List<String> links) {
        String data = text(f, "data");
        if (data == null) {
            return;
        }
        JsonNode type = fieldTypes.getOrDefault(text(f, "type"), JSON.createObjectNode()).path("properties");
        String kind = text(type, "type");
        String typeName = text(type, "name");
        if ("email".equalsIgnoreCase(kind)) {
            if (ContactValidator.isEmail(data)) {
                emails.add(data);
            } else {
                warnings.add(problem("contacts", index, uuid, "contact_field", "import.monica.emailLeftOut", name, data));
            }
        } else if ("phone".equalsIgnoreCase(kind)) {
            if (ContactValidator.isPhone(data)) {
                phones.add(data);
            } else {
                warnings.add(problem("contacts", index, uuid, "contact_field", "import.monica.phoneLeftOut", name, data));
            }
        } else if (typeName != null && SOCIAL.contains(typeName.toLowerCase(Locale.ROOT)) && !data.contains("/")) {
            // As Monica's own vCard export writes them (ExportVCard::exportContactFields).
            links.add(switch (typeName.toLowerCase(Locale.ROOT)) {
                case "facebook" -> "https://www.facebook.com/" + data;
                case "twitter" -> "https://twitter.com/" + data;
                case "whatsapp" -> "https://wa.me/" + data;
                case "telegram" -> "https://t.me/" + data;
                default -> "https://www.linkedin.com/in/" + data;
            });
        } else {
            String protocol = text(type, "protocol");
            if (protocol != null && !data.startsWith(protocol)) {
                links.add(protocol + data);
            } else if (protocol != null || data.contains("://") || typeName == null) {
                links.add(data);
            } else {
                // A field of the user's own kind ("Discord", "Signal"): its name says what the value is.
                links.add(typeName + ": " + data);
            }
        }
    }

    /** Who introduced the contact and when they met, as Monica records it. */
    private String howWeMet(int index, String uuid, String id, JsonNode p) {
        List<String> parts = new ArrayList<>();
        String through = text(p, "first_met_through");
        if (through != null) {
            String introducer = names.get(through);
            if (introducer != null && !through.equals(uuid)) {
                parts.add(introducer);
                tie(id, ID_PREFIX + through, null);
            }
        }
        JsonNode met = p.path("first_met_date");
        if (met.isObject()) {
            LocalDate d = date(met, "date", "contacts", index, uuid, "properties.first_met_date.date");
            if (d != null) {
                parts.add(met.path("is_year_unknown").asBoolean(false)
                        ? d.format(DateTimeFormatter.ofPattern("--MM-dd")) : d.toString());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The description, then the notes, favourites first, each as Monica kept it. */
    private static String notes(JsonNode node, JsonNode p) {
        List<String> parts = new ArrayList<>();
        String description = text(p, "description");
        if (description != null) {
            parts.add(description);
        }
        List<JsonNode> notes = new ArrayList<>();
        values(node.path("data"), "note").forEach(notes::add);
        notes.sort((x, y) -> Boolean.compare(y.path("properties").path("is_favorite").asBoolean(false),
                x.path("properties").path("is_favorite").asBoolean(false)));
        for (JsonNode n : notes) {
            String body = text(n.path("properties"), "body");
            if (body != null) {
                parts.add(body);
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /**
     * Monica's "stay in touch" (every so many days), else the shortest reminder that repeats every
     * few weeks or months. Reminders Monica made itself (birthdays) are not the user's, and other
     * reminders are named in a warning so that the user can set them again.
     */
    private Integer keepInTouch(int index, String uuid, String name, JsonNode node, JsonNode p) {
        Integer days = null;
        int stay = p.path("stay_in_touch_frequency").asInt(0);
        if (stay >= 1 && stay <= ContactValidator.MAX_KEEP_IN_TOUCH_DAYS) {
            days = stay;
        }
        Integer fromReminders = null;
        for (JsonNode r : values(node.path("data"), "reminder")) {
            JsonNode rp = r.path("properties");
            if (!rp.path("delible").asBoolean(true) || rp.path("inactive").asBoolean(false)) {
                continue;
            }
            String frequency = String.valueOf(text(rp, "frequency_type"));
            int n = Math.max(1, rp.path("frequency_number").asInt(1));
            int every = switch (frequency) {
                case "week" -> 7 * n;
                case "month" -> 30 * n;
                default -> 0;
            };
            if (every > 0 && every <= ContactValidator.MAX_KEEP_IN_TOUCH_DAYS) {
                fromReminders = fromReminders == null ? every : Math.min(fromReminders, every);
            } else {
                warnings.add(problem("contacts", index, uuid, "reminder", "import.monica.reminderLeftOut", name,
                        String.valueOf(text(rp, "title")), String.valueOf(text(rp, "initial_date"))));
            }
        }
        return days != null ? days : fromReminders;
    }

    private java.util.Optional<app.rapport.journal.Photo> photo(int index, String uuid, JsonNode avatar) {
        String photoId = text(avatar, "avatar_photo");
        if (photoId == null || !"photo".equals(text(avatar, "avatar_source"))) {
            return java.util.Optional.empty();
        }
        String dataUrl = text(photos.getOrDefault(photoId, JSON.createObjectNode()).path("properties"), "dataUrl");
        int comma = dataUrl == null ? -1 : dataUrl.indexOf(',');
        if (comma < 0 || !dataUrl.substring(0, comma).endsWith(";base64")) {
            warnings.add(problem("contacts", index, uuid, "properties.avatar", "import.photo.unreadable"));
            return java.util.Optional.empty();
        }
        java.util.Optional<app.rapport.journal.Photo> scaled;
        try {
            scaled = PhotoScaler.scale(Base64.getMimeDecoder().decode(dataUrl.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
            scaled = java.util.Optional.empty();
        }
        if (scaled.isEmpty()) {
            warnings.add(problem("contacts", index, uuid, "properties.avatar", "import.photo.unreadable"));
        }
        return scaled;
    }

    private void readCalls(int index, String uuid, String id, JsonNode node) {
        for (JsonNode call : values(node.path("data"), "call")) {
            JsonNode cp = call.path("properties");
            OffsetDateTime when = dateTime(cp, "called_at", "contacts", index, uuid, "call.called_at");
            String callId = text(call, "uuid");
            if (when != null && callId != null) {
                encounters.add(new Encounter(ID_PREFIX + callId, when, EncounterKind.CALL, null, null, null,
                        List.of(id), text(cp, "content"), null, List.of()));
            }
        }
    }

    /** A conversation as one message encounter: its messages in order, mine marked →, theirs ←. */
    private void readConversations(int index, String uuid, String id, JsonNode node) {
        for (JsonNode conversation : values(node.path("data"), "conversation")) {
            JsonNode cp = conversation.path("properties");
            String conversationId = text(conversation, "uuid");
            OffsetDateTime when = dateTime(cp, "happened_at", "contacts", index, uuid, "conversation.happened_at");
            if (when == null || conversationId == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (JsonNode m : cp.path("messages")) {
                String content = text(m.path("properties"), "content");
                if (content != null) {
                    lines.add((m.path("properties").path("written_by_me").asBoolean(false) ? "→ " : "← ") + content);
                }
            }
            JsonNode type = fieldTypes.getOrDefault(text(cp, "contact_field_type"), JSON.createObjectNode()).path("properties");
            EncounterKind kind = "email".equalsIgnoreCase(text(type, "type")) ? EncounterKind.EMAIL : EncounterKind.MESSAGE;
            encounters.add(new Encounter(ID_PREFIX + conversationId, when, kind, text(type, "name"), null, null,
                    List.of(id), lines.isEmpty() ? null : String.join("\n", lines), null, List.of()));
        }
    }

    /**
     * Gifts offered are given, gifts received are received; a debt the user owes ({@code in_debt})
     * is what the contact gave, one the contact owes is what the user gave.
     */
    private void readGiveAndTake(int index, String uuid, String id, String name, JsonNode node) {
        for (JsonNode gift : values(node.path("data"), "gift")) {
            JsonNode gp = gift.path("properties");
            String what = text(gp, "name");
            String comment = text(gp, "comment");
            if (comment != null) {
                what = what == null ? comment : what + " (" + comment + ")";
            }
            String status = String.valueOf(text(gp, "status"));
            LocalDate date = gp.hasNonNull("date") ? date(gp, "date", "contacts", index, uuid, "gift.date")
                    : dateOf(instant(gift, "created_at"));
            switch (status) {
                case "offered" -> exchanges.add(new Exchange(id, ExchangeDirection.GIVEN, date, what));
                case "received" -> exchanges.add(new Exchange(id, ExchangeDirection.RECEIVED, date, what));
                default -> warnings.add(problem("contacts", index, uuid, "gift", "import.monica.giftIdea", name,
                        String.valueOf(what)));
            }
        }
        for (JsonNode debt : values(node.path("data"), "debt")) {
            JsonNode dp = debt.path("properties");
            String amount = text(dp, "amount");
            JsonNode currency = dp.path("currency");
            String iso = currency.isTextual() ? currency.asText() : text(currency, "iso");
            String what = amount == null ? null : iso == null ? amount : amount + " " + iso;
            exchanges.add(new Exchange(id, dp.path("in_debt").asBoolean(false) ? ExchangeDirection.RECEIVED
                    : ExchangeDirection.GIVEN, dateOf(instant(debt, "created_at")), what));
        }
    }

    private void count(JsonNode node, String type, String kind) {
        int n = values(node.path("data"), type).size();
        if (n > 0) {
            leftOut.merge(kind, n, Integer::sum);
        }
    }

    // ------------------------------------------------------------------ relationships, activities

    private void readRelationship(int index, JsonNode node) {
        JsonNode p = node.path("properties");
        String a = text(p, "contact_is");
        String b = text(p, "of_contact");
        if (a == null || b == null || !names.containsKey(a) || !names.containsKey(b)) {
            warnings.add(problem("relationships", index, text(node, "uuid"), "properties.contact_is",
                    "import.monica.unknownContact", String.valueOf(a == null || names.containsKey(a) ? b : a)));
            return;
        }
        if (!a.equals(b)) {
            tie(ID_PREFIX + a, ID_PREFIX + b, text(p, "type"));
        }
    }

    /** One tie per pair; Monica writes each relationship in both directions ("parent", "child"): both are kept. */
    private void tie(String a, String b, String type) {
        Tie t = Tie.of(a, b);
        String key = t.a() + "\u0000" + t.b();
        Tie known = ties.get(key);
        String note = known == null ? type : known.note() == null ? type
                : type == null || known.note().equals(type) || known.note().startsWith(type + " / ")
                        || known.note().endsWith(" / " + type) ? known.note() : known.note() + " / " + type;
        ties.put(key, new Tie(t.a(), t.b(), strength(note), note));
    }

    /** Family and partners are close, friends near; other kinds say nothing of strength. */
    private static Integer strength(String types) {
        if (types == null) {
            return null;
        }
        String t = types.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(partner|spouse|lover|parent|child|sibling|bestfriend)\\b.*")) {
            return 5;
        }
        if (t.matches(".*\\b(friend|grandparent|grandchild|stepparent|stepchild|godfather|godson)\\b.*")) {
            return 4;
        }
        return null;
    }

    private void readActivity(int index, JsonNode node) {
        String uuid = text(node, "uuid");
        JsonNode p = node.path("properties");
        List<String> who = uuid == null ? List.of() : participants.getOrDefault(uuid, List.of());
        if (who.isEmpty()) {
            warnings.add(problem("activities", index, uuid, null, "import.monica.activityWithoutContacts",
                    String.valueOf(text(p, "summary"))));
            return;
        }
        OffsetDateTime when = dateTime(p, "happened_at", "activities", index, uuid, "properties.happened_at");
        if (when == null) {
            return;
        }
        JsonNode type = activityTypes.getOrDefault(text(p, "type"), JSON.createObjectNode()).path("properties");
        String title = text(p, "summary");
        if (title == null) {
            title = text(type, "name");
        }
        encounters.add(new Encounter(ID_PREFIX + uuid, when, kind(type), title, null, null, List.copyOf(
                new java.util.LinkedHashSet<>(who)), text(p, "description"), null, List.of()));
    }

    /** Meals by Monica's own activity kinds (category "food", "ate at …", "restaurant", "picnic"); a meeting otherwise. */
    private EncounterKind kind(JsonNode type) {
        String key = String.valueOf(text(type, "translation_key")) + " " + String.valueOf(text(type, "name"));
        JsonNode category = activityCategories.getOrDefault(text(type, "category"), JSON.createObjectNode()).path("properties");
        String categoryKey = String.valueOf(text(category, "translation_key")) + " " + String.valueOf(text(category, "name"));
        String all = (key + " " + categoryKey).toLowerCase(Locale.ROOT);
        return all.contains("food") || all.contains("ate_") || all.contains("restaurant") || all.contains("picknick")
                || all.contains("picnic") ? EncounterKind.MEAL : EncounterKind.MEETING;
    }

    // ------------------------------------------------------------------ the store's rules, named by record

    private void checkRules() {
        Map<String, Integer> contactIndex = new HashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            contactIndex.put(c.id(), i);
            for (ValidationException.Problem p : ContactValidator.problems(c)) {
                problems.add(new ImportProblem("contacts", i, c.id().substring(ID_PREFIX.length()), p.field(),
                        p.messageKey(), p.argument() == null ? List.of() : List.of(p.argument()), 0, 0));
            }
        }
        for (Encounter e : encounters) {
            for (ValidationException.Problem p : EncounterValidator.problems(e)) {
                problems.add(new ImportProblem("encounters", encounters.indexOf(e), e.id().substring(ID_PREFIX.length()),
                        p.field(), p.messageKey(), p.argument() == null ? List.of() : List.of(p.argument()), 0, 0));
            }
        }
    }

    private LocalDate dateOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /**
     * A day as Monica writes it: {@code 2021-05-04}, or the same as a date and time at midnight
     * UTC ({@code 2021-05-04T00:00:00.000000Z}), whose day is the day meant.
     */
    private LocalDate date(JsonNode node, String field, String list, int index, String id, String where) {
        String v = text(node, field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
        } catch (DateTimeException e) {
            problems.add(problem(list, index, id, where, "import.monica.notADate", v));
            return null;
        }
    }

    /** A moment; a day alone (or midnight UTC, as Monica stores days) is taken as noon of that day here. */
    private OffsetDateTime dateTime(JsonNode node, String field, String list, int index, String id, String where) {
        String v = text(node, field);
        if (v == null) {
            problems.add(problem(list, index, id, where, "import.monica.notADate", ""));
            return null;
        }
        Instant at = instant(node, field);
        if (at != null && !at.atOffset(java.time.ZoneOffset.UTC).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return at.atZone(zone).toOffsetDateTime();
        }
        LocalDate day = date(node, field, list, index, id, where);
        return day == null ? null : day.atTime(12, 0).atZone(zone).toOffsetDateTime();
    }
}
