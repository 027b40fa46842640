package app.rapport.interchange.ical;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.Importer;
import app.rapport.interchange.Importers;
import app.rapport.journal.Event;
import app.rapport.journal.JournalSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.time.Clock;
import java.util.Locale;

/**
 * Events from iCalendar files ({@code .ics}) as meetup and conference sites and calendar apps
 * export them. Recurring series are expanded into the occurrences around today (see
 * {@link ICalendarReader}), each an event of its own with the series' name as {@code series}.
 */
public final class ICalendarImporter implements Importer {

    private final Clock clock;

    /** {@code clock} says which occurrences of a series are around "today", and the user's time zone. */
    public ICalendarImporter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Kind kind() {
        return Kind.CALENDAR;
    }

    @Override
    public List<String> fileEndings() {
        return List.of("ics", "ical", "ifb", "icalendar");
    }

    @Override
    public String formatName() {
        return "iCalendar";
    }

    @Override
    public boolean recognizes(byte[] content) {
        int i = Importers.firstSignificantByte(content);
        String start = new String(content, i, Math.min(content.length - i, 15), StandardCharsets.UTF_8);
        return start.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR");
    }

    @Override
    public ImportResult read(byte[] content) throws ImportException {
        return ICalendarReader.read(content, clock.instant(), clock.getZone());
    }

    /**
     * Importing a calendar again updates the events it names (same ids); what the user added in
     * Rapport stays: the attendees, the agenda, and goals and notes written there. The calendar
     * says when and where; the journal says who and why.
     */
    public static JournalSnapshot keepWhatTheUserAdded(JournalSnapshot imported, Function<String, Optional<Event>> stored) {
        List<Event> merged = new ArrayList<>();
        for (Event e : imported.events()) {
            Event before = stored.apply(e.id()).orElse(null);
            if (before == null) {
                merged.add(e);
                continue;
            }
            merged.add(new Event(e.id(), e.name(), e.series() != null ? e.series() : before.series(), e.start(), e.end(),
                    e.place(), e.topic() != null ? e.topic() : before.topic(), before.attendees(), before.sessions(),
                    before.notes() != null && !before.notes().isBlank() ? before.notes() : e.notes()));
        }
        return new JournalSnapshot(imported.contacts(), imported.ties(), imported.encounters(), merged,
                imported.introductions(), imported.exchanges());
    }
}
