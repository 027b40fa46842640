package app.rapport.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rapport.journal.Event;
import app.rapport.ui.common.I18n;
import app.rapport.ui.testing.TestAppContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event form: what it shows of a stored event, and that saving it untouched changes nothing. */
class EventEditorViewModelTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, BERLIN).toInstant(), BERLIN);

    @AfterEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    static OffsetDateTime berlin(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BERLIN).toOffsetDateTime();
    }

    static Event event(OffsetDateTime start, OffsetDateTime end) {
        return new Event("e1", "Barcamp Ruhr", null, start, end, "Bochum", null, List.of(), List.of(), null);
    }

    static EventEditorViewModel form(Event e) {
        return new EventEditorViewModel(new TestAppContext(null, null), CLOCK, e, Map.of());
    }

    @Test
    void aTwoDayAllDayEventShowsItsLastDayAndSavedUntouchedKeepsIt() {
        // As a calendar file gives it: DTSTART;VALUE=DATE:20261211, DTEND;VALUE=DATE:20261213 (exclusive).
        Event imported = event(berlin(12, 11, 0, 0), berlin(12, 13, 0, 0));
        EventEditorViewModel vm = form(imported);
        assertEquals(LocalDate.of(2026, 12, 11), vm.dateProperty().get());
        assertEquals(LocalDate.of(2026, 12, 12), vm.lastDateProperty().get(), "the last day, as the detail shows it");
        assertEquals("", vm.startTimeProperty().get());
        assertEquals("", vm.endTimeProperty().get());
        assertEquals(imported, vm.toEvent());
    }

    @Test
    void eventsOverDaysIntoTheNightOrToMidnightComeBackAsTheyWere() {
        for (Event e : List.of(
                event(berlin(12, 11, 9, 0), berlin(12, 13, 17, 0)),     // a conference over three days
                event(berlin(12, 3, 19, 0), berlin(12, 4, 1, 0)),       // into the night
                event(berlin(12, 3, 19, 0), berlin(12, 4, 0, 0)),       // to midnight
                event(berlin(12, 3, 18, 30), berlin(12, 3, 21, 0)),     // an evening
                event(berlin(12, 3, 18, 30), null))) {
            assertEquals(e, form(e).toEvent(), e.start() + " – " + e.end());
        }
        assertNull(form(event(berlin(12, 3, 19, 0), berlin(12, 4, 1, 0))).lastDateProperty().get(),
                "a night out is one day with an end time, not two days");
    }

    @Test
    void timesAreShownAndReadAsTheLanguageWritesThem() {
        Event evening = event(berlin(12, 3, 19, 0), berlin(12, 3, 21, 30));
        EventEditorViewModel vm = form(evening);
        assertEquals("7:00 PM", vm.startTimeProperty().get());
        assertEquals("9:30 PM", vm.endTimeProperty().get());
        vm.endTimeProperty().set("10 pm");
        assertEquals(berlin(12, 3, 22, 0), vm.toEvent().end());

        I18n.setLocale(I18n.GERMAN);
        vm = form(evening);
        assertEquals("19:00", vm.startTimeProperty().get());
        vm.endTimeProperty().set("22 Uhr");
        assertEquals(berlin(12, 3, 22, 0), vm.toEvent().end());
    }

    @Test
    void aNewEventOverSeveralWholeDaysEndsAtTheMidnightAfterItsLastDay() {
        EventEditorViewModel vm = new EventEditorViewModel(new TestAppContext(null, null), CLOCK, LocalDate.of(2026, 12, 11));
        vm.nameProperty().set("Barcamp");
        vm.lastDateProperty().set(LocalDate.of(2026, 12, 13));
        Event e = vm.toEvent();
        assertEquals(berlin(12, 11, 0, 0), e.start());
        assertEquals(berlin(12, 14, 0, 0), e.end());
        assertEquals("Dec 11, 2026 – Dec 13, 2026", EventTexts.when(e, BERLIN));
    }

    @Test
    void aLastDayBeforeTheFirstIsRefused() {
        EventEditorViewModel vm = new EventEditorViewModel(new TestAppContext(null, null), CLOCK, LocalDate.of(2026, 12, 11));
        vm.nameProperty().set("Barcamp");
        vm.lastDateProperty().set(LocalDate.of(2026, 12, 10));
        assertNull(vm.toEvent());
        assertEquals("The last day comes before the first.", vm.messageProperty().get());
        assertEquals(Set.of("lastDate"), Set.copyOf(vm.invalidFields()));
    }
}
