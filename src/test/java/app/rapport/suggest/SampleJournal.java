package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A realistic generated journal for tests and the benchmark: German and English names, interests
 * drawn from a vocabulary with a few very common topics and a long tail of rare ones, written
 * in varying spellings; offers and seeks from a shared vocabulary of needs; ties mostly inside
 * circles of very different sizes; most contacts met rarely or never, a few often.
 */
public final class SampleJournal {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static final String[] FIRST = {
        "Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hannah", "Jonas", "Julia", "Karl", "Lena",
        "Lukas", "Marie", "Max", "Mia", "Noah", "Paul", "Sophie", "Tim", "Emma", "Leon", "Laura", "Finn",
        "Olivia", "James", "Oliver", "Charlotte", "Amelia", "George", "Harry", "Isla", "Jack", "Emily", "Thomas",
        "Sarah", "Daniel", "Sophia", "Jakob", "Ida", "Matteo", "Frieda", "Mohammed", "Aylin", "Can", "Zeynep",
        "Nils", "Ole", "Maja", "Jan", "Katrin", "Stefan", "Sabine", "Michael", "Petra", "Andreas", "Ute", "Jürgen",
        "Birgit", "Sven", "Priya", "Wei", "Lucía", "Mateo", "Chloé", "Luca", "Ines", "Tobias", "Miriam", "Björn"};
    private static final String[] LAST = {
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger",
        "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Smith", "Jones", "Taylor", "Brown",
        "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White",
        "Yılmaz", "Kaya", "Nowak", "Kowalski", "Rossi", "García", "Martin", "Dubois", "Jansen", "de Vries",
        "Öztürk", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck"};
    private static final String[] CITIES = {
        "Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund",
        "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Wien", "Zürich", "London", "Amsterdam"};
    private static final String[] ORG_WORDS = {
        "Kreislauf", "Nordlicht", "Brückenbau", "Datenwerk", "Grünfeld", "Bluebird", "Lighthouse", "Fjord",
        "Rheinblick", "Kiezküche", "Quantum", "Atlas", "Hafen", "Stadtwerk", "Pixel", "Bergwerk", "Lumen"};
    private static final String[] ORG_FORMS = {"GmbH", "UG", "AG", "Ltd", "e.V.", "Labs", "& Partner", "Studio"};
    private static final String[] ROLES = {
        "Founder", "Gründerin", "CEO", "CTO", "Product Manager", "Berater", "Consultant", "Investor",
        "Designerin", "Developer", "Community Manager", "Recruiter", "Researcher", "Professorin",
        "Head of Sales", "Marketing Lead", "Freelancer", "Journalist", "Steuerberater", "Anwältin"};

    /** Common topics first: their weight falls with the rank (Zipf), so the first dozen dominate. */
    private static final String[] INTERESTS = {
        "AI", "Marketing", "Nachhaltigkeit", "Start-ups", "Digitalisierung", "Leadership", "Social Media",
        "Innovation", "E-Commerce", "Community Building", "Design Thinking", "Product Management", "Fintech",
        "Remote Work", "New Work", "Data Science", "Machine Learning", "Cloud", "Cybersecurity", "UX Design",
        "Climate Tech", "Renewable Energy", "Mobilität", "Circular Economy", "Kreislaufwirtschaft", "Open Source",
        "Blockchain", "HR", "Employer Branding", "Content Marketing", "SEO", "Podcasts", "Photography", "Running",
        "Cycling", "Coffee", "Wine", "Cooking", "Jazz", "Klassische Musik", "Theater", "Literature", "Philosophie",
        "Psychologie", "Education", "EdTech", "HealthTech", "Biotech", "Medtech", "Food Tech", "Agritech",
        "Urban Gardening", "Smart City", "Real Estate", "Architektur", "Interior Design", "Fashion",
        "Sustainable Fashion", "Mode", "Retail", "B2B Sales", "Vertrieb", "Negotiation", "Public Speaking",
        "Storytelling", "Journalism", "Politik", "Europa", "Ehrenamt", "Social Entrepreneurship", "Impact Investing",
        "Venture Capital", "Angel Investing", "Crowdfunding", "Familienunternehmen", "Mittelstand", "Logistik",
        "Supply Chain", "Industrie 4.0", "IoT", "Robotics", "Automotive", "E-Mobility", "Wasserstoff", "Solar",
        "Wind Energy", "Energy Storage", "Batterien", "Agile", "Scrum", "Kanban", "DevOps", "Kubernetes", "Rust",
        "Java", "Python", "TypeScript", "WordPress", "No-Code", "Low Code", "Web3", "Gaming", "E-Sports", "VR",
        "AR", "3D Printing", "Maker", "Hardware", "Quantum Computing", "Space", "Astronomie", "Segeln", "Climbing",
        "Yoga", "Meditation", "Mental Health", "Ernährung", "Sport", "Fußball", "Tennis", "Golf", "Reisen",
        "Travel", "Hiking", "Wandern", "Books", "Comics", "Film", "Kunst", "Art", "Galerien", "Design",
        "Typography", "Branding", "Advertising", "PR", "Influencer Marketing", "Newsletter", "Community",
        "Barcamps", "Meetups", "Stammtisch", "Networking", "Mentoring", "Coaching", "Diversity", "Gender Equality",
        "Frauen in Tech", "Women in Tech", "Inklusion", "Accessibility", "Barrierefreiheit", "Datenschutz",
        "Privacy", "GDPR", "Legal Tech", "RegTech", "InsurTech", "Banking", "Steuern", "Accounting", "Controlling",
        "Private Equity", "M&A", "Nachfolge", "Handwerk", "Landwirtschaft", "Forstwirtschaft", "Biodiversität",
        "Ocean Conservation", "Plastic Free", "Zero Waste", "Upcycling", "Repair Cafés", "Sharing Economy",
        "Co-Working", "Co-Living", "Tiny Houses", "Genossenschaften", "Kommunalpolitik", "Stadtentwicklung",
        "Open Data", "Civic Tech", "GovTech", "Bildungspolitik", "Hochschulen", "Forschung", "Wissenschaftskommunikation"};
    private static final String[] NICHE_HEADS = {
        "regional", "urban", "nordic", "alpine", "rural", "Berliner", "Kölner", "Hamburger", "vintage", "historic",
        "independent", "experimental", "community", "open", "slow", "micro", "nachhaltige", "digitale"};
    private static final String[] NICHE_TAILS = {
        "beekeeping", "ceramics", "printmaking", "brewing", "fermentation", "bouldering", "synthesizers", "radio",
        "Fotografie", "Keramik", "Kartografie", "Typografie", "Mode", "Möbel", "Brettspiele", "Chorgesang",
        "Stadtgeschichte", "Bahnreisen", "Schach", "Weinbau", "Imkerei", "Kaffeeröstung", "bookbinding", "sailing"};
    /** What people offer and seek: one vocabulary, so seeks can meet offers. */
    private static final String[] NEEDS = {
        "Seed-Finanzierung", "Investoren", "Angel Investment", "B2B Sales Contacts", "Vertriebskontakte",
        "Mentoring", "Co-Founder", "Developers", "Entwickler", "UX Design", "Pilotkunden", "Pilot Customers",
        "Legal Advice", "Rechtsberatung", "Steuerberatung", "Tax Advice", "Förderprogramme", "Grants", "Office Space",
        "Büroräume", "Marketing Support", "PR Contacts", "Pressekontakte", "Speaker Slots", "Bühne für Vorträge",
        "Recruiting", "Fachkräfte", "Praktikanten", "Interns", "Cloud Credits", "Data Science Know-how",
        "Machine Learning Expertise", "Hardware Prototyping", "Manufacturing Partners", "Produktionspartner",
        "Supply Chain Contacts", "Logistikpartner", "Export Know-how", "US Market Entry", "Markteintritt DACH",
        "Coaching", "Leadership Coaching", "Feedback on Pitch Deck", "Pitch-Training", "Board Members", "Beirat",
        "Product Feedback", "Beta Testers", "Research Partners", "Forschungspartner", "Hochschulkontakte",
        "Stiftungskontakte", "Impact Investors", "Crowdfunding Know-how", "Nachfolger", "Nachfolgeregelung",
        "Übersetzungen", "Translations", "Fotografen", "Videoproduktion", "Website", "WordPress-Hilfe",
        "Buchhaltung", "Controller", "CFO as a Service", "Interim Management", "Change Management",
        "Community Management", "Event Location", "Veranstaltungsort", "Sponsoren", "Sponsors", "Media Partners",
        "Kooperationspartner", "Distribution Partners", "Retail Partners", "Einzelhandelskontakte"};

    private SampleJournal() {
    }

    public static JournalSnapshot generate(int contactCount, int tieCount, long seed) {
        Random r = new Random(seed);
        List<String> niche = new ArrayList<>();
        for (String head : NICHE_HEADS) {
            for (String tail : NICHE_TAILS) {
                niche.add(head + " " + tail);
            }
        }
        // The long tail: many topics few people share.
        for (int i = 0; i < 2000; i++) {
            niche.add(NICHE_TAILS[i % NICHE_TAILS.length] + " " + CITIES[(i / NICHE_TAILS.length) % CITIES.length]
                    + (i >= NICHE_TAILS.length * CITIES.length ? " " + (i / (NICHE_TAILS.length * CITIES.length)) : ""));
        }
        Zipf interestRank = new Zipf(INTERESTS.length, 0.9, r);
        Zipf needOfferRank = new Zipf(NEEDS.length, 0.9, r);
        Zipf needSeekRank = new Zipf(NEEDS.length, 0.9, r);
        int[] seekOrder = shuffled(NEEDS.length, r); // popular seeks are not the popular offers

        int circleCount = Math.max(1, contactCount / 25);
        Zipf circleSize = new Zipf(circleCount, 0.8, r);
        List<List<Integer>> circles = new ArrayList<>();
        for (int i = 0; i < circleCount; i++) {
            circles.add(new ArrayList<>());
        }
        int[] circleOf = new int[contactCount];

        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < contactCount; i++) {
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            Set<String> interests = new LinkedHashSet<>();
            int wanted = 4 + r.nextInt(5); // 4..8, about 6
            while (interests.size() < wanted) {
                String topic = r.nextDouble() < 0.2 ? niche.get(r.nextInt(niche.size())) : INTERESTS[interestRank.next()];
                interests.add(spell(topic, r));
            }
            Set<String> offers = new LinkedHashSet<>();
            int offerCount = 1 + r.nextInt(3); // 1..3, about 2
            while (offers.size() < offerCount) {
                offers.add(spell(NEEDS[needOfferRank.next()], r));
            }
            List<String> seeks = new ArrayList<>();
            double s = r.nextDouble();
            int seekCount = s < 0.15 ? 0 : s < 0.85 ? 1 : 2;
            while (seeks.size() < seekCount) {
                String need = spell(NEEDS[seekOrder[needSeekRank.next()]], r);
                if (!seeks.contains(need)) {
                    seeks.add(need);
                }
            }
            int circle = circleSize.next();
            circleOf[i] = circle;
            circles.get(circle).add(i);
            contacts.add(Contact.builder(name)
                    .id(id(i))
                    .organization(ORG_WORDS[r.nextInt(ORG_WORDS.length)] + " " + ORG_FORMS[r.nextInt(ORG_FORMS.length)])
                    .role(ROLES[r.nextInt(ROLES.length)])
                    .city(CITIES[r.nextInt(CITIES.length)])
                    .interests(new ArrayList<>(interests))
                    .offers(new ArrayList<>(offers))
                    .seeks(seeks)
                    .archived(r.nextDouble() < 0.02)
                    .doNotIntroduce(r.nextDouble() < 0.01)
                    .build());
        }

        List<Tie> ties = new ArrayList<>();
        Set<Long> tied = new HashSet<>();
        int attempts = 0;
        while (ties.size() < tieCount && attempts++ < tieCount * 20 && contactCount > 1) {
            int a = r.nextInt(contactCount);
            List<Integer> circle = circles.get(circleOf[a]);
            int b = r.nextDouble() < 0.9 && circle.size() > 1 ? circle.get(r.nextInt(circle.size())) : r.nextInt(contactCount);
            if (a == b) {
                continue;
            }
            long key = (long) Math.min(a, b) * contactCount + Math.max(a, b);
            if (tied.add(key)) {
                Integer strength = r.nextDouble() < 0.5 ? null : 1 + r.nextInt(5);
                ties.add(new Tie(id(a), id(b), strength, null));
            }
        }

        List<Encounter> encounters = new ArrayList<>();
        EncounterKind[] kinds = EncounterKind.values();
        int next = 0;
        for (int i = 0; i < contactCount; i++) {
            double activity = r.nextDouble();
            int count = activity < 0.55 ? 0 : activity < 0.85 ? 1 + r.nextInt(3)
                    : activity < 0.97 ? 4 + r.nextInt(7) : 10 + r.nextInt(30);
            for (int k = 0; k < count; k++) {
                // Recent encounters are more common than old ones.
                int daysAgo = (int) Math.min(4 * 365, -Math.log(1 - r.nextDouble()) * 300);
                OffsetDateTime date = AS_OF.minusDays(daysAgo).atTime(8 + r.nextInt(12), 0).atOffset(ZoneOffset.ofHours(1));
                List<String> participants = new ArrayList<>();
                participants.add(id(i));
                List<Integer> circle = circles.get(circleOf[i]);
                if (r.nextDouble() < 0.2 && circle.size() > 1) {
                    int other = circle.get(r.nextInt(circle.size()));
                    if (other != i) {
                        participants.add(id(other));
                    }
                }
                Integer rating = r.nextDouble() < 0.5 ? null : 1 + r.nextInt(5);
                encounters.add(new Encounter("x" + (next++), date, kinds[r.nextInt(kinds.length)], "Talk",
                        null, null, participants, null, rating, List.of()));
            }
        }
        return new JournalSnapshot(contacts, ties, encounters);
    }

    static String id(int i) {
        return "c" + i;
    }

    /** The same topic as different people write it: case, hyphens, plural, run together. */
    static String spell(String topic, Random r) {
        double p = r.nextDouble();
        if (p < 0.70) {
            return topic;
        }
        if (p < 0.78) {
            return topic.toLowerCase(Locale.ROOT);
        }
        if (p < 0.86) {
            return topic.contains(" ") ? topic.replace(' ', '-') : topic.replace("-", " ");
        }
        if (p < 0.93) {
            return inflect(topic);
        }
        return topic.replace("-", "").replace(" ", "");
    }

    private static String inflect(String topic) {
        if (topic.endsWith("ung")) {
            return topic + "en";
        }
        if (topic.endsWith("s") || topic.endsWith("en")) {
            return topic;
        }
        if (topic.endsWith("y")) {
            return topic.substring(0, topic.length() - 1) + "ies";
        }
        return topic + "s";
    }

    private static int[] shuffled(int n, Random r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** Ranks 0..n-1 with probability falling as 1 / (rank + 1)^s. */
    private static final class Zipf {
        private final double[] cumulative;
        private final Random r;

        Zipf(int n, double s, Random r) {
            this.r = r;
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next() {
            double u = r.nextDouble();
            int i = java.util.Arrays.binarySearch(cumulative, u);
            return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
        }
    }
}
