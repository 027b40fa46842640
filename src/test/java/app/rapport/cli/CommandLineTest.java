package app.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The commands run in-process, as {@code rapport ...} would, against journals in temporary folders. */
class CommandLineTest {

    static final Path RESOURCES = Path.of("src/test/resources/interchange").toAbsolutePath();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err, byte[] stdout) {
        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    static Run run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        CommandLine cl = Main.commandLine(locale, raw);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString(), raw.toByteArray());
    }

    static Run run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    /** An export without its first lines up to exportedAt, the one field that changes by design. */
    static String withoutExportTime(Path file) throws Exception {
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"format\": \"rapport-journal\",\n  \"version\": 1,\n  \"exportedAt\": "), json);
        return json.substring(json.indexOf('\n', json.indexOf("\"exportedAt\"")));
    }

    String dir(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void anExportImportedIntoAnEmptyJournalExportsTheSameDocumentWithTheSameIds() throws Exception {
        Path demo = tmp.resolve("demo.json");
        assertEquals(0, run("demo", "--contacts", "300", "--seed", "5", "--as-of", "2026-11-23", "-o", demo.toString()).code());

        Run imported = run("--data-dir", dir("a"), "import", demo.toString());
        assertEquals(0, imported.code(), imported.err());
        Path first = tmp.resolve("first.json");
        assertEquals(0, run("--data-dir", dir("a"), "export", "-o", first.toString()).code());

        assertEquals(0, run("--data-dir", dir("b"), "import", first.toString()).code());
        Path second = tmp.resolve("second.json");
        assertEquals(0, run("--data-dir", dir("b"), "export", "-o", second.toString()).code());

        assertEquals(withoutExportTime(first), withoutExportTime(second));
        // Nothing was lost on the way in either: the journal gives back the generated file itself.
        assertEquals(withoutExportTime(demo), withoutExportTime(first));
        assertTrue(Files.readString(first).contains("\"id\": \"c300\""));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("wrong-format.json", "its format is \"vcard-journal\", not \"rapport-journal\""),
                Arguments.of("newer-version.json", "the file has format version 2, but this Rapport reads version 1 only"),
                Arguments.of("missing-name.json", "contacts[1] (id \"c2\"): field \"name\": required, but missing or empty."),
                Arguments.of("dangling-reference.json", "ties[1]: field \"b\": \"c9\" is not the id of a contact in this file."),
                Arguments.of("wrong-types.json", "field \"rating\": expected a whole number, found 4.5."),
                Arguments.of("invalid-utf8.json", "the file is not valid UTF-8 text: byte 0xF6 cannot be read."),
                Arguments.of("duplicate-ids.json", "the id \"c2\" is already used by contacts[1]."),
                Arguments.of("bad-values.json", "\"1990-13-01\" is not a birthday"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsRecordAndFieldAndTheJournalStaysAsItWas(String file, String message) throws Exception {
        assertEquals(0, run("--data-dir", dir("j"), "import", RESOURCES.resolve("valid-small.json").toString()).code());
        Path before = tmp.resolve("before.json");
        run("--data-dir", dir("j"), "export", "-o", before.toString());

        Run refused = run("--data-dir", dir("j"), "import", RESOURCES.resolve(file).toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith(RESOURCES.resolve(file) + " cannot be imported:\n"), refused.err());
        assertTrue(refused.err().contains(message), refused.err());
        assertTrue(refused.err().endsWith("Nothing was imported; the journal is unchanged.\n"), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
        assertEquals("", refused.out());

        Path after = tmp.resolve("after.json");
        run("--data-dir", dir("j"), "export", "-o", after.toString());
        assertEquals(withoutExportTime(before), withoutExportTime(after));
    }

    @Test
    void importingTheSameJournalAgainSaysItUpdatedRatherThanAdded() {
        String file = RESOURCES.resolve("valid-small.json").toString();
        Run first = run("--data-dir", dir("j"), "import", file);
        assertEquals(0, first.code(), first.err());
        assertFalse(first.out().contains("already in the journal"), first.out());
        Run again = run("--data-dir", dir("j"), "import", file);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("of the contacts were already in the journal (same id) and were updated to the"
                + " file's version; none was new."), again.out());
    }

    @Test
    void aDryRunNamesTheContactsTheJournalHasAlreadyAsTheImportWouldUpdateThem() throws Exception {
        String file = RESOURCES.resolve("valid-small.json").toString();
        Run fresh = run("--data-dir", dir("j"), "import", "--dry-run", file);
        assertEquals(0, fresh.code(), fresh.err());
        assertFalse(fresh.out().contains("already in the journal"), fresh.out());
        assertEquals(0, run("--data-dir", dir("j"), "import", file).code());
        // The same journal again, one person renamed in it and one new.
        Path edited = tmp.resolve("edited.json");
        Files.writeString(edited, Files.readString(Path.of(file)).replace("\"Ben Müller\"", "\"Benjamin Müller\"")
                .replace("\"contacts\": [", "\"contacts\": [{\"id\": \"c9\", \"name\": \"Dana Weiss\"},"));

        Run dry = run("--data-dir", dir("j"), "import", "--dry-run", edited.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("3 of the contacts are already in the journal (same id) and would be updated to the"
                + " file's version; 1 would be new:\n  Anna Schmidt (id c1)\n  Benjamin Müller (id c2), in the journal as"
                + " Ben Müller\n  Chioma Okafor (id c3)\n"), dry.out());
        assertFalse(dry.out().contains("Dana Weiss"), "a new contact is not among them: " + dry.out());
        assertTrue(dry.out().endsWith("Dry run: nothing was imported.\n"), dry.out());

        Run german = run(Locale.GERMAN, "--data-dir", dir("j"), "import", "--dry-run", edited.toString());
        assertTrue(german.out().contains("3 der Kontakte sind schon im Journal (gleiche ID) und würden auf den Stand der"
                + " Datei gebracht; 1 wäre neu:\n  Anna Schmidt (ID c1)\n  Benjamin Müller (ID c2), im Journal als"
                + " Ben Müller\n"), german.out());
    }

    @Test
    void aJournalWhosePeopleTheJournalHasUnderOtherIdsIsNamedBeforeItIsAdded() throws Exception {
        assertEquals(0, run("--data-dir", dir("j"), "import", RESOURCES.resolve("valid-small.json").toString()).code());
        // The same people as another tool wrote them, with ids of its own.
        String other = Files.readString(RESOURCES.resolve("valid-small.json"))
                .replace("\"c1\"", "\"p1\"").replace("\"c2\"", "\"p2\"").replace("\"c3\"", "\"p3\"")
                .replace("\"e1\"", "\"f1\"").replace("\"x1\"", "\"y1\"").replace("\"x2\"", "\"y2\"")
                .replace("\"i1\"", "\"j1\"");
        Path file = tmp.resolve("other-tool.json");
        Files.writeString(file, other);

        Run dry = run("--data-dir", dir("j"), "import", "--dry-run", file.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("3 contacts with ids the journal does not have look like people already in it:"),
                dry.out());
        assertTrue(dry.out().contains("  Anna Schmidt (id p1) looks like Anna Schmidt in the journal:"), dry.out());
        assertTrue(dry.out().contains("merge them afterwards under \"Possible duplicates\""), dry.out());

        Run merge = run("--data-dir", dir("j"), "import", "--merge-duplicates", file.toString());
        assertEquals(2, merge.code());
        assertTrue(merge.err().startsWith("--merge-duplicates applies to address books (vCard, CSV)."), merge.err());
    }

    @Test
    void aBadFileDoesNotEvenCreateAJournal() {
        Run refused = run("--data-dir", dir("j"), "import", RESOURCES.resolve("dangling-reference.json").toString());
        assertEquals(1, refused.code());
        assertFalse(Files.exists(tmp.resolve("j/journal.sqlite")));
    }

    @Test
    void importSaysWhatItImportedAndWarnsAboutFieldsItIgnored() {
        Run ok = run("--data-dir", dir("j"), "import", RESOURCES.resolve("unknown-fields.json").toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("Imported " + RESOURCES.resolve("unknown-fields.json") + ": 3 contacts, 1 ties, 1 events,"
                + " 2 encounters, 1 introductions, 1 give-and-take entries.\n", ok.out());
        assertTrue(ok.err().contains("Warning: " + RESOURCES.resolve("unknown-fields.json")
                + ": contacts[0] (id \"c1\"): field \"pronouns\": not part of format version 1; ignored."), ok.err());
    }

    @Test
    void importingTheSameFileTwiceKeepsOneCopy() throws Exception {
        String file = RESOURCES.resolve("valid-small.json").toString();
        run("--data-dir", dir("j"), "import", file);
        Path once = tmp.resolve("once.json");
        run("--data-dir", dir("j"), "export", "-o", once.toString());
        assertEquals(0, run("--data-dir", dir("j"), "import", file).code());
        Path twice = tmp.resolve("twice.json");
        run("--data-dir", dir("j"), "export", "-o", twice.toString());
        assertEquals(withoutExportTime(once), withoutExportTime(twice));
        // The second import replaced a journal with something to lose: it was backed up first.
        try (Stream<Path> backups = Files.list(tmp.resolve("j").resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().contains("before-import")));
        }
    }

    @Test
    void exportToStandardOutputWritesUtf8Json() {
        run("--data-dir", dir("j"), "import", RESOURCES.resolve("valid-small.json").toString());
        Run exported = run("--data-dir", dir("j"), "export", "-o", "-");
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.stdoutText().startsWith("{\n  \"format\": \"rapport-journal\","));
        assertTrue(exported.stdoutText().contains("\"city\": \"Köln\""));
        assertEquals("", exported.out());
    }

    @Test
    void theDataDirOptionMayAlsoFollowTheCommand() {
        run("import", RESOURCES.resolve("valid-small.json").toString(), "--data-dir", dir("late"));
        Run check = run("check", "--data-dir", dir("late"));
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains(": 3 contacts, 2 encounters and 1 ties checked."), check.out());
    }

    @Test
    void demoIsDeterministicPerSeedAndDate() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Path c = tmp.resolve("c.json");
        run("demo", "--contacts", "120", "--seed", "9", "--as-of", "2026-01-15", "-o", a.toString());
        run("demo", "--contacts", "120", "--seed", "9", "--as-of", "2026-01-15", "-o", b.toString());
        Run other = run("demo", "--contacts", "120", "--seed", "10", "--as-of", "2026-01-15", "-o", c.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
        assertTrue(other.out().startsWith("Wrote a sample journal to " + c + ": 120 contacts, "), other.out());
        // demo writes a file; it never creates or touches a journal.
        assertFalse(Files.exists(tmp.resolve("journal.sqlite")));
    }

    @Test
    void checkReportsDamageWithExitCode1() throws Exception {
        run("--data-dir", dir("j"), "import", RESOURCES.resolve("valid-small.json").toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("j/journal.sqlite"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE encounter SET event_id = 'e404' WHERE id = 'x2'");
        }
        Run check = run("--data-dir", dir("j"), "check");
        assertEquals(1, check.code());
        assertEquals("The journal in " + tmp.resolve("j") + " has 1 problems:\n"
                + "  encounter x2 refers to event e404, which does not exist\n"
                + "Restore a backup from the folder \"backups\" of the journal, or export what can be read and import"
                + " it into a new journal.\n", check.err());
    }

    @Test
    void failuresAreOneClearSentenceWithExitCode1() throws Exception {
        Run missing = run("--data-dir", dir("j"), "import", tmp.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertEquals("The file " + tmp.resolve("nope.json") + " does not exist.\n", missing.err());

        Run noJournal = run("--data-dir", dir("empty"), "export", "-o", tmp.resolve("x.json").toString());
        assertEquals(1, noJournal.code());
        assertEquals("There is no journal in " + tmp.resolve("empty") + ". Choose another folder with --data-dir,"
                + " or import a file to start one.\n", noJournal.err());
        assertFalse(Files.exists(tmp.resolve("empty/journal.sqlite")), "export must not create a journal");

        // A file given as the folder is named as such by every command, as import did already.
        Path aFile = Files.writeString(tmp.resolve("passwd"), "root:x:0:0\n");
        for (String[] command : new String[][] {{"check"}, {"export", "-o", tmp.resolve("y.json").toString()}}) {
            List<String> args = new java.util.ArrayList<>(List.of("--data-dir", aFile.toString()));
            args.addAll(List.of(command));
            Run onAFile = run(args.toArray(String[]::new));
            assertEquals(1, onAFile.code());
            assertTrue(onAFile.err().startsWith("The data folder " + aFile + " is a file, not a folder."), onAFile.err());
        }
        assertEquals("root:x:0:0\n", Files.readString(aFile));

        Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(tmp.resolve("notes/journal.sqlite"), "my shopping list");
        Run notSqlite = run("--data-dir", dir("notes"), "check");
        assertEquals(1, notSqlite.code());
        assertTrue(notSqlite.err().startsWith("The file " + tmp.resolve("notes/journal.sqlite")
                + " is not a Rapport journal."), notSqlite.err());
        assertEquals("my shopping list", Files.readString(tmp.resolve("notes/journal.sqlite")));

        // vCard and CSV address books import since issue 4; plain notes are still no format Rapport knows.
        Files.writeString(tmp.resolve("contacts.txt"), "Anna, call back on Monday\n");
        Run notes = run("--data-dir", dir("j"), "import", tmp.resolve("contacts.txt").toString());
        assertEquals(1, notes.code());
        assertEquals(tmp.resolve("contacts.txt") + " is not in a format Rapport can import (Monica JSON,"
                + " Rapport JSON, iCalendar, vCard, CSV (LinkedIn, Google, Outlook, Excel)).\n", notes.err());

        Files.writeString(tmp.resolve("empty.json"), " \n");
        Run empty = run("--data-dir", dir("j"), "import", tmp.resolve("empty.json").toString());
        assertEquals(1, empty.code());
        assertEquals("The file " + tmp.resolve("empty.json") + " is empty: there is nothing to import.\n", empty.err());

        Run noFolder = run("demo", "-o", tmp.resolve("no/such/folder/demo.json").toString());
        assertEquals(1, noFolder.code());
        assertTrue(noFolder.err().contains("the folder " + tmp.resolve("no/such/folder") + " does not exist"),
                noFolder.err());
    }

    @Test
    void badUsageExitsWith2() {
        assertEquals(2, run("import").code());
        assertEquals(2, run("export").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("demo", "--contacts", "many", "-o", "x.json").code());
        Run zero = run("demo", "--contacts", "0", "-o", dir("x.json"));
        assertEquals(2, zero.code());
        assertTrue(zero.err().startsWith("--contacts must be between 1 and 1,000,000."), zero.err());
    }

    @Test
    void badUsageIsExplainedInTheLanguageOfTheSystemWithWhereToFindHelp() {
        Run missing = run(Locale.GERMAN, "import");
        assertEquals(2, missing.code());
        assertEquals("Es fehlt: FILE\nHilfe: \u201Erapport import --help\u201C.\n", missing.err());

        Run typo = run(Locale.GERMAN, "improt");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("Unbekannter Befehl: improt\nMeinten Sie: import"), typo.err());
        assertTrue(typo.err().endsWith("Hilfe: \u201Erapport --help\u201C.\n"), typo.err());

        Run option = run(Locale.ENGLISH, "suggest", "--tpo", "3");
        assertEquals(2, option.code());
        assertTrue(option.err().startsWith("Unknown option: --tpo\n"), option.err());
        assertTrue(option.err().endsWith("See \"rapport suggest --help\".\n"), option.err());

        Run value = run(Locale.GERMAN, "suggest", "--top", "viele");
        assertEquals(2, value.code());
        assertTrue(value.err().startsWith("\u201Eviele\u201C ist kein gültiger Wert für --top. Erwartet wird eine ganze Zahl.\n"),
                value.err());

        Run date = run(Locale.ENGLISH, "suggest", "--as-of", "2026-13-01");
        assertEquals(2, date.code());
        assertTrue(date.err().startsWith("\"2026-13-01\" is not a valid value for --as-of."
                + " Expected a date as YYYY-MM-DD, for example 2026-11-24.\n"), date.err());
        assertFalse(date.err().contains("Exception"), date.err());
    }

    @Test
    void exportTakesItsFormatFromTheFileNameAndFormatNamesInAnyCase() throws Exception {
        assertEquals(0, run("--data-dir", dir("j"), "import", RESOURCES.resolve("valid-small.json").toString()).code());
        Path vcf = tmp.resolve("contacts.vcf");
        assertEquals(0, run("--data-dir", dir("j"), "export", "-o", vcf.toString()).code());
        assertTrue(Files.readString(vcf).startsWith("BEGIN:VCARD"), Files.readString(vcf));
        Path csv = tmp.resolve("out.txt");
        assertEquals(0, run("--data-dir", dir("j"), "export", "-f", "CSV", "-o", csv.toString()).code());
        assertFalse(Files.readString(csv).startsWith("{"));
        assertEquals(0, run("--data-dir", dir("j"), "export", "-f", "vcf", "-o", tmp.resolve("x").toString()).code());

        Run bad = run("--data-dir", dir("j"), "export", "-f", "pdf", "-o", tmp.resolve("y").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("\"pdf\" is not a valid value for --format. Possible values: json, vcard, csv, excel, ics.\n"),
                bad.err());

        Run pdf = run("--data-dir", dir("j"), "export", "-o", tmp.resolve("journal.pdf").toString());
        assertEquals(2, pdf.code());
        assertTrue(pdf.err().startsWith("Rapport does not write files like " + tmp.resolve("journal.pdf")
                + ". Give the format with -f: json, vcard, csv, excel or ics"), pdf.err());
        assertFalse(Files.exists(tmp.resolve("journal.pdf")));
        assertEquals(0, run("--data-dir", dir("j"), "export", "-o", tmp.resolve("journal").toString()).code(),
                "no ending: the complete journal");
        assertTrue(Files.readString(tmp.resolve("journal")).startsWith("{"));

        Path excel = tmp.resolve("for-excel.csv");
        assertEquals(0, run("--data-dir", dir("j"), "export", "-f", "excel", "-o", excel.toString()).code());
        byte[] bytes = Files.readAllBytes(excel);
        assertEquals((byte) 0xEF, bytes[0], "Excel's byte order mark");
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1).startsWith("id;name;"));
        assertEquals(0, run("--data-dir", dir("k"), "import", excel.toString()).code(), "and it reads back");
    }

    @Test
    void anExportOntoAFolderOrADeviceNeverReplacesIt() throws Exception {
        assertEquals(0, run("--data-dir", dir("j"), "import", RESOURCES.resolve("valid-small.json").toString()).code());
        Path folder = Files.createDirectory(tmp.resolve("folder"));
        Run onFolder = run("--data-dir", dir("j"), "export", "-o", folder.toString());
        assertEquals(1, onFolder.code());
        assertEquals(folder + " cannot be written: it is a folder; give the name of a file\n", onFolder.err());
        assertTrue(Files.isDirectory(folder));

        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) {
            assertEquals(0, run("--data-dir", dir("j"), "export", "-o", devNull.toString()).code());
            assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        }
    }

    @Test
    void restoreSaysWhatIsWrongWithAFolderOrAnExport() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("folder"));
        Run onFolder = run("--data-dir", dir("j"), "restore", folder.toString());
        assertEquals(1, onFolder.code());
        assertTrue(onFolder.err().contains("it is a folder"), onFolder.err());

        Run export = run("--data-dir", dir("j"), "restore", RESOURCES.resolve("valid-small.json").toString());
        assertEquals(1, export.code());
        assertTrue(export.err().contains("use: rapport import " + RESOURCES.resolve("valid-small.json")), export.err());
    }

    @Test
    void outputThatCannotBeWrittenIsAFailure() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(Locale.ENGLISH, new ByteArrayOutputStream());
        // A writer that fails like standard output on a full disk.
        cl.setOut(new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("demo", "--contacts", "3", "-o", dir("demo.json"));
        assertEquals(1, code);
        assertTrue(err.toString().contains("The output could not be written"), err.toString());
    }

    @Test
    void theImagesLauncherKnowsEveryCommand() throws Exception {
        // packaging/Image.java writes bin/rapport, which runs commands with options of their own.
        String image = Files.readString(Path.of("packaging/Image.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n\\s*([a-z|]+)\\) COMMAND_OPTIONS=").matcher(image);
        assertTrue(m.find(), "the launcher's list of commands");
        assertEquals(new java.util.TreeSet<>(Main.commandLine(Locale.ENGLISH, new ByteArrayOutputStream()).getSubcommands().keySet()),
                new java.util.TreeSet<>(List.of(m.group(1).split("\\|"))));
    }

    @Test
    void helpAndMessagesFollowTheLanguageOfTheSystem() {
        Run help = run(Locale.GERMAN, "import", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Aufruf: rapport import"), help.out());
        assertTrue(help.out().contains("Importiert eine Datei in das Journal"), help.out());
        assertTrue(help.out().contains("Zu verwendender Journal-Ordner"), help.out());

        Run english = run(Locale.ENGLISH, "--help");
        assertTrue(english.out().contains("Commands:"), english.out());
        for (String command : List.of("import", "export", "demo", "suggest", "check")) {
            assertTrue(english.out().contains("  " + command + " "), english.out());
        }

        Run refused = run(Locale.GERMAN, "--data-dir", dir("j"), "import", RESOURCES.resolve("missing-name.json").toString());
        assertTrue(refused.err().contains("contacts[1] (ID \"c2\"): Feld \"name\": erforderlich, fehlt aber oder ist leer."),
                refused.err());
        assertTrue(refused.err().endsWith("Es wurde nichts importiert; das Journal ist unverändert.\n"), refused.err());
    }
}
