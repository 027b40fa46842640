package app.rapport.ui;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Journal;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small, realistic journal for screenshots and UI tests: 30 people from the German- and
 * English-speaking networking scene, with tags, ties and encounters. Deterministic.
 */
public final class SampleJournal {

    /** The day the sample's encounters lead up to: today, so that the timeline looks current. */
    public static final LocalDate TODAY = LocalDate.now();

    private SampleJournal() {
    }

    private record Person(String name, String org, String role, String city, String interests, String offers,
                          String seeks) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Anna Schmidt", "Kreislauf GmbH", "Founder", "Köln",
                    "circular economy, wordpress, remote work", "marketplace design", "seed funding, b2b sales contacts"),
            new Person("Jürgen Müller", "Rheinland Ventures", "Partner", "Düsseldorf",
                    "climate tech, circular economy", "seed funding, board experience", "impact start-ups"),
            new Person("Sophie Becker", "Stadtwerke Bonn", "Head of Innovation", "Bonn",
                    "energy transition, open data", "pilot projects", "start-up partners"),
            new Person("James Whitfield", "Northbridge Consulting", "Senior Consultant", "London",
                    "b2b sales, SaaS", "sales coaching", "German market entry"),
            new Person("Lena Hoffmann", null, "Freelance UX designer", "Berlin",
                    "accessibility, design systems", "UX research", "long-term clients"),
            new Person("Mehmet Yılmaz", "Yılmaz Logistik", "Managing Director", "Dortmund",
                    "logistics, electric vans", "warehouse space", "route optimisation"),
            new Person("Emily Clarke", "OpenMaps Foundation", "Community Manager", "Manchester",
                    "open data, community building", "speaking slots", "sponsors"),
            new Person("Thomas Weber", "Weber & Söhne", "CFO", "Essen",
                    "family business, succession", "finance mentoring", "successor candidates"),
            new Person("Katharina Schäfer", "Ruhr-Universität Bochum", "Researcher", "Bochum",
                    "machine learning, route optimisation", "research partnership", "industry data"),
            new Person("Oliver Bennett", "BrightSpark", "CTO", "Bristol",
                    "SaaS, developer tools", "technical due diligence", "co-founder"),
            new Person("Fatima Al-Sayed", "Social Media Stammtisch Ruhr", "Organiser", "Dortmund",
                    "community building, social media", "event venue", "speakers"),
            new Person("Lukas Fischer", "Kaffeerösterei Fischer", "Owner", "Münster",
                    "speciality coffee, e-commerce", "coffee catering", "online shop developer"),
            new Person("Hannah Wagner", "Grünraum Architekten", "Architect", "Köln",
                    "sustainable building, circular economy", "office refurbishment design", "furniture suppliers"),
            new Person("Daniel Kowalski", "PixelForge", "Game Developer", "Hamburg",
                    "game design, VR", "Unity development", "publisher contacts"),
            new Person("Charlotte Evans", "Evans Legal", "Lawyer", "London",
                    "data protection, start-ups", "GDPR advice", "tech clients"),
            new Person("Felix Braun", "Braun Robotics", "Founder", "Aachen",
                    "robotics, logistics", "warehouse automation", "pilot customers"),
            new Person("Marie Dubois", "Café Europa", "Owner", "Köln",
                    "events, speciality coffee", "meetup venue", "regular event series"),
            new Person("Stefan Krüger", "IHK Köln", "Start-up Advisor", "Köln",
                    "start-ups, funding programmes", "grant advice", "founders"),
            new Person("Priya Sharma", "DataWise", "Data Scientist", "Frankfurt",
                    "machine learning, open data", "data analysis", "side projects"),
            new Person("Max Zimmermann", "WordPress Meetup Köln", "Developer", "Köln",
                    "wordpress, e-commerce", "online shop development", "freelance projects"),
            new Person("Sarah O'Connor", "GreenLoop", "Head of Partnerships", "Dublin",
                    "circular economy, b2b sales", "partner network", "German partners"),
            new Person("Tobias Richter", "Richter Druck", "Managing Director", "Wuppertal",
                    "printing, family business", "print production", "successor"),
            new Person("Julia Neumann", "Neumann PR", "PR Consultant", "Düsseldorf",
                    "social media, storytelling", "press contacts", "start-up clients"),
            new Person("William Hughes", null, "Angel Investor", "Cambridge",
                    "climate tech, deep tech", "seed funding", "European deal flow"),
            new Person("Nina Schwarz", "Kreislauf GmbH", "Head of Sales", "Köln",
                    "b2b sales, circular economy", "sales pipeline", "sales coaching"),
            new Person("Ahmet Demir", "Demir Bau", "Project Lead", "Gelsenkirchen",
                    "sustainable building", "construction know-how", "refurbished materials"),
            new Person("Laura Meyer", "VHS Bochum", "Programme Manager", "Bochum",
                    "education, digital skills", "course slots", "trainers"),
            new Person("Benjamin Carter", "Carter & Co", "Recruiter", "London",
                    "recruiting, SaaS", "candidate network", "clients"),
            new Person("Clara Vogel", null, "Illustrator", "Leipzig",
                    "illustration, storytelling", "illustrations", "publishers"),
            new Person("Erik Lindqvist", "Nordic Mobility", "Business Developer", "Stockholm",
                    "electric vans, logistics", "fleet data", "German partners"));

    /** Fills an empty journal; returns the stored contacts by name. */
    public static Map<String, Contact> fill(Journal journal) {
        Map<String, Contact> byName = new LinkedHashMap<>();
        Random r = new Random(20260310);
        for (int i = 0; i < PEOPLE.size(); i++) {
            Person p = PEOPLE.get(i);
            String first = p.name().split(" ")[0];
            String last = p.name().substring(p.name().indexOf(' ') + 1);
            String domain = p.org() == null ? "example.org"
                    : p.org().toLowerCase().replaceAll("[^a-z]", "") + ".example";
            Contact.Builder b = Contact.builder(p.name())
                    .organization(p.org()).role(p.role()).city(p.city())
                    .emails(List.of(ascii(first).toLowerCase() + "." + ascii(last).toLowerCase().replace(" ", "")
                            + "@" + domain))
                    .interests(split(p.interests())).offers(split(p.offers())).seeks(split(p.seeks()));
            if (i % 3 == 0) {
                b.phones(List.of(p.city().equals("London") || p.city().equals("Manchester")
                        ? "+44 20 7946 0" + (100 + i) : "+49 221 555 0" + (100 + i)));
            }
            if (i % 4 == 0) {
                b.birthday(i % 8 == 0 ? Birthday.of(1978 + i, 1 + i % 12, 3 + i) : Birthday.of(1 + (i * 5) % 12, 10 + i % 15));
            }
            if (i % 5 == 0) {
                b.keepInTouchDays(i % 10 == 0 ? 60 : 90);
            }
            if (i % 6 == 1) {
                b.links(List.of("https://www.linkedin.com/in/" + ascii(first).toLowerCase() + "-"
                        + ascii(last).toLowerCase().replace(" ", "")));
            }
            b.howWeMet(HOW_WE_MET[i % HOW_WE_MET.length]);
            if (p.name().equals("Anna Schmidt")) {
                b.notes("Building a marketplace for refurbished office furniture. Wants to talk to investors "
                        + "who understand circular business models. Prefers calls in the morning.");
                b.links(List.of("https://kreislauf.example/team/anna"));
            }
            if (p.name().equals("Tobias Richter")) {
                b.archived(true);
            }
            if (p.name().equals("Benjamin Carter")) {
                b.doNotIntroduce(true);
            }
            Contact saved = journal.saveContact(b.build());
            byName.put(p.name(), saved);
        }
        addTies(journal, byName);
        addEncounters(journal, byName, r);
        return byName;
    }

    private static final String[] HOW_WE_MET = {
        "WordPress Meetup Köln, 2025", "Social Media Stammtisch Ruhr", "Introduced by Stefan Krüger",
        "Barcamp Ruhr 2024", "Conference dinner at re:publica", "Co-working space Gasmotorenfabrik",
        "LinkedIn message about a talk", "Startup Weekend Bonn",
    };

    private static void addTies(Journal journal, Map<String, Contact> c) {
        String[][] ties = {
            {"Anna Schmidt", "Nina Schwarz", "5", "work together at Kreislauf"},
            {"Anna Schmidt", "Max Zimmermann", "3", "WordPress meetup regulars"},
            {"Anna Schmidt", "Hannah Wagner", "2", null},
            {"Anna Schmidt", "Stefan Krüger", "3", "he advised on the grant application"},
            {"Jürgen Müller", "William Hughes", "4", "co-invested twice"},
            {"Sophie Becker", "Katharina Schäfer", "2", "joint research call"},
            {"Mehmet Yılmaz", "Felix Braun", "3", null},
            {"Emily Clarke", "Priya Sharma", "2", "open data conference"},
            {"Fatima Al-Sayed", "Julia Neumann", "4", "organise the Stammtisch together"},
            {"Lukas Fischer", "Marie Dubois", "5", "supplies her café"},
            {"Charlotte Evans", "James Whitfield", "3", null},
            {"Thomas Weber", "Tobias Richter", "3", "family business circle"},
            {"Oliver Bennett", "Benjamin Carter", "2", null},
            {"Laura Meyer", "Katharina Schäfer", "2", null},
        };
        for (String[] t : ties) {
            journal.saveTie(new Tie(c.get(t[0]).id(), c.get(t[1]).id(), Integer.valueOf(t[2]), t[3]));
        }
    }

    private record Template(EncounterKind kind, String title, String place, String notes) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(EncounterKind.MEETING, "Coffee after the meetup", "Café Europa, Köln",
                    "Talked about what makes a meetup worth coming back to."),
            new Template(EncounterKind.CALL, "Quick catch-up", null, "Updates on both sides; agreed to stay in touch."),
            new Template(EncounterKind.VIDEO, "Intro call", null, "First proper conversation, shared goals for the year."),
            new Template(EncounterKind.EVENT, "Social Media Stammtisch Ruhr", "Dortmund",
                    "Good conversation at the bar about community building without ads."),
            new Template(EncounterKind.MEAL, "Lunch", "Brauhaus Früh, Köln", "Relaxed lunch; talked about family and work."),
            new Template(EncounterKind.MESSAGE, "Congratulated on the new role", null, null),
            new Template(EncounterKind.EMAIL, "Sent the slides from my talk", null, "Asked for feedback on the section about pricing."),
            new Template(EncounterKind.EVENT, "Barcamp Ruhr", "Unperfekthaus, Essen",
                    "Met at the session on open data in cities."),
            new Template(EncounterKind.MEETING, "Workshop planning", "Gasmotorenfabrik, Köln",
                    "Planned a joint workshop for founders in spring."));

    private static void addEncounters(Journal journal, Map<String, Contact> c, Random r) {
        String anna = c.get("Anna Schmidt").id();
        save(journal, at(2, 9, 30), EncounterKind.CALL, "Seed round: first investor list", null,
                List.of(anna), "Went through her list of investors. She has not talked to anyone who knows "
                        + "circular business models. Jürgen Müller would be a good fit.", 5,
                List.of(new FollowUp("Send Anna the Rheinland Ventures deck", TODAY.plusDays(3), false)));
        save(journal, at(16, 19, 0), EncounterKind.EVENT, "WordPress Meetup Köln", "Startplatz, Köln",
                List.of(anna, c.get("Max Zimmermann").id(), c.get("Hannah Wagner").id()),
                "Talk on WooCommerce for marketplaces; Anna asked many questions about payments.", 4, List.of());
        save(journal, at(41, 12, 30), EncounterKind.MEAL, "Lunch with the Kreislauf team", "Brauhaus Früh, Köln",
                List.of(anna, c.get("Nina Schwarz").id()), "They need warm introductions to facility managers.", 4,
                List.of(new FollowUp("Ask Sophie Becker about facility managers at Stadtwerke", TODAY.minusDays(20), true)));
        save(journal, at(75, 10, 0), EncounterKind.VIDEO, "Grant application review", null,
                List.of(anna, c.get("Stefan Krüger").id()), "Stefan walked us through the NRW start-up grant.", 3,
                List.of());
        save(journal, at(130, 18, 30), EncounterKind.MEETING, "First coffee", "Café Europa, Köln", List.of(anna),
                "Met after the meetup; she was looking for a co-working space.", 4, List.of());
        save(journal, at(200, 9, 0), EncounterKind.MESSAGE, "Congratulated on the Kreislauf launch", null,
                List.of(anna), null, null, List.of());
        List<String> ids = c.values().stream().map(Contact::id).toList();
        for (int i = 0; i < 48; i++) {
            Template t = TEMPLATES.get(r.nextInt(TEMPLATES.size()));
            List<String> participants = new ArrayList<>();
            participants.add(ids.get(1 + r.nextInt(ids.size() - 1)));
            if (t.kind() == EncounterKind.EVENT || t.kind() == EncounterKind.MEAL) {
                String other = ids.get(1 + r.nextInt(ids.size() - 1));
                if (!participants.contains(other)) {
                    participants.add(other);
                }
            }
            save(journal, at(3 + r.nextInt(420), 8 + r.nextInt(11), r.nextBoolean() ? 0 : 30), t.kind(), t.title(),
                    t.place(), participants, t.notes(), r.nextInt(6) == 0 ? null : 2 + r.nextInt(4), List.of());
        }
    }

    private static OffsetDateTime at(int daysAgo, int hour, int minute) {
        return TODAY.minusDays(daysAgo).atTime(hour, minute).atOffset(ZoneOffset.ofHours(1));
    }

    private static void save(Journal journal, OffsetDateTime date, EncounterKind kind, String title, String place,
                             List<String> participants, String notes, Integer rating, List<FollowUp> followUps) {
        journal.saveEncounter(new Encounter(null, date, kind, title, place, null, participants, notes, rating, followUps));
    }

    private static List<String> split(String tags) {
        return List.of(tags.split(",\\s*"));
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s.replace("ß", "ss").replace("ı", "i"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("'", "");
    }
}
