package app.rapport.reminders;

import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterStamp;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
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
        // Day arithmetic on epoch days and a table of decay factors: this runs over every encounter
        // of the journal each time Today is shown.
        OffsetCache offsets = new OffsetCache(zone.getRules());
        long todayEpochDay = today.toEpochDay();
        Map<String, Acc> acc = new HashMap<>();
        for (Encounter e : encounters) {
            long epochSecond = e.date().toEpochSecond();
            long day = Math.floorDiv(epochSecond + offsets.offsetAt(epochSecond), 86_400L);
            double contribution = Warmth.contribution(e.rating(), todayEpochDay - day);
            for (String id : e.participants()) {
                acc.computeIfAbsent(id, k -> new Acc()).add(e.id(), e.date(), epochSecond, day, contribution, e, null);
            }
        }
        return finish(acc, todayEpochDay);
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
                    Warmth.contribution(s.rating(), todayEpochDay - day), null, s.topic());
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
        Encounter lastEncounter; // its topic is worked out only for the last one
        String lastTopic;
        long lastSecond;
        long lastDay;
        int count;
        double score;

        void add(String id, OffsetDateTime date, long epochSecond, long day, double contribution, Encounter e,
                 String topic) {
            count++;
            score += contribution;
            if (lastDate == null || epochSecond > lastSecond
                    || epochSecond == lastSecond && date.getNano() > lastDate.getNano()) {
                lastId = id;
                lastDate = date;
                lastEncounter = e;
                lastTopic = topic;
                lastSecond = epochSecond;
                lastDay = day;
            }
        }

        Relationship toRelationship(String id, long todayEpochDay) {
            long since = Math.max(0, todayEpochDay - lastDay);
            String topic = lastEncounter != null ? topic(lastEncounter) : firstLine(lastTopic);
            return new Relationship(id, LocalDate.ofEpochDay(lastDay), lastDate, topic, lastId, count, score,
                    Warmth.of(score, since));
        }
    }
}
