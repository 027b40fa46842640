package app.rapport.reminders;

import app.rapport.journal.Encounter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
        Map<String, Acc> acc = new HashMap<>();
        for (Encounter e : encounters) {
            LocalDate day = e.date().atZoneSameInstant(zone).toLocalDate();
            double contribution = Warmth.contribution(e.rating(), ChronoUnit.DAYS.between(day, today));
            for (String id : e.participants()) {
                acc.computeIfAbsent(id, k -> new Acc()).add(e, day, contribution);
            }
        }
        Map<String, Relationship> out = HashMap.newHashMap(acc.size());
        acc.forEach((id, a) -> out.put(id, a.toRelationship(id, today)));
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
        if (e.notes() != null && !e.notes().isBlank()) {
            String line = e.notes().strip().lines().findFirst().orElse("");
            return line.length() <= 80 ? line : line.substring(0, 79) + "…";
        }
        return null;
    }

    private static final class Acc {
        Encounter last;
        LocalDate lastDay;
        int count;
        double score;

        void add(Encounter e, LocalDate day, double contribution) {
            count++;
            score += contribution;
            if (last == null || e.date().toInstant().isAfter(last.date().toInstant())) {
                last = e;
                lastDay = day;
            }
        }

        Relationship toRelationship(String id, LocalDate today) {
            long since = Math.max(0, ChronoUnit.DAYS.between(lastDay, today));
            return new Relationship(id, lastDay, last.date(), topic(last), last.id(), count, score,
                    Warmth.of(score, since));
        }
    }
}
