package app.rapport.interchange.contacts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.csv.CsvContactReader;
import app.rapport.interchange.vcard.VCardContactReader;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Progress;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Coverage-guided fuzzing of every importer (Jazzer). In the normal test run each method only
 * replays its seeds from {@code src/test/resources/.../ImporterFuzzTestInputs/<method>/} and the
 * findings kept there; to fuzz for real, for example ten minutes:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ImporterFuzzTest -Djazzer.max_duration=10m}. The
 * property: any input either reads into valid contacts with located problems, or is refused with
 * an {@link ImportFailedException}; nothing else escapes, and every message key exists.
 */
class ImporterFuzzTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("app.rapport.i18n.messages", Locale.ROOT);

    @FuzzTest(maxDuration = "5s")
    void anyFile(byte[] content) {
        try {
            check(ContactFiles.read("fuzz.bin", content, Progress.NONE));
        } catch (ImportFailedException e) {
            checkProblem(e.problem());
        }
    }

    @FuzzTest(maxDuration = "5s")
    void vCard(byte[] content) {
        String text = "BEGIN:VCARD\r\n" + new String(content, StandardCharsets.UTF_8);
        try {
            check(VCardContactReader.read("fuzz.vcf", text, Progress.NONE));
        } catch (ImportFailedException e) {
            checkProblem(e.problem());
        }
    }

    @FuzzTest(maxDuration = "5s")
    void csv(byte[] content) {
        // Behind a known header, so that the fuzzer spends its time on rows, quotes and separators.
        String text = "First Name,Middle Name,Last Name,Organization Name,Birthday,Labels,E-mail 1 - Value,"
                + "Phone 1 - Value\r\n" + new String(content, StandardCharsets.ISO_8859_1);
        try {
            check(CsvContactReader.read("fuzz.csv", text, Progress.NONE));
        } catch (ImportFailedException e) {
            checkProblem(e.problem());
        }
    }

    @FuzzTest(maxDuration = "5s")
    void germanCsv(byte[] content) {
        String text = "Vorname;Nachname;Firma;E-Mail;Telefon;Geburtstag;Notizen\r\n"
                + new String(content, TextDecoding.WINDOWS_1252);
        try {
            check(CsvContactReader.read("fuzz.csv", text, Progress.NONE));
        } catch (ImportFailedException e) {
            checkProblem(e.problem());
        }
    }

    private static void check(AddressBook book) {
        for (ImportedContact c : book.contacts()) {
            assertTrue(ContactValidator.problems(c.contact()).isEmpty(), c.toString());
            assertTrue(c.record() > 0);
        }
        book.invalid().forEach(ImporterFuzzTest::checkProblem);
        book.warnings().forEach(ImporterFuzzTest::checkProblem);
        assertTrue(book.records() >= book.contacts().size());
    }

    private static void checkProblem(RecordProblem p) {
        assertNotNull(p.file());
        assertTrue(TEXTS.containsKey(p.messageKey()), p.messageKey());
        String sentence = p.describe((key, args) -> java.text.MessageFormat.format(TEXTS.getString(key), args));
        assertFalse(sentence.isBlank());
    }
}
