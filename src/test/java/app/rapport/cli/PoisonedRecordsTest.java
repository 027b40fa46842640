package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.ValidationException;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 4: records that poisoned the journal. A follow-up text with U+001D made every
 * export, suggest and Today fail while check said the journal was intact; a contact id with
 * U+001F came out as three participants; a name with U+0000 went raw into the vCard export.
 * Journals that hold such texts (written before the rules) read correctly, check names each
 * text by record and field, and export refuses them by name instead of writing a file Rapport
 * refuses; new ones are refused at the door.
 */
class PoisonedRecordsTest {

    @TempDir
    Path tmp;

    /** A journal as an older Rapport could leave it: the texts put in below the rules, with SQL. */
    private Path poisonedJournal() throws Exception {
        Path data = tmp.resolve("data");
        try (SqliteJournal journal = TestJournals.open(data)) {
            journal.saveContact(Contact.builder("Ben Fischer").id("c1").build());
            journal.saveContact(Contact.builder("Anna Weber").id("c2").build());
            journal.saveContact(Contact.builder("Clara Wolf").id("c3").interests(List.of("open source")).build());
            journal.saveEncounter(new Encounter("e1", OffsetDateTime.parse("2026-11-02T18:00:00+01:00"), EncounterKind.MEETING,
                    "Stammtisch", null, null, List.of("c1", "c2"), null, null,
                    List.of(new FollowUp("Send the slides", LocalDate.parse("2026-11-09"), false))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("journal.sqlite"))) {
            update(c, "UPDATE follow_up SET what = ?", "Send\u001dthe\u001eslides");
            update(c, "UPDATE contact SET id = ? WHERE id = 'c1'", "c\u001f1");
            update(c, "UPDATE contact SET name = ? WHERE id = 'c2'", "Anna\u0000Weber");
        }
        return data;
    }

    private static void update(Connection c, String sql, String value) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }

    @Test
    void aPoisonedJournalReadsAsStoredAndSuggestRuns() throws Exception {
        Path data = poisonedJournal();
        try (SqliteJournal journal = TestJournals.open(data)) {
            Encounter e = journal.encounters(EncounterFilter.all()).getFirst();
            assertEquals(List.of("c\u001f1", "c2"), e.participants(), "two participants, not three");
            assertEquals("Send\u001dthe\u001eslides", e.followUps().getFirst().what());
            assertEquals(LocalDate.parse("2026-11-09"), e.followUps().getFirst().due());
            assertEquals(3, journal.snapshot().contacts().size());
        }
        CommandLineTest.Run suggest = run("--data-dir", data.toString(), "suggest");
        assertEquals(0, suggest.code(), suggest.err());
    }

    @Test
    void checkNamesEveryTextThatAnExportWouldRefuseAndExportRefusesThemByName() throws Exception {
        Path data = poisonedJournal();

        CommandLineTest.Run check = run("--data-dir", data.toString(), "check");
        assertEquals(1, check.code(), check.out());
        assertTrue(check.err().contains("encounter \"Stammtisch\" (e1), field followUps[0].what: Contains the control character U+001D"),
                check.err());
        assertTrue(check.err().contains("contact \"Ben Fischer\" (c\uFFFD1), field id: Contains the control character U+001F"),
                check.err());
        assertTrue(check.err().contains("contact \"Anna\uFFFDWeber\" (c2), field name: Contains the control character U+0000"),
                check.err());
        assertTrue(check.err().contains("Correct these texts in the window"), check.err());

        for (String format : List.of("json", "vcard", "csv", "excel", "ics")) {
            Path file = tmp.resolve("export." + format);
            CommandLineTest.Run export = run("--data-dir", data.toString(), "export", "-f", format, "-o", file.toString());
            assertEquals(1, export.code(), format + ": " + export.out());
            assertTrue(export.err().startsWith("Nothing was exported: "), export.err());
            assertTrue(export.err().contains("field name: Contains the control character U+0000"), format + ": " + export.err());
            assertTrue(export.err().contains("rapport check lists every such text"), export.err());
            assertFalse(Files.exists(file), format + ": no file is written");
        }
        assertEquals(List.of(), List.of(tmp.toFile().list((dir, name) -> name.startsWith(".export"))),
                "no temporary is left either");
    }

    @Test
    void theStoreRefusesControlCharactersWhereverTheyComeFrom() throws Exception {
        try (SqliteJournal journal = TestJournals.open(tmp.resolve("data"))) {
            ValidationException name = assertThrows(ValidationException.class,
                    () -> journal.saveContact(Contact.builder("Anna\u0000Weber").build()));
            assertEquals("name", name.problems().getFirst().field());
            assertEquals("validation.text.control", name.problems().getFirst().messageKey());
            assertEquals("U+0000", name.problems().getFirst().argument());
            Contact ben = journal.saveContact(Contact.builder("Ben").build());
            ValidationException followUp = assertThrows(ValidationException.class, () -> journal.saveEncounter(
                    new Encounter(null, OffsetDateTime.parse("2026-11-02T18:00:00+01:00"), EncounterKind.CALL, null, null,
                            null, List.of(ben.id()), null, null, List.of(new FollowUp("a\u001db", null, false)))));
            assertEquals("followUps[0].what", followUp.problems().getFirst().field());
            assertThrows(ValidationException.class, () -> journal.saveTie(new app.rapport.journal.Tie(ben.id(),
                    journal.saveContact(Contact.builder("Clara").build()).id(), 3, "bell\u0007")));
            assertEquals(List.of(), journal.encounters(EncounterFilter.all()), "nothing half-written");
        }
    }

    @Test
    void importsRefuseThemWithFileRecordAndField() throws Exception {
        Path json = tmp.resolve("journal.json");
        Files.writeString(json, """
                {"format": "rapport-journal", "version": 1, "exportedAt": "2026-11-23T00:00:00Z",
                 "contacts": [{"id": "c\\u001f1", "name": "Ben"}, {"id": "c2", "name": "Anna"}],
                 "encounters": [{"id": "e1", "date": "2026-11-02T18:00:00+01:00", "participants": ["c2"],
                                 "followUps": [{"what": "Send\\u001dthe slides"}]}]}
                """);
        CommandLineTest.Run fromJson = run("--data-dir", tmp.resolve("a").toString(), "import", json.toString());
        assertEquals(1, fromJson.code(), fromJson.out());
        assertTrue(fromJson.err().contains("id") && fromJson.err().contains("U+001F"), fromJson.err());
        assertTrue(fromJson.err().contains("followUps[0].what") && fromJson.err().contains("U+001D"), fromJson.err());

        Path vcf = tmp.resolve("cards.vcf");
        Files.writeString(vcf, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Weber\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Fischer\r\nNOTE:call\u001dback\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
        CommandLineTest.Run fromVCard = run("--data-dir", tmp.resolve("b").toString(), "import", vcf.toString());
        assertEquals(1, fromVCard.code(), fromVCard.out());
        assertTrue(fromVCard.err().contains("card 2 (line 5), field NOTE: Contains the control character U+001D"),
                fromVCard.err());
        CommandLineTest.Run skipping = run("--data-dir", tmp.resolve("b").toString(), "import", vcf.toString(), "--skip-invalid");
        assertEquals(0, skipping.code(), skipping.err());
        assertTrue(skipping.out().contains("1 contact") || skipping.out().contains("1 new"), skipping.out());
    }
}
