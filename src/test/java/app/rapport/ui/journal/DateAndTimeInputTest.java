package app.rapport.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.ContactSummary;
import app.rapport.ui.common.Formats;
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

/** How the forms (quick capture, events) read the times and dates people type, in both languages. */
class DateAndTimeInputTest {

    @AfterEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void timesAreReadTheWaysPeopleWriteThem() {
        I18n.setLocale(I18n.GERMAN);
        assertEquals(Optional.of(LocalTime.of(14, 30)), Formats.parseTime("14:30"));
        assertEquals(Optional.of(LocalTime.of(9, 15)), Formats.parseTime(" 9.15 "));
        assertEquals(Optional.of(LocalTime.of(7, 5)), Formats.parseTime("0705"));
        assertEquals(Optional.of(LocalTime.of(9, 0)), Formats.parseTime("9"));
        assertEquals(Optional.of(LocalTime.of(14, 30)), Formats.parseTime("2:30 pm"));
        assertEquals(Optional.of(LocalTime.of(0, 10)), Formats.parseTime("12:10 AM"));
        assertEquals(Optional.of(LocalTime.of(18, 0)), Formats.parseTime("18 Uhr"));
        assertEquals(Optional.of(LocalTime.of(9, 0)), Formats.parseTime("9h"));
        I18n.setLocale(I18n.ENGLISH);
        assertEquals(Optional.of(LocalTime.of(19, 0)), Formats.parseTime("7:00 PM"), "as English screens show times");
        assertEquals(Optional.of(LocalTime.of(19, 0)), Formats.parseTime("7pm"));
        assertEquals(Optional.empty(), Formats.parseTime("25:00"));
        assertEquals(Optional.empty(), Formats.parseTime("14:61"));
        assertEquals(Optional.empty(), Formats.parseTime("13 pm"));
        assertEquals(Optional.empty(), Formats.parseTime("noon"));
        assertEquals(Optional.empty(), Formats.parseTime(""));
    }

    @Test
    void theDefaultTimeReadsBackInEitherLanguage() {
        for (var locale : new java.util.Locale[] {I18n.ENGLISH, I18n.GERMAN}) {
            I18n.setLocale(locale);
            LocalTime t = LocalTime.of(21, 5);
            assertEquals(Optional.of(t), Formats.parseTime(Formats.time(t)),
                    Formats.time(t));
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
        var converter = Formats.dateConverter();
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
