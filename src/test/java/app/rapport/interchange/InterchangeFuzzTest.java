package app.rapport.interchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.ical.ICalendarImporter;
import app.rapport.interchange.json.JsonImporter;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterValidator;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Coverage-guided fuzzing of the Rapport JSON and iCalendar importers (Jazzer); the address book
 * importers have theirs in {@code contacts.ImporterFuzzTest}. The normal test run replays the seeds
 * in {@code src/test/resources/app/rapport/interchange/InterchangeFuzzTestInputs/<method>/}; to fuzz
 * for real, for example ten minutes each:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=InterchangeFuzzTest -Djazzer.max_duration=10m}. The property:
 * any input is either read into records the journal accepts, or refused with an
 * {@link ImportException} whose problems all have a text; nothing else escapes.
 */
class InterchangeFuzzTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("app.rapport.i18n.messages", Locale.ROOT);
    private static final MessageSource SOURCE = (key, args) -> MessageFormat.format(TEXTS.getString(key), args);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "5s")
    void json(byte[] content) {
        check(new JsonImporter(), content);
    }

    @FuzzTest(maxDuration = "5s")
    void iCalendar(byte[] content) {
        // Behind a calendar header, so that the fuzzer spends its time on events rather than on detection.
        byte[] head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] text = new byte[head.length + content.length];
        System.arraycopy(head, 0, text, 0, head.length);
        System.arraycopy(content, 0, text, head.length, content.length);
        check(new ICalendarImporter(CLOCK), text);
        check(new ICalendarImporter(CLOCK), content);
    }

    private static void check(Importer importer, byte[] content) {
        if (!importer.recognizes(content)) {
            return;
        }
        try {
            ImportResult result = importer.read(content);
            for (Contact c : result.snapshot().contacts()) {
                assertTrue(ContactValidator.problems(c).isEmpty(), c.toString());
            }
            for (Encounter e : result.snapshot().encounters()) {
                assertTrue(EncounterValidator.problems(e).isEmpty(), e.toString());
            }
            result.warnings().forEach(InterchangeFuzzTest::checkProblem);
        } catch (ImportException e) {
            assertFalse(e.problems().isEmpty(), "a refusal says why");
            e.problems().forEach(InterchangeFuzzTest::checkProblem);
        }
    }

    private static void checkProblem(ImportProblem p) {
        assertTrue(TEXTS.containsKey(p.messageKey()), p.messageKey());
        assertFalse(p.describe(SOURCE).isBlank());
    }
}
