package app.rapport.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Event;
import app.rapport.ui.common.I18n;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an event's dates and times read. */
class EventTextsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Event at(OffsetDateTime start, OffsetDateTime end) {
        return new Event("e", "Talk", null, start, end, null, null, List.of(), List.of(), null);
    }

    @Test
    void timesOfAnotherPlaceSayWhichOffsetTheyAreIn() {
        I18n.setLocale(I18n.ENGLISH);
        LocalDateTime noon = LocalDateTime.of(2026, 12, 16, 12, 0);
        ZoneOffset mine = BERLIN.getRules().getOffset(noon);
        ZoneOffset elsewhere = ZoneOffset.ofTotalSeconds(mine.getTotalSeconds() - 6 * 3600);
        Event here = at(noon.atOffset(mine), noon.plusHours(1).atOffset(mine));
        Event there = at(noon.atOffset(elsewhere), noon.plusHours(1).atOffset(elsewhere));
        assertEquals("Wednesday, December 16, 2026, 12:00 PM–1:00 PM", EventTexts.when(here, BERLIN));
        assertEquals("Wednesday, December 16, 2026, 12:00 PM–1:00 PM (local time there, UTC" + elsewhere.getId() + ")",
                EventTexts.when(there, BERLIN));
        Event allDayThere = at(noon.toLocalDate().atStartOfDay().atOffset(elsewhere), null);
        assertEquals("Wednesday, December 16, 2026", EventTexts.when(allDayThere, BERLIN), "a day is a day anywhere");
    }
}
