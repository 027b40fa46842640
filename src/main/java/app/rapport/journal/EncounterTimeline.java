package app.rapport.journal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The encounters of a journal in time order, in a compact form for passes over all of them: the
 * instant, the rating and the participants of each as numbers in arrays. On a journal of 100,000
 * encounters such a pass reads a few megabytes in order instead of following half a million
 * references scattered over the heap, which is where Today's time went.
 *
 * <p>Encounters at the same instant keep the order of the list they came in; the store lists
 * them in the order they were logged, so the one logged last counts as the latest.
 *
 * <p>Immutable; built once per {@link JournalSnapshot} ({@link JournalSnapshot#timeline()}).
 */
public final class EncounterTimeline {

    private static final EncounterTimeline EMPTY = new EncounterTimeline(List.of());

    private final List<Encounter> encounters;
    /** Time index to the encounter's position in {@link #encounters}, earliest first. */
    private final int[] position;
    private final long[] epochSecond;
    /** 0 for an unrated encounter. */
    private final byte[] rating;
    /** Participants of time index t: {@code slots[participantsFrom[t] .. participantsFrom[t + 1])}. */
    private final int[] participantsFrom;
    private final int[] slots;
    private final String[] contactIds;
    private final Map<String, Integer> slotOf;
    private final List<Encounter> withOpenFollowUps;

    private EncounterTimeline(List<Encounter> encounters) {
        this.encounters = encounters;
        int n = encounters.size();
        position = inTimeOrder(encounters);
        epochSecond = new long[n];
        rating = new byte[n];
        participantsFrom = new int[n + 1];
        slotOf = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int[] participantSlots = new int[Math.max(16, n + n / 2)];
        int p = 0;
        for (int t = 0; t < n; t++) {
            Encounter e = encounters.get(position[t]);
            epochSecond[t] = e.date().toEpochSecond();
            rating[t] = e.rating() == null ? 0 : e.rating().byteValue();
            participantsFrom[t] = p;
            for (String id : e.participants()) {
                Integer slot = slotOf.get(id);
                if (slot == null) {
                    slot = ids.size();
                    slotOf.put(id, slot);
                    ids.add(id);
                }
                if (p == participantSlots.length) {
                    participantSlots = Arrays.copyOf(participantSlots, p * 2);
                }
                participantSlots[p++] = slot;
            }
        }
        participantsFrom[n] = p;
        slots = Arrays.copyOf(participantSlots, p);
        contactIds = ids.toArray(String[]::new);
        List<Encounter> open = new ArrayList<>();
        for (Encounter e : encounters) {
            for (FollowUp f : e.followUps()) {
                if (!f.done()) {
                    open.add(e);
                    break;
                }
            }
        }
        withOpenFollowUps = Collections.unmodifiableList(open);
    }

    /** The timeline of these encounters (the list must not change afterwards). */
    public static EncounterTimeline of(List<Encounter> encounters) {
        return encounters.isEmpty() ? EMPTY : new EncounterTimeline(encounters);
    }

    /** Positions in time order; the store's lists already are, and cost one look. */
    private static int[] inTimeOrder(List<Encounter> encounters) {
        int n = encounters.size();
        int[] order = new int[n];
        boolean sorted = true;
        OffsetDateTime previous = null;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            OffsetDateTime date = encounters.get(i).date();
            if (previous != null && sorted && earlier(date, previous)) {
                sorted = false;
            }
            previous = date;
        }
        if (sorted) {
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        // Stable: encounters at the same instant stay in list order.
        Arrays.sort(boxed, (a, b) -> {
            OffsetDateTime x = encounters.get(a).date();
            OffsetDateTime y = encounters.get(b).date();
            return earlier(x, y) ? -1 : earlier(y, x) ? 1 : 0;
        });
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    private static boolean earlier(OffsetDateTime a, OffsetDateTime b) {
        long x = a.toEpochSecond();
        long y = b.toEpochSecond();
        return x < y || x == y && a.getNano() < b.getNano();
    }

    /** How many encounters. */
    public int size() {
        return position.length;
    }

    /** The encounter at time index {@code t} (0: the earliest). */
    public Encounter encounter(int t) {
        return encounters.get(position[t]);
    }

    public long epochSecond(int t) {
        return epochSecond[t];
    }

    /** The rating of the encounter at time index {@code t}, 0 if it has none. */
    public int rating(int t) {
        return rating[t];
    }

    /** Where the participants of time index {@code t} begin in {@link #participantSlot}. */
    public int participantsFrom(int t) {
        return participantsFrom[t];
    }

    /** Where they end (exclusive). */
    public int participantsTo(int t) {
        return participantsFrom[t + 1];
    }

    /** The contact slot of one participant entry. */
    public int participantSlot(int i) {
        return slots[i];
    }

    /** How many different contacts take part in any encounter; slots run from 0 to this. */
    public int contactSlots() {
        return contactIds.length;
    }

    public String contactId(int slot) {
        return contactIds[slot];
    }

    /**
     * The time index of the latest encounter at or before {@code epochSecond}, -1 if there is none;
     * from there back are the most recent ones.
     */
    public int latestAtOrBefore(long epochSecond) {
        int lo = 0;
        int hi = this.epochSecond.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (this.epochSecond[mid] <= epochSecond) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The encounters with at least one follow-up not done yet, in list order. */
    public List<Encounter> withOpenFollowUps() {
        return withOpenFollowUps;
    }
}
