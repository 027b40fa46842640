package app.rapport.interchange.ical;

import app.rapport.interchange.MessageSource;
import app.rapport.journal.Contact;
import app.rapport.journal.Event;
import app.rapport.journal.JournalSnapshot;
import app.rapport.reminders.FollowUpReminder;
import app.rapport.reminders.KeepInTouchDue;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.Reminders;
import app.rapport.reminders.Snoozes;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.Categories;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events and what is due, as an iCalendar file for the user's calendar app. Events keep their ids
 * as {@code UID}s, so that re-importing the file updates them. Reminders (catch-ups, follow-ups,
 * birthdays) are all-day entries marked {@code X-RAPPORT-KIND:reminder}, so that reading the file
 * back does not turn them into events. Nothing is sent anywhere: the user imports the file.
 */
public final class ICalendarWriter {

    /** How many entries of each kind were written. */
    public record Counts(int events, int catchUps, int followUps, int birthdays) {
    }

    private ICalendarWriter() {
    }

    public static Counts write(JournalSnapshot journal, KeepInTouchRules rules, Snoozes snoozes, MessageSource texts,
                               Instant now, ZoneId zone, Writer out) throws IOException {
        LocalDate today = now.atZone(zone).toLocalDate();
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Rapport//Rapport//EN");
        ical.setName(texts.text("ical.calendarName"));
        Map<String, Contact> contacts = new HashMap<>();
        journal.contacts().forEach(c -> contacts.put(c.id(), c));

        int events = 0;
        for (Event e : journal.events()) {
            if (e.start() == null) {
                continue; // an event without a date has no place in a calendar
            }
            ical.addEvent(event(e, now));
            events++;
        }

        Relationships relationships = Relationships.of(journal.timeline(), today, zone);
        List<KeepInTouchDue> catchUps = Reminders.keepInTouchSchedule(journal.contacts(), relationships, rules,
                snoozes, today, zone);
        for (KeepInTouchDue d : catchUps) {
            String last = d.relationship().everMet() && d.relationship().lastTopic() != null
                    ? texts.text("ical.catchUp.last", d.relationship().lastTopic(), d.relationship().lastDay().toString())
                    : "";
            VEvent v = reminder("keep-in-touch-" + d.contact().id(), laterOf(d.dueOn(), today), now,
                    texts.text("ical.catchUp", d.contact().name()),
                    (texts.text("ical.catchUp.description", d.cadenceDays()) + " " + last).strip());
            ical.addEvent(v);
        }
        List<FollowUpReminder> followUps = Reminders.followUps(journal.timeline().withOpenFollowUps(), snoozes, today,
                Integer.MAX_VALUE / 2);
        for (FollowUpReminder f : followUps) {
            String who = String.join(", ", f.encounter().participants().stream()
                    .map(id -> contacts.containsKey(id) ? contacts.get(id).name() : "?").toList());
            VEvent v = reminder("follow-up-" + f.encounter().id() + "-" + f.index(), laterOf(f.due(), today), now,
                    texts.text("ical.followUp", f.followUp().what(), who),
                    texts.text("ical.followUp.description", f.due().toString()));
            ical.addEvent(v);
        }
        int birthdays = 0;
        for (Contact c : journal.contacts()) {
            if (c.archived() || c.birthday() == null) {
                continue;
            }
            ical.addEvent(birthday(c, today, now, texts));
            birthdays++;
        }
        // Not closed: the caller owns {@code out}.
        ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0);
        writer.write(ical);
        writer.flush();
        return new Counts(events, catchUps.size(), followUps.size(), birthdays);
    }

    /** An event of the journal as it is: at its time, or on its days when it has no time. */
    private static VEvent event(Event e, Instant now) {
        VEvent v = new VEvent();
        v.setUid(e.id());
        v.setDateTimeStamp(Date.from(now));
        boolean allDay = e.isAllDay();
        if (allDay) {
            v.setDateStart(day(e.start().toLocalDate()));
            if (e.end() != null && e.end().toLocalDate().isAfter(e.start().toLocalDate())) {
                v.setDateEnd(new DateEnd(dayValue(e.end().toLocalDate())));
            }
        } else {
            v.setDateStart(new DateStart(Date.from(e.start().toInstant()), true));
            if (e.end() != null) {
                v.setDateEnd(new DateEnd(Date.from(e.end().toInstant()), true));
            }
        }
        v.setSummary(e.name());
        v.setLocation(e.place());
        v.setDescription(e.notes());
        if (e.topic() != null) {
            v.addCategories(new Categories(e.topic()));
        }
        if (e.series() != null) {
            v.setExperimentalProperty(ICalendarReader.SERIES, e.series());
        }
        return v;
    }

    /** A yearly reminder on the contact's birthday, from the next one on. */
    private static VEvent birthday(Contact c, LocalDate today, Instant now, MessageSource texts) {
        LocalDate next = c.birthday().nextOccurrence(today);
        VEvent v = reminder("birthday-" + c.id(), next, now, texts.text("ical.birthday", c.name()),
                texts.text("ical.birthday.description"));
        Recurrence.Builder yearly = new Recurrence.Builder(Frequency.YEARLY).byMonth(c.birthday().monthDay().getMonthValue());
        // 29 February: the last day of February, which is the 28th in other years.
        yearly.byMonthDay(c.birthday().monthDay().equals(MonthDay.of(2, 29)) ? -1 : c.birthday().monthDay().getDayOfMonth());
        v.setRecurrenceRule(yearly.build());
        return v;
    }

    private static VEvent reminder(String uid, LocalDate day, Instant now, String summary, String description) {
        VEvent v = new VEvent();
        v.setUid(uid + "@rapport");
        v.setDateTimeStamp(Date.from(now));
        v.setDateStart(day(day));
        v.setSummary(summary);
        if (description != null && !description.isBlank()) {
            v.setDescription(description);
        }
        v.setTransparency(Transparency.transparent()); // a reminder does not make the user busy
        v.setExperimentalProperty(ICalendarReader.KIND, "reminder");
        v.addCategories(new Categories("Rapport"));
        return v;
    }

    /** Overdue reminders go on today, where the user will see them. */
    private static LocalDate laterOf(LocalDate a, LocalDate today) {
        return a.isBefore(today) ? today : a;
    }

    private static DateStart day(LocalDate d) {
        return new DateStart(dayValue(d));
    }

    /**
     * A date without time. biweekly writes date values as the day its {@link Date} falls on in the
     * JVM's default time zone, so the day starts there; UTC midnight would be the day before in
     * America.
     */
    private static ICalDate dayValue(LocalDate d) {
        DateTimeComponents c = new DateTimeComponents(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return new ICalDate(Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant()), c, false);
    }
}
