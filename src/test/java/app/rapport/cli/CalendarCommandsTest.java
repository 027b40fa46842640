package app.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.Main;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Event;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rapport import FILE.ics} and {@code rapport export --format ics}, in-process on real journals. */
class CalendarCommandsTest {

    static final Path ICAL = Path.of("src/test/resources/ical").toAbsolutePath();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(Locale.ENGLISH, new ByteArrayOutputStream());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void aCalendarImportedTwiceUpdatesItsEventsAndKeepsWhatWasAddedHere() throws Exception {
        String data = tmp.resolve("data").toString();
        Run first = run("--data-dir", data, "import", ICAL.resolve("meetup-stammtisch.ics").toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("events"), first.out());

        String wordpress = "event_398765432@meetup.com";
        try (SqliteJournal journal = TestJournals.open(tmp.resolve("data"))) {
            Event e = journal.event(wordpress).orElseThrow();
            assertEquals("WordPress Meetup Dortmund: Block themes", e.name());
            Contact anna = journal.saveContact(Contact.builder("Anna Schmidt").build());
            journal.saveEvent(new Event(e.id(), e.name(), e.series(), e.start(), e.end(), e.place(), e.topic(),
                    List.of(anna.id()), e.sessions(), "Ask Anna about her talk."));
        }
        Run again = run("--data-dir", data, "import", ICAL.resolve("meetup-stammtisch.ics").toString());
        assertEquals(0, again.code(), again.err());
        try (SqliteJournal journal = TestJournals.open(tmp.resolve("data"))) {
            Event e = journal.event(wordpress).orElseThrow();
            assertEquals(1, e.attendees().size(), "the attendee added in Rapport stays");
            assertEquals("Ask Anna about her talk.", e.notes());
            long copies = journal.events().stream().filter(x -> x.name() != null && x.name().startsWith("WordPress")).count();
            assertEquals(1, copies, "no duplicate on the second import");
        }
    }

    @Test
    void aCutOffCalendarIsRefusedWithTheLineAndNothingIsImported() throws Exception {
        Path cut = tmp.resolve("cut.ics");
        String full = Files.readString(ICAL.resolve("barcamp-all-day.ics"));
        Files.writeString(cut, full.substring(0, full.indexOf("END:VEVENT")));
        Run r = run("--data-dir", tmp.resolve("data").toString(), "import", cut.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("ends early") && r.err().contains("line 13"), r.err());
    }

    @Test
    void aCalendarWithEventsThatCannotBeReadIsRefusedUnlessTheUserSkipsThem() throws Exception {
        Path broken = tmp.resolve("broken.ics");
        Files.writeString(broken, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:a", "DTSTART:20261205T190000Z", "SUMMARY:Stammtisch", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "SUMMARY:Someday", "END:VEVENT",
                "END:VCALENDAR", ""));
        Path data = tmp.resolve("data");
        Run refused = run("--data-dir", data.toString(), "import", broken.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("1 of 2 events cannot be imported")
                && refused.err().contains("\"Someday\" has no start (DTSTART)")
                && refused.err().contains("--skip-invalid") && refused.err().contains("Nothing was imported"), refused.err());
        assertTrue(!Files.exists(data.resolve("journal.sqlite")) || eventCount(data) == 0, "nothing stored");

        Run skipped = run("--data-dir", data.toString(), "import", "--skip-invalid", broken.toString());
        assertEquals(0, skipped.code(), skipped.err());
        assertEquals(1, eventCount(data));
    }

    static long eventCount(Path data) {
        try (SqliteJournal journal = TestJournals.open(data)) {
            return journal.events().size();
        }
    }

    @Test
    void eventsAndDueRemindersExportForACalendarApp() throws Exception {
        Path data = tmp.resolve("data");
        try (SqliteJournal journal = TestJournals.open(data)) {
            journal.saveContact(Contact.builder("Anna Schmidt").keepInTouchDays(30).birthday(Birthday.of(4, 12)).build());
        }
        assertEquals(0, run("--data-dir", data.toString(), "import", ICAL.resolve("barcamp-all-day.ics").toString()).code());
        Path out = tmp.resolve("rapport.ics");
        Run r = run("--data-dir", data.toString(), "export", "--format", "ics", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Exported to " + out + ": 1 events, 1 catch-ups, 0 follow-ups, 1 birthdays.", r.out().strip());
        String ics = Files.readString(out);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Barcamp Ruhr 2026"), ics);
        assertTrue(ics.contains("SUMMARY:Catch up with Anna Schmidt"), ics);
        assertTrue(ics.contains("SUMMARY:Birthday: Anna Schmidt"), ics);
    }
}
