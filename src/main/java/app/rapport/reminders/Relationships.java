package app.rapport.reminders;

import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterStamp;
import app.rapport.journal.EncounterTimeline;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The relationship with every contact, computed in one pass over the encounters. Encounter times
 * carry their own offset (the user may have logged them while travelling); they are counted on
 * the day they fell on in the user's time zone, the zone "today" is measured in.
 */
public final class Relationships {

    private final Map<String, Relationship> byContact;

    private Relationships(Map<String, Relationship> byContact) {
        this.byContact = byContact;
    }

    public static Relationships of(Iterable<Encounter> encounters, LocalDate today, ZoneId zone) {
        List<Encounter> list = new ArrayList<>();
        encounters.forEach(list::add);
        return of(EncounterTimeline.of(list), today, zone);
    }

    /**
     * From a whole journal's timeline: one pass in time order over arrays of numbers. Day
     * arithmetic on epoch days and a table of decay factors; the zone's offset changes only a few
     * times a year, so in time order it is nearly always the one of the encounter before.
     */
    public static Relationships of(EncounterTimeline timeline, LocalDate today, ZoneId zone) {
        OffsetCache offsets = new OffsetCache(zone.getRules());
        long todayEpochDay = today.toEpochDay();
        int slots = timeline.contactSlots();
        int[] count = new int[slots];
        double[] score = new double[slots];
        int[] last = new int[slots];
        long[] lastDay = new long[slots];
        for (int t = 0, n = timeline.size(); t < n; t++) {
            long epochSecond = timeline.epochSecond(t);
            long day = Math.floorDiv(epochSecond + offsets.offsetAt(epochSecond), 86_400L);
            int rating = timeline.rating(t);
            double contribution = Warmth.contribution(rating == 0 ? null : rating, todayEpochDay - day);
            for (int p = timeline.participantsFrom(t), end = timeline.participantsTo(t); p < end; p++) {
                int slot = timeline.participantSlot(p);
                count[slot]++;
                score[slot] += contribution;
                last[slot] = t; // time order: the latest so far
                lastDay[slot] = day;
            }
        }
        Map<String, Relationship> out = HashMap.newHashMap(slots);
        for (int slot = 0; slot < slots; slot++) {
            String id = timeline.contactId(slot);
            Encounter e = timeline.encounter(last[slot]);
            long since = Math.max(0, todayEpochDay - lastDay[slot]);
            out.put(id, new Relationship(id, LocalDate.ofEpochDay(lastDay[slot]), e.date(), topic(e), e.id(),
                    count[slot], score[slot], Warmth.of(score[slot], since)));
        }
        return new Relationships(out);
    }

    /** The same from the lean form the store gives for a whole journal. */
    public static Relationships ofStamps(Iterable<EncounterStamp> stamps, LocalDate today, ZoneId zone) {
        OffsetCache offsets = new OffsetCache(zone.getRules());
        long todayEpochDay = today.toEpochDay();
        Map<String, Acc> acc = new HashMap<>();
        for (EncounterStamp s : stamps) {
            long epochSecond = s.date().toEpochSecond();
            long day = Math.floorDiv(epochSecond + offsets.offsetAt(epochSecond), 86_400L);
            acc.computeIfAbsent(s.contactId(), k -> new Acc()).add(s.encounterId(), s.date(), epochSecond, day,
                    Warmth.contribution(s.rating(), todayEpochDay - day), s.topic());
        }
        return finish(acc, todayEpochDay);
    }

    private static Relationships finish(Map<String, Acc> acc, long todayEpochDay) {
        Map<String, Relationship> out = HashMap.newHashMap(acc.size());
        acc.forEach((id, a) -> out.put(id, a.toRelationship(id, todayEpochDay)));
        return new Relationships(out);
    }

    /** The relationship with the contact; {@link Relationship#none} if the user never met them. */
    public Relationship of(String contactId) {
        Relationship r = byContact.get(contactId);
        return r != null ? r : Relationship.none(contactId);
    }

    public Warmth warmth(String contactId) {
        return of(contactId).warmth();
    }

    /** The topic of an encounter as the user would recognise it: its title, else its notes' first line. */
    public static String topic(Encounter e) {
        if (e.title() != null && !e.title().isBlank()) {
            return e.title().strip();
        }
        return firstLine(e.notes());
    }

    /** The first line of a text, shortened to a topic's length; null for none. */
    static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    /**
     * The zone's offset at an instant, remembering the span between two transitions in which the
     * last answer holds: encounters come mostly in time order, so nearly every lookup is a hit.
     */
    private static final class OffsetCache {
        private final ZoneRules rules;
        private long from = Long.MAX_VALUE;
        private long until = Long.MIN_VALUE;
        private int offset;

        OffsetCache(ZoneRules rules) {
            this.rules = rules;
        }

        int offsetAt(long epochSecond) {
            if (epochSecond < from || epochSecond >= until) {
                Instant at = Instant.ofEpochSecond(epochSecond);
                offset = rules.getOffset(at).getTotalSeconds();
                ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
                ZoneOffsetTransition next = rules.nextTransition(at);
                from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
                until = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            }
            return offset;
        }
    }

    private static final class Acc {
        String lastId;
        OffsetDateTime lastDate;
        String lastTopic;
        long lastSecond;
        long lastDay;
        int count;
        double score;

        void add(String id, OffsetDateTime date, long epochSecond, long day, double contribution, String topic) {
            count++;
            score += contribution;
            // At the same instant the later one in the list counts, as on the timeline.
            if (lastDate == null || epochSecond > lastSecond
                    || epochSecond == lastSecond && date.getNano() >= lastDate.getNano()) {
                lastId = id;
                lastDate = date;
                lastTopic = topic;
                lastSecond = epochSecond;
                lastDay = day;
            }
        }

        Relationship toRelationship(String id, long todayEpochDay) {
            long since = Math.max(0, todayEpochDay - lastDay);
            return new Relationship(id, LocalDate.ofEpochDay(lastDay), lastDate, firstLine(lastTopic), lastId, count, score,
                    Warmth.of(score, since));
        }
    }
}
