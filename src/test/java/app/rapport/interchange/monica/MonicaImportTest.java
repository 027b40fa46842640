package app.rapport.interchange.monica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.Importers;
import app.rapport.interchange.json.JsonImporter;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Monica account's JSON export, in the shape Monica 4's {@code JsonExportAccount} writes it
 * (collections as {count, type, values}, properties beside uuid and timestamps, activities listed
 * once for the account and by uuid under each participant), read into a journal.
 */
class MonicaImportTest {

    static final Path FILE = Path.of("src/test/resources/app/rapport/interchange/monica/monica-account.json");
    static final ResourceBundle EN = ResourceBundle.getBundle("app.rapport.i18n.messages", Locale.ROOT);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path tmp;

    static String describe(ImportProblem p) {
        return p.describe((key, args) -> MessageFormat.format(EN.getString(key), args));
    }

    static ImportResult read() throws Exception {
        return new MonicaJsonImporter(BERLIN).read(Files.readAllBytes(FILE));
    }

    static Contact named(JournalSnapshot s, String name) {
        return s.contacts().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + s.contacts()));
    }

    static String id(JournalSnapshot s, String name) {
        return named(s, name).id();
    }

    static Encounter titled(JournalSnapshot s, String title) {
        return s.encounters().stream().filter(e -> title.equals(e.title())).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in " + s.encounters()));
    }

    @Test
    void theExportIsRecognisedAsMonicaAndARapportJournalStaysRapport() throws Exception {
        assertInstanceOf(MonicaJsonImporter.class, Importers.detect(Files.readAllBytes(FILE)).orElseThrow());
        byte[] rapport = Files.readAllBytes(Path.of("src/test/resources/interchange/valid-small.json"));
        assertInstanceOf(JsonImporter.class, Importers.detect(rapport).orElseThrow());
    }

    @Test
    void contactsKeepTheirFieldsTagsNotesPhotoAndKeepInTouch() throws Exception {
        JournalSnapshot s = read().snapshot();
        assertEquals(List.of("Anna Berg", "Ben Cole", "Clara Maria Dunn", "Dora Dunn"),
                s.contacts().stream().map(Contact::name).toList());
        Contact anna = named(s, "Anna Berg");
        assertEquals("monica-0f6b7a10-1111-4aaa-9aaa-000000000001", anna.id(), "Monica's uuid: a second import updates");
        assertEquals("Kreislauf GmbH", anna.organization());
        assertEquals("Founder", anna.role());
        assertEquals("Köln", anna.city());
        assertEquals(List.of("anna@kreislauf.example"), anna.emails());
        assertEquals(List.of("+49 170 5550101"), anna.phones());
        assertEquals(List.of("https://twitter.com/annaberg", "Mastodon: @anna@social.example"), anna.links(),
                "a social profile as Monica's vCard writes it; a field of the user's own kind with its name");
        assertEquals(Birthday.of(1985, 4, 12), anna.birthday());
        assertEquals(List.of("Kreislaufwirtschaft", "Repair Café"), anna.interests());
        assertEquals("Runs the repair café in Ehrenfeld.\n\nAllergic to nuts.\n\nWants to meet people from the city council.",
                anna.notes(), "the description, then the notes, the favourite first");
        assertEquals("Ben Cole, 2019-06-01", anna.howWeMet(), "who introduced them and when they met");
        assertEquals(14, anna.keepInTouchDays(), "Monica's stay in touch every 14 days");
        assertNotNull(anna.photo(), "the avatar photo of the export");
        assertEquals("image/jpeg", anna.photo().mediaType());

        Contact ben = named(s, "Ben Cole");
        assertEquals(List.of("ben.cole@rat.example"), ben.emails());
        assertEquals(List.of("https://t.me/bencole"), ben.links());
        assertNull(ben.photo(), "a generated avatar is no photo");

        Contact clara = named(s, "Clara Maria Dunn");
        assertTrue(clara.archived(), "inactive in Monica");
        assertEquals(Birthday.of(12, 24), clara.birthday(), "year unknown");
        assertEquals(14, clara.keepInTouchDays(), "a reminder every 2 weeks");
        assertEquals(List.of(), clara.phones(), "'ask Ben' is no phone number");

        assertNull(named(s, "Dora Dunn").birthday(), "an age-based birthday has no real day");
    }

    @Test
    void activitiesWithSeveralParticipantsCallsAndConversationsAreEncounters() throws Exception {
        JournalSnapshot s = read().snapshot();
        Encounter dinner = titled(s, "Dinner at Luigi's");
        assertEquals(Set.of(id(s, "Anna Berg"), id(s, "Ben Cole"), id(s, "Clara Maria Dunn")), Set.copyOf(dinner.participants()));
        assertEquals(EncounterKind.MEAL, dinner.kind(), "Monica's 'ate at a restaurant' of the category food");
        assertEquals(LocalDate.of(2024, 6, 14), dinner.date().toLocalDate());
        assertEquals(12, dinner.date().getHour(), "a day without a time is placed at noon, not on the day before");
        assertEquals("Planned the repair café with the council.", dinner.notes());

        Encounter hike = titled(s, "Hike in the Eifel");
        assertEquals(List.of(id(s, "Ben Cole")), hike.participants());
        assertEquals(EncounterKind.MEETING, hike.kind());

        Encounter call = s.encounters().stream().filter(e -> e.kind() == EncounterKind.CALL).findFirst().orElseThrow();
        assertEquals(List.of(id(s, "Anna Berg")), call.participants());
        assertEquals("Talked about the grant application.", call.notes());
        assertEquals(LocalDate.of(2024, 10, 30), call.date().toLocalDate());
        assertEquals(18, call.date().getHour(), "17:45 UTC in Berlin");

        Encounter chat = titled(s, "Telegram");
        assertEquals(EncounterKind.MESSAGE, chat.kind());
        assertEquals("← Are you coming on Friday?\n→ Yes, with Anna.", chat.notes());
        assertEquals(4, s.encounters().size(), "the walk with no contact is left out");
    }

    @Test
    void relationshipsAndIntroducersAreTiesGiftsAndDebtsGiveAndTake() throws Exception {
        JournalSnapshot s = read().snapshot();
        String anna = id(s, "Anna Berg");
        String ben = id(s, "Ben Cole");
        String clara = id(s, "Clara Maria Dunn");
        String dora = id(s, "Dora Dunn");
        List<Tie> ties = s.ties();
        assertEquals(3, ties.size(), ties.toString());
        assertTrue(ties.contains(new Tie(Tie.of(ben, clara).a(), Tie.of(ben, clara).b(), 5, "partner")),
                "written in both directions, one tie: " + ties);
        assertTrue(ties.contains(new Tie(Tie.of(clara, dora).a(), Tie.of(clara, dora).b(), 5, "parent / child")), ties.toString());
        assertTrue(ties.contains(Tie.of(anna, ben)), "Ben introduced Anna: " + ties);

        assertEquals(List.of(
                new Exchange(anna, ExchangeDirection.GIVEN, LocalDate.of(2024, 4, 12), "Book on circular design (for her birthday)"),
                new Exchange(anna, ExchangeDirection.RECEIVED, LocalDate.of(2024, 8, 20), "Jar of honey"),
                new Exchange(anna, ExchangeDirection.RECEIVED, LocalDate.of(2024, 9, 10), "25.50 EUR"),
                new Exchange(anna, ExchangeDirection.GIVEN, LocalDate.of(2024, 2, 1), "40.00 EUR")), s.exchanges(),
                "a debt the user owes was given by the contact");
    }

    @Test
    void whatHasNoPlaceIsNamedInWarnings() throws Exception {
        List<String> warnings = read().warnings().stream().map(MonicaImportTest::describe).toList();
        assertTrue(warnings.contains("contacts[0] (id \"0f6b7a10-1111-4aaa-9aaa-000000000001\"): field \"gift\": Anna Berg:"
                + " the gift idea \"Concert tickets\" is left out; give and take holds what was given or received."), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Anna Berg: the reminder \"Ask about the grant decision\""
                + " (2025-01-15) is left out")), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.contains("Wish happy birthday")), "Monica's own birthday reminder: " + warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.endsWith("Clara Maria Dunn: \"ask Ben\" is not a phone number and is left out.")),
                warnings.toString());
        assertTrue(warnings.contains("Life events are not imported (1): Rapport has no place for them."), warnings.toString());
        assertTrue(warnings.contains("Tasks are not imported (1): Rapport keeps follow-ups of encounters, not tasks of their own."));
        assertTrue(warnings.contains("Pets are not imported (1): Rapport has no place for them."));
        assertTrue(warnings.contains("Journal entries are not imported (1): Rapport keeps encounters with people, not a diary."));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("\"0f6b7a10-dead-4aaa-9aaa-00000000dead\" is no contact of the file")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("The activity \"Lonely walk\" has no contact of the file")));
    }

    @Test
    void importedWholeAndAgainWithoutDoubling() throws Exception {
        JournalSnapshot s = read().snapshot();
        try (SqliteJournal journal = TestJournals.open(tmp.resolve("data"))) {
            journal.importSnapshot(s);
            journal.importSnapshot(read().snapshot());
            JournalSnapshot stored = journal.snapshot();
            assertEquals(4, stored.contacts().size());
            assertEquals(4, stored.encounters().size());
            assertEquals(3, stored.ties().size());
            assertEquals(4, stored.exchanges().size(), "the same export imported twice is stored once");
            Encounter dinner = titled(stored, "Dinner at Luigi's");
            assertEquals(3, dinner.participants().size());
        }
    }

    @Test
    void aContactWithoutNameRefusesTheWholeFileNamingRecordAndField() throws Exception {
        String json = Files.readString(FILE).replace("\"first_name\": \"Dora\",", "\"first_name\": \"\",")
                .replace("\"last_name\": \"Dunn\",\n                            \"is_partial\": true", "\"is_partial\": true");
        ImportException e = assertThrows(ImportException.class,
                () -> new MonicaJsonImporter(BERLIN).read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("contacts[3] (id \"0f6b7a10-4444-4aaa-9aaa-000000000004\"): field \"properties.first_name\": The"
                + " contact has no name (first, middle or last name, or nickname)."),
                e.problems().stream().map(MonicaImportTest::describe).toList());
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws Exception {
        String json = Files.readString(FILE);
        String cut = json.substring(0, json.indexOf("\"relationship\"") + 40);
        ImportException e = assertThrows(ImportException.class,
                () -> new MonicaJsonImporter(BERLIN).read(cut.getBytes(StandardCharsets.UTF_8)));
        String message = describe(e.problems().getFirst());
        assertTrue(message.startsWith("The file is not valid JSON: "), message);
        long line = cut.lines().count();
        assertTrue(message.contains("(line " + line + ", column"), message + " at line " + line);
    }

    @Test
    void participantsOfAnActivityAreEachContactThatListsIt() throws Exception {
        JournalSnapshot s = read().snapshot();
        assertEquals(Set.of("Anna Berg", "Ben Cole", "Clara Maria Dunn"), titled(s, "Dinner at Luigi's").participants().stream()
                .map(p -> s.contacts().stream().filter(c -> c.id().equals(p)).findFirst().orElseThrow().name())
                .collect(Collectors.toSet()));
    }
}
