package app.rapport.interchange.vcard;

import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFormat;
import app.rapport.interchange.contacts.ImportFailedException;
import app.rapport.interchange.contacts.PhotoScaler;
import app.rapport.interchange.contacts.RecordProblem;
import app.rapport.interchange.contacts.Records;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.Progress;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (one or many cards) with ez-vcard: names, organisation,
 * title (as role), e-mails, phones, URLs, city, postal addresses, birthday with or without year, notes, categories
 * (as interests) and the photo, scaled down. Cards are numbered from 1 in file order; each one's
 * first line is found by its BEGIN:VCARD, so messages can point at it.
 */
public final class VCardContactReader {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "FN"),
            Map.entry("emails", "EMAIL"), Map.entry("phones", "TEL"), Map.entry("keepInTouchDays", "X-KEEP-IN-TOUCH"),
            Map.entry("notes", "NOTE"), Map.entry("organization", "ORG"), Map.entry("role", "TITLE"),
            Map.entry("city", "ADR"), Map.entry("addresses", "ADR"), Map.entry("links", "URL"),
            Map.entry("interests", "CATEGORIES"));

    private VCardContactReader() {
    }

    /** Whether the text looks like vCard: its first significant line is BEGIN:VCARD. */
    public static boolean recognizes(String text) {
        for (String line : text.lines().limit(50).toList()) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.regionMatches(true, 0, "BEGIN:VCARD", 0, 11);
            }
        }
        return false;
    }

    public static AddressBook read(String file, String text, Progress progress) throws ImportFailedException {
        Cards cards = cards(text);
        List<Long> startLines = cards.startLines();
        if (startLines.isEmpty()) {
            throw new ImportFailedException(RecordProblem.ofFile(file, 0, "import.vcard.noCards"));
        }
        Records records = new Records(file, ContactFormat.VCARD);
        text = dropHugePhotos(text, startLines, records);
        int number = 0;
        try (VCardReader reader = new VCardReader(text)) {
            VCard card;
            while (true) {
                progress.checkCancelled();
                try {
                    card = reader.readNext();
                } catch (RuntimeException e) {
                    // ez-vcard throws on some broken structures; the file cannot be trusted past this point.
                    long line = number < startLines.size() ? startLines.get(number) : 0;
                    throw new ImportFailedException(new RecordProblem(file, "card", number + 1, line, null,
                            "import.vcard.unreadable", List.of(String.valueOf(e.getMessage()))));
                }
                if (card == null) {
                    break;
                }
                number++;
                long line = number - 1 < startLines.size() ? startLines.get(number - 1) : 0;
                for (ParseWarning w : reader.getWarnings()) {
                    records.warn(new RecordProblem(file, "card", number, w.getLineNumber() == null ? line : w.getLineNumber(),
                            w.getPropertyName(), warningKey(w), List.of(String.valueOf(w.getMessage()))));
                }
                // An interrupted download ends inside its last card: what was read of it may be a part.
                boolean cut = cards.unfinished() && number == startLines.size();
                if (isGroup(card) && !cut) {
                    // A group is no person: its members are cards of their own.
                    records.warn(records.problem("card", number, line, "KIND", "import.vcard.group",
                            String.valueOf(name(card))));
                    continue;
                }
                addCard(records, card, number, line, cut);
                if (number % 100 == 0) {
                    progress.update("read", number, startLines.size());
                }
            }
        } catch (IOException e) {
            throw new ImportFailedException(RecordProblem.ofFile(file, 0, "import.file.unreadable", e.getMessage()));
        }
        progress.update("read", number, number);
        return records.build();
    }

    /**
     * The two warnings real files cause most get a text of their own (in the user's language);
     * ez-vcard's other warnings are passed on in its own English words.
     */
    private static String warningKey(ParseWarning w) {
        String m = String.valueOf(w.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("character encoding")) {
            return "import.vcard.unknownCharset";
        }
        if (m.contains("quoted-printable")) {
            return "import.vcard.brokenQuotedPrintable";
        }
        return "import.vcard.warning";
    }

    /**
     * Whether the line from {@code pos} to {@code end} begins a PHOTO property, with or without a
     * group name ({@code item1.PHOTO;…}). Checked by hand: a regular expression on each of the
     * seven million lines of a 1,000,000-card file took seconds.
     */
    static boolean isPhotoLine(String text, int pos, int end) {
        int name = pos;
        int group = pos;
        while (group < end && group - pos < 64 && isGroupCharacter(text.charAt(group))) {
            group++;
        }
        if (group > pos && group < end && text.charAt(group) == '.') {
            name = group + 1;
        }
        return name + 5 < end && text.regionMatches(true, name, "PHOTO", 0, 5)
                && (text.charAt(name + 5) == ';' || text.charAt(name + 5) == ':');
    }

    private static boolean isGroupCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    /**
     * Cuts PHOTO properties too large to keep out of the text before ez-vcard sees them: decoding
     * a 20 MB picture only to drop it would cost seconds and memory. Each is reported as a warning.
     */
    private static String dropHugePhotos(String text, List<Long> startLines, Records records) {
        long limit = PhotoScaler.MAX_INPUT_BYTES / 3L * 4 + 1024; // base64 of the largest photo kept
        if (text.length() < limit) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int pos = 0;
        long line = 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end + 1;
            if (isPhotoLine(text, pos, end)) {
                // The logical line goes on while the next physical line starts with a space or tab.
                int logicalEnd = end;
                long lines = 1;
                while (logicalEnd < text.length() && (text.charAt(logicalEnd) == ' ' || text.charAt(logicalEnd) == '\t')) {
                    int next = text.indexOf('\n', logicalEnd);
                    logicalEnd = next < 0 ? text.length() : next + 1;
                    lines++;
                }
                if (logicalEnd - pos > limit) {
                    if (out == null) {
                        out = new StringBuilder(text.length() / 2);
                    }
                    out.append(text, copied, pos);
                    copied = logicalEnd;
                    int card = cardAt(startLines, line);
                    double megabytes = (logicalEnd - pos) * 3.0 / 4 / 1048576.0;
                    records.warn(records.problem("card", card, startLines.get(card - 1), "PHOTO", "import.photo.tooLarge",
                            String.format(java.util.Locale.ROOT, "%.1f", megabytes), PhotoScaler.MAX_INPUT_BYTES / 1048576));
                }
                line += lines;
                pos = logicalEnd;
            } else {
                line++;
                pos = end;
            }
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    private static int cardAt(List<Long> startLines, long line) {
        int card = 1;
        for (int i = 0; i < startLines.size() && startLines.get(i) <= line; i++) {
            card = i + 1;
        }
        return card;
    }

    /** Where the cards begin, and whether the text ends inside the last one (no END:VCARD). */
    private record Cards(List<Long> startLines, boolean unfinished) {
    }

    /** The line of each top-level BEGIN:VCARD, scanned by hand: a regular expression is slow on 30 MB. */
    private static Cards cards(String text) {
        List<Long> lines = new ArrayList<>();
        long line = 1;
        int pos = 0;
        int depth = 0;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            int s = pos;
            while (s < end && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
                s++;
            }
            if (text.regionMatches(true, s, "BEGIN:VCARD", 0, 11) && text.substring(s + 11, end).isBlank()) {
                if (depth++ == 0) {
                    lines.add(line);
                }
            } else if (text.regionMatches(true, s, "END:VCARD", 0, 9) && depth > 0) {
                depth--;
            }
            line++;
            pos = end + 1;
        }
        return new Cards(lines, depth > 0);
    }

    /**
     * Where the person is: the locality of an ADR that says nothing else (as Rapport writes the
     * city), otherwise of the first address that names one.
     */
    private static String city(List<Address> addresses) {
        String first = null;
        for (Address a : addresses) {
            String locality = blankToNull(a.getLocality());
            if (locality != null && address(a) == null) {
                return locality.strip();
            }
            if (first == null && locality != null) {
                first = locality.strip();
            }
        }
        return first;
    }

    /**
     * A postal address, or null for an ADR with no more than a locality (the city). Several
     * street values and the extended address (an apartment, a c/o) become lines of the street.
     */
    private static PostalAddress address(Address a) {
        List<String> street = new ArrayList<>();
        for (List<String> part : List.of(a.getPoBoxes(), a.getStreetAddresses(), a.getExtendedAddresses())) {
            part.stream().filter(v -> v != null && !v.isBlank()).forEach(street::add);
        }
        PostalAddress address = new PostalAddress(String.join("\n", street), a.getPostalCode(), a.getLocality(),
                a.getRegion(), a.getCountry());
        boolean localityOnly = address.street() == null && address.postalCode() == null && address.region() == null
                && address.country() == null;
        return address.isEmpty() || localityOnly ? null : address;
    }

    private static void addCard(Records records, VCard card, int number, long line, boolean cut) {
        List<RecordProblem> problems = new ArrayList<>();
        if (cut) {
            problems.add(records.problem("card", number, line, null, "import.vcard.unfinished"));
        }
        String name = name(card);
        if (name == null) {
            problems.add(records.problem("card", number, line, "FN", "import.vcard.noName"));
            name = "";
        }
        Contact.Builder b = Contact.builder(name);
        Organization org = card.getOrganization();
        if (org != null && !org.getValues().isEmpty()) {
            b.organization(blankToNull(org.getValues().getFirst()));
        }
        if (!card.getTitles().isEmpty()) {
            b.role(blankToNull(card.getTitles().getFirst().getValue()));
        } else if (!card.getRoles().isEmpty()) {
            b.role(blankToNull(card.getRoles().getFirst().getValue()));
        }
        b.city(city(card.getAddresses()));
        b.addresses(card.getAddresses().stream().map(VCardContactReader::address).filter(a -> a != null).toList());
        b.emails(card.getEmails().stream().map(Email::getValue).filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList());
        b.phones(card.getTelephoneNumbers().stream().map(VCardContactReader::phone)
                .filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
        b.links(links(card));
        if (card.getBirthday() != null) {
            try {
                b.birthday(birthday(card.getBirthday()));
            } catch (DateTimeException e) {
                problems.add(records.problem("card", number, line, "BDAY", "import.field.notADate",
                        String.valueOf(birthdayText(card.getBirthday()))));
            }
        }
        List<String> notes = card.getNotes().stream().map(Note::getValue).filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
        b.notes(notes.isEmpty() ? null : String.join("\n\n", notes));
        List<String> interests = new ArrayList<>();
        for (Categories c : card.getCategoriesList()) {
            interests.addAll(c.getValues());
        }
        b.interests(interests);
        if (!card.getPhotos().isEmpty()) {
            var photo = card.getPhotos().getFirst();
            byte[] data = photo.getData();
            if (data != null) {
                if (data.length > PhotoScaler.MAX_INPUT_BYTES) {
                    records.warn(records.problem("card", number, line, "PHOTO", "import.photo.tooLarge",
                            String.format(java.util.Locale.ROOT, "%.1f", data.length / 1048576.0),
                            PhotoScaler.MAX_INPUT_BYTES / 1048576));
                } else {
                    Optional<Photo> scaled = PhotoScaler.scale(data);
                    if (scaled.isPresent()) {
                        b.photo(scaled.get());
                    } else {
                        records.warn(records.problem("card", number, line, "PHOTO", "import.photo.unreadable"));
                    }
                }
            } else if (photo.getUrl() != null) {
                // Rapport opens no network connection, so linked photos are not fetched.
                records.warn(records.problem("card", number, line, "PHOTO", "import.photo.link"));
            }
        }
        String uid = card.getUid() == null ? null : card.getUid().getValue();
        String rapportId = uid != null && uid.startsWith(RAPPORT_UID) && uid.length() > RAPPORT_UID.length()
                ? uid.substring(RAPPORT_UID.length()) : null;
        records.add(b.build(), "card", number, line, problems, FIELDS, rapportId);
    }

    /**
     * The card's URLs, then its social profiles and messenger handles: {@code SOCIALPROFILE}
     * (Monica 4), {@code X-SOCIAL-PROFILE} with {@code X-USER} (Monica 5), Apple's
     * {@code X-SOCIALPROFILE}, and {@code IMPP} (with Monica's {@code X-SERVICE-TYPE} when the value
     * is a bare handle).
     */
    private static List<String> links(VCard card) {
        List<String> links = new ArrayList<>();
        for (Url u : card.getUrls()) {
            addLink(links, u.getValue());
        }
        for (ezvcard.property.RawProperty p : card.getExtendedProperties()) {
            String n = p.getPropertyName().toUpperCase(java.util.Locale.ROOT);
            if (n.equals("SOCIALPROFILE") || n.equals("X-SOCIALPROFILE") || n.equals("X-SOCIAL-PROFILE")) {
                String value = blankToNull(p.getValue());
                String user = blankToNull(p.getParameter("X-USER"));
                String type = blankToNull(p.getParameters().getType());
                addLink(links, value != null ? value : user == null ? null : type == null ? user : type + ": " + user);
            }
        }
        for (ezvcard.property.Impp impp : card.getImpps()) {
            java.net.URI uri = impp.getUri();
            if (uri == null) {
                continue;
            }
            String service = blankToNull(impp.getParameter("X-SERVICE-TYPE"));
            addLink(links, uri.getScheme() != null || service == null ? uri.toString() : service + ": " + uri);
        }
        return links;
    }

    private static void addLink(List<String> links, String value) {
        if (value != null && !value.isBlank() && !links.contains(value.strip())) {
            links.add(value.strip());
        }
    }

    /** A card of a group (vCard 4's KIND:group, Apple's and Monica's X-ADDRESSBOOKSERVER-KIND:group), not of a person. */
    private static boolean isGroup(VCard card) {
        if (card.getKind() != null && card.getKind().isGroup()) {
            return true;
        }
        ezvcard.property.RawProperty kind = card.getExtendedProperty("X-ADDRESSBOOKSERVER-KIND");
        return kind != null && "group".equalsIgnoreCase(String.valueOf(kind.getValue()).strip());
    }

    /** How Rapport's vCard export names a contact's id ({@code VCardContactWriter}). */
    static final String RAPPORT_UID = "urn:rapport:";

    private static String name(VCard card) {
        for (FormattedName fn : card.getFormattedNames()) {
            if (fn.getValue() != null && !fn.getValue().isBlank()) {
                return fn.getValue().strip().replaceAll("\\s+", " ");
            }
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            List<String> parts = new ArrayList<>();
            parts.addAll(n.getPrefixes());
            if (n.getGiven() != null) {
                parts.add(n.getGiven());
            }
            parts.addAll(n.getAdditionalNames());
            if (n.getFamily() != null) {
                parts.add(n.getFamily());
            }
            parts.addAll(n.getSuffixes());
            String joined = String.join(" ", parts.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList());
            if (!joined.isBlank()) {
                return joined;
            }
        }
        return null;
    }

    private static String phone(Telephone t) {
        if (t.getText() != null) {
            return t.getText();
        }
        return t.getUri() == null ? null : t.getUri().getNumber();
    }

    static Birthday birthday(DateOrTimeProperty p) {
        Birthday b = dated(p);
        // Apple Contacts writes a birthday without year as 1604-MM-DD with X-APPLE-OMIT-YEAR=1604.
        String omit = p.getParameter("X-APPLE-OMIT-YEAR");
        if (b.year() != null && omit != null && omit.strip().equals(String.valueOf(b.year()))) {
            return new Birthday(null, b.monthDay());
        }
        return b;
    }

    private static Birthday dated(DateOrTimeProperty p) {
        Temporal date = p.getDate();
        if (date instanceof LocalDate d) {
            return ofMaybeOmitted(p, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        if (date instanceof LocalDateTime d) {
            return Birthday.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        if (date instanceof OffsetDateTime d) {
            return Birthday.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        if (date instanceof ZonedDateTime d) {
            return Birthday.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        PartialDate partial = p.getPartialDate();
        if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            return partial.getYear() == null ? Birthday.of(partial.getMonth(), partial.getDate())
                    : Birthday.of(partial.getYear(), partial.getMonth(), partial.getDate());
        }
        if (p.getText() != null) {
            return Birthday.parse(p.getText().strip());
        }
        throw new DateTimeException("no date");
    }

    private static Birthday ofMaybeOmitted(DateOrTimeProperty p, int year, int month, int day) {
        String omit = p.getParameter("X-APPLE-OMIT-YEAR");
        if (omit != null && omit.strip().equals(String.valueOf(year))) {
            return Birthday.of(month, day);
        }
        return Birthday.of(year, month, day);
    }

    private static String birthdayText(DateOrTimeProperty p) {
        if (p.getText() != null) {
            return p.getText();
        }
        if (p.getPartialDate() != null) {
            return p.getPartialDate().toString();
        }
        return String.valueOf(p.getDate());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
