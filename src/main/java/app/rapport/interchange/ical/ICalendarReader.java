package app.rapport.interchange.ical;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.journal.Event;
import app.rapport.journal.JournalSnapshot;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalReader;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.ICalProperty;
import biweekly.property.RawProperty;
import biweekly.property.RecurrenceId;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Reads the events of an iCalendar file into journal events.
 *
 * <ul>
 *   <li>Times keep the offset they had where the event takes place (its {@code TZID}, resolved
 *       through the file's {@code VTIMEZONE} or the zone database); UTC times and floating times
 *       are placed in the user's time zone.</li>
 *   <li>All-day events start at midnight and end at midnight of the day after (as iCalendar's
 *       exclusive {@code DTEND} says), in the user's time zone.</li>
 *   <li>A recurring series ({@code RRULE}, {@code RDATE}, without {@code EXDATE}s) becomes one
 *       event per occurrence from {@value #PAST_DAYS} days ago to {@value #FUTURE_DAYS} days
 *       ahead, at most {@value #MAX_OCCURRENCES}, each with the series' name as {@code series};
 *       an occurrence moved or renamed ({@code RECURRENCE-ID}) is taken as changed. Each
 *       occurrence's id is the series' {@code UID} and its original start, so that importing an
 *       updated file again updates the same events instead of adding new ones.</li>
 *   <li>Tasks and journal entries are not events and are left out, as are the reminders Rapport
 *       itself exported; both with a warning.</li>
 * </ul>
 */
public final class ICalendarReader {

    public static final int PAST_DAYS = 180;
    public static final int FUTURE_DAYS = 365;
    public static final int MAX_OCCURRENCES = 60;
    /** Rapport marks the reminders it exports so that they are not read back as events. */
    static final String KIND = "X-RAPPORT-KIND";
    static final String SERIES = "X-RAPPORT-SERIES";
    private static final DateTimeFormatter OCCURRENCE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Instant now;
    private final ZoneId zone;
    private final List<ImportProblem> warnings = new ArrayList<>();
    /** Events that cannot be imported; the rest is imported only when the user agrees. */
    private final List<ImportProblem> invalid = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private ICalendarReader(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static ImportResult read(byte[] content, Instant now, ZoneId zone) throws ImportException {
        checkComplete(content);
        ICalendarReader r = new ICalendarReader(now, zone);
        List<ICalendar> calendars = new ArrayList<>();
        try (ICalReader reader = new ICalReader(new InputStreamReader(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8))) {
            reader.setDefaultTimezone(TimeZone.getTimeZone(zone)); // floating times are the user's
            ICalendar ical;
            while ((ical = reader.readNext()) != null) {
                calendars.add(ical);
                for (ParseWarning w : reader.getWarnings()) {
                    int line = w.getLineNumber() == null ? 0 : w.getLineNumber();
                    Integer code = w.getCode();
                    if (code != null && code == 37) {
                        // "TZID=Europe/Berlin" without a VTIMEZONE block: the zone is known by that name,
                        // which is how most calendar sites write it. Nothing to warn about.
                        continue;
                    }
                    if (code != null && code == 38) {
                        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(
                                String.valueOf(w.getMessage()));
                        r.warnings.add(ImportProblem.ofFile("ical.unknownZone", line, 1, id.find() ? id.group(1) : "?"));
                        continue;
                    }
                    r.warnings.add(ImportProblem.ofFile("ical.parseWarning", line, 1, w.getMessage()));
                }
            }
        } catch (IOException | RuntimeException | AssertionError e) {
            // biweekly throws AssertionError (not only with -ea) on some impossible rules, such as BYMONTH=0.
            throw new ImportException(ImportProblem.ofFile("ical.unreadable", 0, 0, String.valueOf(e.getMessage())));
        }
        if (calendars.isEmpty()) {
            throw new ImportException(ImportProblem.ofFile("ical.notCalendar", 0, 0));
        }
        for (ICalendar ical : calendars) {
            r.readCalendar(ical);
        }
        return new ImportResult(new JournalSnapshot(List.of(), List.of(), List.of(), r.events, List.of(), List.of()),
                r.warnings, r.invalid);
    }

    /**
     * A file cut off in the middle (a download that broke off) would still parse, with whatever
     * came before the break: refuse it, naming the last line, rather than import part of it.
     */
    private static void checkComplete(byte[] content) throws ImportException {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n");
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        if (last < 0 || !lines[last].strip().equalsIgnoreCase("END:VCALENDAR")) {
            throw new ImportException(ImportProblem.ofFile("ical.incomplete", Math.max(1, last + 1), 1));
        }
    }

    private void readCalendar(ICalendar ical) {
        TimezoneInfo tz = ical.getTimezoneInfo();
        int skippedOther = ical.getTodos().size() + ical.getJournals().size();
        if (skippedOther > 0) {
            warnings.add(ImportProblem.ofFile("ical.notEvents", 0, 0, skippedOther));
        }
        // Changed occurrences, by series and original start.
        Map<String, Map<Instant, VEvent>> changed = new HashMap<>();
        List<VEvent> masters = new ArrayList<>();
        int reminders = 0;
        for (VEvent e : ical.getEvents()) {
            RawProperty kind = e.getExperimentalProperty(KIND);
            if (kind != null && "reminder".equalsIgnoreCase(kind.getValue())) {
                reminders++;
                continue;
            }
            RecurrenceId rid = e.getRecurrenceId();
            if (rid != null && rid.getValue() != null && uid(e) != null) {
                changed.computeIfAbsent(uid(e), k -> new LinkedHashMap<>()).put(rid.getValue().toInstant(), e);
            } else {
                masters.add(e);
            }
        }
        if (reminders > 0) {
            warnings.add(ImportProblem.ofFile("ical.ownReminders", 0, 0, reminders));
        }
        Instant from = now.minus(Duration.ofDays(PAST_DAYS));
        Instant until = now.plus(Duration.ofDays(FUTURE_DAYS));
        Set<String> seriesSeen = new HashSet<>();
        for (VEvent e : masters) {
            readMaster(e, changed, seriesSeen, tz, from, until);
        }
        // A changed occurrence whose series is not in the file (a calendar app exported just it).
        changed.forEach((uid, byStart) -> {
            if (!seriesSeen.contains(uid)) {
                byStart.forEach((at, e) -> {
                    try {
                        add(occurrenceId(uid, at), e, start(e, tz), end(e, tz), seriesOf(e), tz);
                    } catch (DateTimeException ex) {
                        invalid.add(ImportProblem.ofFile("ical.impossibleDate", 0, 0,
                                text(e.getSummary()) == null ? uid : text(e.getSummary()), ex.getMessage()));
                    }
                });
            }
        });
    }

    /**
     * One event as written, or a repeating one with its occurrences; an event that cannot be read
     * is left out and named.
     */
    private void readMaster(VEvent e, Map<String, Map<Instant, VEvent>> changed, Set<String> seriesSeen, TimezoneInfo tz,
                            Instant from, Instant until) {
        try {
            DateStart start = e.getDateStart();
            boolean recurring = e.getRecurrenceRule() != null || !e.getRecurrenceDates().isEmpty();
            if (start == null || start.getValue() == null) {
                // Required by iCalendar; an event without a date is no event to prepare for.
                invalid.add(ImportProblem.ofFile("ical.noStart", 0, 0,
                        text(e.getSummary()) == null ? "?" : text(e.getSummary())));
                return;
            }
            if (!recurring) {
                add(baseId(e), e, start(e, tz), end(e, tz), seriesOf(e), tz);
                return;
            }
            String uid = baseId(e);
            seriesSeen.add(uid);
            readSeries(e, uid, changed.getOrDefault(uid, Map.of()), tz, from, until);
        } catch (DateTimeException ex) {
            // biweekly reads "20261200" as a date; java.time does not: leave the event out and say so.
            invalid.add(ImportProblem.ofFile("ical.impossibleDate", 0, 0,
                    text(e.getSummary()) == null ? baseId(e) : text(e.getSummary()), ex.getMessage()));
        } catch (RuntimeException | AssertionError ex) {
            // A repeat rule biweekly cannot follow (it asserts on BYMONTH=0): this event only is left out.
            invalid.add(ImportProblem.ofFile("ical.unreadableEvent", 0, 0,
                    text(e.getSummary()) == null ? baseId(e) : text(e.getSummary()), String.valueOf(ex.getMessage())));
        }
    }

    /**
     * The occurrences of a repeating event from {@code from} to {@code until} (at most
     * {@value #MAX_OCCURRENCES}), each as an event of its own; {@code moved} are those changed on their own.
     */
    private void readSeries(VEvent e, String uid, Map<Instant, VEvent> moved, TimezoneInfo tz, Instant from,
                            Instant until) {
        DateStart start = e.getDateStart();
        OffsetDateTime first = start(e, tz);
        OffsetDateTime firstEnd = end(e, tz);
        Duration length = firstEnd == null ? null : Duration.between(first, firstEnd);
        TimeZone seriesZone = timeZoneOf(start, tz);
        DateIterator it = e.getDateIterator(seriesZone);
        it.advanceTo(Date.from(from)); // a daily series from 1990 need not be walked through
        int taken = 0;
        boolean more = false;
        while (it.hasNext()) {
            Date d = it.next();
            Instant at = d.toInstant();
            if (at.isBefore(from)) {
                continue;
            }
            if (at.isAfter(until) || taken == MAX_OCCURRENCES) {
                more = true;
                break;
            }
            taken++;
            VEvent override = moved.get(at);
            if (override != null) {
                add(occurrenceId(uid, at), override, start(override, tz), end(override, tz), text(e.getSummary()), tz);
                continue;
            }
            OffsetDateTime occurrence = start.getValue().hasTime()
                    ? at.atOffset(offset(seriesZone, at))
                    : LocalDate.ofInstant(at, seriesZone.toZoneId()).atStartOfDay(zone).toOffsetDateTime();
            OffsetDateTime occurrenceEnd = length == null ? null : endOf(occurrence, length, start.getValue().hasTime());
            add(occurrenceId(uid, at), e, occurrence, occurrenceEnd, text(e.getSummary()), tz);
        }
        if (more) {
            warnings.add(ImportProblem.ofFile("ical.seriesCut", 0, 0, text(e.getSummary()) == null ? uid
                    : text(e.getSummary()), taken, MAX_OCCURRENCES, PAST_DAYS, FUTURE_DAYS));
        } else if (taken == 0) {
            // A series that ended long ago: say so, rather than import one event fewer in silence.
            warnings.add(ImportProblem.ofFile("ical.seriesPast", 0, 0, text(e.getSummary()) == null ? uid
                    : text(e.getSummary()), PAST_DAYS));
        }
    }

    private void add(String id, VEvent e, OffsetDateTime start, OffsetDateTime end, String series, TimezoneInfo tz) {
        if (!ids.add(id)) {
            warnings.add(ImportProblem.ofFile("ical.duplicateUid", 0, 0, id));
            return;
        }
        String topic = e.getCategories().stream().flatMap(c -> c.getValues().stream())
                .filter(s -> s != null && !s.isBlank()).map(String::strip).findFirst().orElse(null);
        events.add(new Event(id, text(e.getSummary()), series, start, end, text(e.getLocation()), topic,
                List.of(), List.of(), text(e.getDescription())));
    }

    private static String seriesOf(VEvent e) {
        RawProperty series = e.getExperimentalProperty(SERIES);
        return series == null || series.getValue() == null || series.getValue().isBlank() ? null
                : series.getValue().strip();
    }

    private static String uid(VEvent e) {
        return e.getUid() == null ? null : text(e.getUid().getValue());
    }

    /** The event's UID, or, without one, a stable id made from what it says. */
    private static String baseId(VEvent e) {
        String uid = uid(e);
        if (uid != null) {
            return uid;
        }
        String key = text(e.getSummary()) + "|" + (e.getDateStart() == null || e.getDateStart().getValue() == null
                ? "" : e.getDateStart().getValue().getTime());
        return "ics-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    static String occurrenceId(String uid, Instant originalStart) {
        return uid + "/" + OCCURRENCE.format(originalStart);
    }

    private OffsetDateTime start(VEvent e, TimezoneInfo tz) {
        DateStart s = e.getDateStart();
        return s == null || s.getValue() == null ? null : at(s.getValue(), s, tz);
    }

    private OffsetDateTime end(VEvent e, TimezoneInfo tz) {
        DateEnd end = e.getDateEnd();
        if (end != null && end.getValue() != null) {
            return at(end.getValue(), end, tz);
        }
        OffsetDateTime start = start(e, tz);
        if (start != null && e.getDuration() != null && e.getDuration().getValue() != null) {
            return endOf(start, Duration.ofMillis(e.getDuration().getValue().toMillis()),
                    e.getDateStart().getValue().hasTime());
        }
        return null;
    }

    /** An end {@code length} after {@code start}; whole days for all-day events, so that DST does not shift midnight. */
    private static OffsetDateTime endOf(OffsetDateTime start, Duration length, boolean timed) {
        if (timed) {
            return start.plus(length);
        }
        long days = Math.round(length.toHours() / 24.0);
        return start.toLocalDate().plusDays(days).atStartOfDay(start.getOffset()).toOffsetDateTime();
    }

    private OffsetDateTime at(ICalDate d, ICalProperty property, TimezoneInfo tz) {
        if (!d.hasTime()) {
            DateTimeComponents c = d.getRawComponents();
            LocalDate day = c != null ? LocalDate.of(c.getYear(), c.getMonth(), c.getDate())
                    : LocalDate.ofInstant(d.toInstant(), zone);
            return day.atStartOfDay(zone).toOffsetDateTime();
        }
        TimezoneAssignment a = tz.getTimezone(property);
        if (a == null && tz.isFloating(property) && d.getRawComponents() != null) {
            DateTimeComponents c = d.getRawComponents();
            return LocalDateTime.of(c.getYear(), c.getMonth(), c.getDate(), c.getHour(), c.getMinute(), c.getSecond())
                    .atZone(zone).toOffsetDateTime();
        }
        Instant instant = d.toInstant();
        return a == null ? instant.atZone(zone).toOffsetDateTime() : instant.atOffset(offset(a.getTimeZone(), instant));
    }

    private TimeZone timeZoneOf(DateStart start, TimezoneInfo tz) {
        if (!start.getValue().hasTime()) {
            return TimeZone.getTimeZone(zone);
        }
        TimezoneAssignment a = tz.getTimezone(start);
        return a == null ? TimeZone.getTimeZone(zone) : a.getTimeZone();
    }

    private static ZoneOffset offset(TimeZone tz, Instant at) {
        return ZoneOffset.ofTotalSeconds(tz.getOffset(at.toEpochMilli()) / 1000);
    }

    private static String text(ICalProperty p) {
        if (p instanceof biweekly.property.TextProperty t) {
            return text(t.getValue());
        }
        return null;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
