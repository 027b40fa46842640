package app.rapport.bench;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A large journal for benchmarks: names with umlauts, organisations, cities, tags from a
 * vocabulary with a long tail, ties, and encounters spread over years. Contact {@code c0} has
 * exactly {@link #HUB_ENCOUNTERS} encounters, for the "open a busy contact" measurement.
 */
public final class SyntheticJournal {

    public static final int HUB_ENCOUNTERS = 300;

    static final String[] FIRST = {"Anna", "Jürgen", "Sophie", "Lukas", "Marie", "Jonas", "Emma", "Felix", "Lea",
        "Paul", "Hannah", "Maximilian", "Mia", "Ben", "Özlem", "Björn", "Sarah", "David", "Laura", "Tim", "Julia",
        "Niklas", "Clara", "Leon", "Amelie", "Noah", "Olivia", "James", "Emily", "Oliver", "Charlotte", "Henry",
        "Grace", "Jack", "Chloe", "Ayşe", "Mehmet", "Zoë", "Søren", "Małgorzata"};
    static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
        "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Yılmaz", "Kowalski",
        "Nguyen"};
    static final String[] ORGS = {"Kreislauf GmbH", "Nordlicht Ventures", "Rheinwerk Digital", "Acme Ltd",
        "Stadtwerke Köln", "Fraunhofer IAO", "Greenfield Capital", "Brightside Studio", "Datenfabrik AG",
        "Hanse Consulting", "Blue Harbor Labs", "Werkraum eG", "Alpenglühen Media", "Quantum Leap Partners"};
    static final String[] CITIES = {"Köln", "Berlin", "München", "Hamburg", "Düsseldorf", "Dortmund", "Leipzig",
        "Wien", "Zürich", "London", "Amsterdam", "Frankfurt am Main"};
    static final String[] TAGS = {"circular economy", "wordpress", "seed funding", "b2b sales", "machine learning",
        "community building", "ux research", "climate tech", "open source", "public speaking", "Finanzierung",
        "Nachhaltigkeit", "e-commerce", "Start-ups", "social media", "recruiting", "product management",
        "data protection", "Kreislaufwirtschaft", "impact investing", "design thinking", "photography",
        "podcasting", "real estate", "logistics", "healthcare", "edtech", "fintech", "agile coaching", "marketing"};

    private SyntheticJournal() {
    }

    public static JournalSnapshot generate(int contacts, int encounters, int ties, long seed) {
        Random r = new Random(seed);
        List<Contact> people = new ArrayList<>(contacts);
        for (int i = 0; i < contacts; i++) {
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            people.add(Contact.builder(name).id("c" + i)
                    .organization(ORGS[r.nextInt(ORGS.length)]).city(CITIES[r.nextInt(CITIES.length)])
                    .emails(List.of("person" + i + "@example.org"))
                    .interests(tags(r, 6)).offers(tags(r, 2)).seeks(tags(r, 1))
                    .notes("Met at " + CITIES[r.nextInt(CITIES.length)] + " meetup; talked about "
                            + TAGS[r.nextInt(TAGS.length)] + ".")
                    .build());
        }
        Set<Long> seen = new HashSet<>();
        List<Tie> tieList = new ArrayList<>();
        while (tieList.size() < ties) {
            int a = r.nextInt(contacts);
            int b = (a + 1 + r.nextInt(Math.min(200, contacts - 1))) % contacts;
            long key = Math.min(a, b) * (long) contacts + Math.max(a, b);
            if (a != b && seen.add(key)) {
                tieList.add(new Tie("c" + a, "c" + b, 1 + r.nextInt(5), null));
            }
        }
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.ofHours(1));
        EncounterKind[] kinds = EncounterKind.values();
        List<Encounter> list = new ArrayList<>(encounters);
        for (int i = 0; i < encounters; i++) {
            List<String> participants = new ArrayList<>();
            if (i < HUB_ENCOUNTERS) {
                participants.add("c0");
            } else {
                participants.add("c" + (1 + r.nextInt(contacts - 1)));
            }
            if (r.nextInt(4) == 0) {
                String other = "c" + (1 + r.nextInt(contacts - 1));
                if (!participants.contains(other)) {
                    participants.add(other);
                }
            }
            List<FollowUp> followUps = r.nextInt(5) == 0
                    ? List.of(new FollowUp("Send notes", LocalDate.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28)), r.nextBoolean()))
                    : List.of();
            list.add(new Encounter("x" + i, now.minusMinutes(r.nextInt(60 * 24 * 365 * 5)), kinds[r.nextInt(kinds.length)],
                    "Talk about " + TAGS[r.nextInt(TAGS.length)], CITIES[r.nextInt(CITIES.length)], null, participants,
                    "Notes " + i + ": " + TAGS[r.nextInt(TAGS.length)], 1 + r.nextInt(5), followUps));
        }
        return new JournalSnapshot(people, tieList, list);
    }

    private static List<String> tags(Random r, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Skewed towards the front of the list: a few common tags and a long tail.
            int index = (int) Math.min(TAGS.length - 1, Math.abs(r.nextGaussian()) * TAGS.length / 2.5);
            out.add(TAGS[index]);
        }
        return out;
    }
}
