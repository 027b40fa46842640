package app.rapport.reminders;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the user's networking went over the last months, for the Network screen's charts: the
 * encounters of each month by kind, the people added, what was given and received, how warm the
 * network is now and where the introductions stand. Every number keeps what it counts (ids of
 * encounters and contacts, the introductions, the ledger's entries), so a chart can list the
 * records behind a bar. Pure: the day and the zone are parameters.
 */
public final class Activity {

    /** The introductions' stages and outcomes, in the order of the pipeline. */
    public static final List<IntroductionStatus> STAGES = List.of(IntroductionStatus.PLANNED, IntroductionStatus.ASKED_A,
            IntroductionStatus.ASKED_B, IntroductionStatus.INTRODUCED, IntroductionStatus.MET,
            IntroductionStatus.WORKING_TOGETHER, IntroductionStatus.DID_NOT_WORK_OUT);

    /**
     * One month: its encounters by kind (ids), the people new in it (ids), and the ledger's entries
     * either way. A person is new in the month they came into the user's network: the earlier of
     * their first encounter and the day they were added. {@code met}: first met that month;
     * {@code added}: added that month without an encounter in it (yet), such as a whole address
     * book imported on one day, whose people are otherwise counted when they were first met.
     */
    public record Month(YearMonth month, Map<EncounterKind, List<String>> encounters, List<String> met,
                        List<String> added, List<Exchange> given, List<Exchange> received) {

        /** Everyone new this month, first met or added. */
        public List<String> newContacts() {
            List<String> all = new ArrayList<>(met);
            all.addAll(added);
            return all;
        }

        public int encounterCount() {
            int n = 0;
            for (List<String> ids : encounters.values()) {
                n += ids.size();
            }
            return n;
        }
    }

    /**
     * The active (not archived) contacts by warmth, and those due for a catch-up (who are also
     * counted in their warmth), by id.
     */
    public record WarmthShare(List<String> due, List<String> warm, List<String> cooling, List<String> cold) {

        public int total() {
            return warm.size() + cooling.size() + cold.size();
        }

        public List<String> of(Warmth w) {
            return switch (w) {
                case WARM -> warm;
                case COOLING -> cooling;
                case COLD -> cold;
            };
        }

        /** A share of the active contacts, 0 to 100. */
        public double percent(List<String> part) {
            return total() == 0 ? 0 : 100.0 * part.size() / total();
        }
    }

    private final List<Month> months;
    private final WarmthShare warmth;
    private final Map<IntroductionStatus, List<Introduction>> introductions;

    private Activity(List<Month> months, WarmthShare warmth, Map<IntroductionStatus, List<Introduction>> introductions) {
        this.months = months;
        this.warmth = warmth;
        this.introductions = introductions;
    }

    /** The last {@code monthCount} months up to and including the month of {@code today}. */
    public static Activity of(JournalSnapshot journal, KeepInTouchRules rules, Snoozes snoozes, LocalDate today,
                              ZoneId zone, int monthCount) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(monthCount - 1L);
        Map<YearMonth, Map<EncounterKind, List<String>>> encounters = new LinkedHashMap<>();
        Map<YearMonth, List<String>> met = new LinkedHashMap<>();
        Map<YearMonth, List<String>> added = new LinkedHashMap<>();
        Map<YearMonth, List<Exchange>> given = new LinkedHashMap<>();
        Map<YearMonth, List<Exchange>> received = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            encounters.put(m, new EnumMap<>(EncounterKind.class));
            met.put(m, new ArrayList<>());
            added.put(m, new ArrayList<>());
            given.put(m, new ArrayList<>());
            received.put(m, new ArrayList<>());
        }
        for (Encounter e : journal.encounters()) {
            YearMonth m = YearMonth.from(e.date().atZoneSameInstant(zone).toLocalDate());
            Map<EncounterKind, List<String>> byKind = encounters.get(m);
            if (byKind != null) {
                byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.id());
            }
        }
        newContacts(journal, zone, met, added);
        for (Exchange x : journal.exchanges()) {
            if (x.date() == null) {
                continue;
            }
            List<Exchange> month = (x.direction() == ExchangeDirection.GIVEN ? given : received).get(YearMonth.from(x.date()));
            if (month != null) {
                month.add(x);
            }
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth m : encounters.keySet()) {
            Map<EncounterKind, List<String>> byKind = new EnumMap<>(EncounterKind.class);
            encounters.get(m).forEach((k, v) -> byKind.put(k, List.copyOf(v)));
            months.add(new Month(m, Collections.unmodifiableMap(byKind), List.copyOf(met.get(m)),
                    List.copyOf(added.get(m)), List.copyOf(given.get(m)), List.copyOf(received.get(m))));
        }

        Relationships relationships = Relationships.of(journal.timeline(), today, zone);
        List<Contact> active = new ArrayList<>();
        List<String> warm = new ArrayList<>();
        List<String> cooling = new ArrayList<>();
        List<String> cold = new ArrayList<>();
        for (Contact c : journal.contacts()) {
            if (c.archived()) {
                continue;
            }
            active.add(c);
            switch (relationships.of(c.id()).warmth()) {
                case WARM -> warm.add(c.id());
                case COOLING -> cooling.add(c.id());
                case COLD -> cold.add(c.id());
            }
        }
        List<String> due = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KeepInTouchDue d : Reminders.keepInTouchDue(active, relationships, rules, snoozes, today, zone)) {
            if (seen.add(d.contact().id())) {
                due.add(d.contact().id());
            }
        }
        WarmthShare share = new WarmthShare(List.copyOf(due), List.copyOf(warm), List.copyOf(cooling), List.copyOf(cold));

        Map<IntroductionStatus, List<Introduction>> byStage = new EnumMap<>(IntroductionStatus.class);
        for (IntroductionStatus s : STAGES) {
            byStage.put(s, new ArrayList<>());
        }
        for (Introduction i : journal.introductions()) {
            List<Introduction> list = byStage.get(i.status());
            if (list != null) {
                list.add(i);
            }
        }
        Map<IntroductionStatus, List<Introduction>> frozen = new EnumMap<>(IntroductionStatus.class);
        byStage.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Activity(List.copyOf(months), share, Collections.unmodifiableMap(frozen));
    }

    /**
     * Sorts each person into the month they came into the network (see {@link Month}): first met,
     * or added without an encounter that month. Months outside the charts' span are left out.
     */
    private static void newContacts(JournalSnapshot journal, ZoneId zone, Map<YearMonth, List<String>> met,
                                    Map<YearMonth, List<String>> added) {
        Map<String, LocalDate> firstMet = new HashMap<>();
        for (Encounter e : journal.encounters()) {
            LocalDate day = e.date().atZoneSameInstant(zone).toLocalDate();
            for (String p : e.participants()) {
                firstMet.merge(p, day, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (Contact c : journal.contacts()) {
            LocalDate first = firstMet.get(c.id());
            LocalDate created = c.createdAt() == null ? null : c.createdAt().atZone(zone).toLocalDate();
            if (first == null && created == null) {
                continue;
            }
            YearMonth came = YearMonth.from(first == null || (created != null && created.isBefore(first)) ? created : first);
            boolean metThen = first != null && YearMonth.from(first).equals(came);
            List<String> month = (metThen ? met : added).get(came);
            if (month != null) {
                month.add(c.id());
            }
        }
    }

    /** The months, oldest first. */
    public List<Month> months() {
        return months;
    }

    public WarmthShare warmth() {
        return warmth;
    }

    /** The introductions at each stage or outcome ({@link #STAGES}), planned ones and later. */
    public Map<IntroductionStatus, List<Introduction>> introductions() {
        return introductions;
    }
}
