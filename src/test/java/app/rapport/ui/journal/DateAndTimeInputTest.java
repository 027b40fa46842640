package app.rapport.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.ContactSummary;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import app.rapport.ui.testing.TestAppContext;

/** How quick capture reads the times and dates people type, in both languages. */
class DateAndTimeInputTest {

    @AfterEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void timesAreReadTheWaysPeopleWriteThem() {
        I18n.setLocale(I18n.GERMAN);
        assertEquals(Optional.of(LocalTime.of(14, 30)), QuickCaptureViewModel.parseTime("14:30"));
        assertEquals(Optional.of(LocalTime.of(9, 15)), QuickCaptureViewModel.parseTime(" 9.15 "));
        assertEquals(Optional.of(LocalTime.of(7, 5)), QuickCaptureViewModel.parseTime("0705"));
        assertEquals(Optional.of(LocalTime.of(9, 0)), QuickCaptureViewModel.parseTime("9"));
        assertEquals(Optional.of(LocalTime.of(14, 30)), QuickCaptureViewModel.parseTime("2:30 pm"));
        assertEquals(Optional.of(LocalTime.of(0, 10)), QuickCaptureViewModel.parseTime("12:10 AM"));
        assertEquals(Optional.empty(), QuickCaptureViewModel.parseTime("25:00"));
        assertEquals(Optional.empty(), QuickCaptureViewModel.parseTime("14:61"));
        assertEquals(Optional.empty(), QuickCaptureViewModel.parseTime("13 pm"));
        assertEquals(Optional.empty(), QuickCaptureViewModel.parseTime("noon"));
        assertEquals(Optional.empty(), QuickCaptureViewModel.parseTime(""));
    }

    @Test
    void theDefaultTimeReadsBackInEitherLanguage() {
        for (var locale : new java.util.Locale[] {I18n.ENGLISH, I18n.GERMAN}) {
            I18n.setLocale(locale);
            LocalTime t = LocalTime.of(21, 5);
            assertEquals(Optional.of(t), QuickCaptureViewModel.parseTime(QuickCaptureViewModel.formatTime(t)),
                    QuickCaptureViewModel.formatTime(t));
        }
    }

    @Test
    void aTypedDateThatIsNoDateIsRefusedWithTheFieldNamed() {
        var vm = new QuickCaptureViewModel(new TestAppContext(null, null), java.time.Clock.systemDefaultZone(),
                List.of(new ContactSummary("c1", "Anna", null, null, false)));
        vm.dateTextProperty().set("someday");
        assertFalse(vm.validate());
        assertEquals("Date: \"someday\" is not a date: write it like 3/5/2026.", vm.messageProperty().get());
        assertEquals(Set.of("date"), Set.copyOf(vm.invalidFields()));

        vm.dateTextProperty().set("3/5/2026");
        assertTrue(vm.validate(), vm.messageProperty().get());
        assertEquals(LocalDate.of(2026, 3, 5), vm.draft().orElseThrow().date().toLocalDate());
        assertEquals("", vm.messageProperty().get());

        QuickCaptureViewModel.FollowUpRow row = vm.addFollowUp();
        row.whatProperty().set("Call back");
        row.dueTextProperty().set("31/31/2026");
        assertFalse(vm.validate());
        assertEquals("Due: \"31/31/2026\" is not a date: write it like 3/5/2026.", vm.messageProperty().get());
    }

    @Test
    void datePickersUseTheChosenLanguageWithFourDigitYears() {
        var converter = EncounterTexts.dateConverter();
        LocalDate day = LocalDate.of(2026, 3, 5);
        I18n.setLocale(I18n.GERMAN);
        assertEquals("05.03.2026", converter.toString(day));
        assertEquals(day, converter.fromString("5.3.2026"));
        assertEquals(day, converter.fromString("05.03.26"));
        assertEquals(day, converter.fromString("2026-03-05"));
        I18n.setLocale(I18n.ENGLISH);
        assertEquals("3/5/2026", converter.toString(day));
        assertEquals(day, converter.fromString("3/5/2026"));
        assertThrows(DateTimeParseException.class, () -> converter.fromString("yesterday"));
    }
}
