package app.rapport.bench;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Session;
import app.rapport.journal.Tags;
import app.rapport.journal.Tie;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated journal of 2,000 contacts in which the right introductions are known (issue 11).
 *
 * <p>The background is shaped like a networker's journal: organisations of very different sizes,
 * cities, interests in German and English with a long tail, ties (mostly among colleagues), one-to-one
 * encounters whose number follows how well the user knows someone, group lunches and calls, events
 * with attendees, a few earlier introductions and favours. Background offers and seeks are drawn from
 * two lists that by design do not meet each other; they share words with the planted tags
 * ("Start-up", "Training", "Workshop", "Gründer", ...) so that spelling alone does not find the pairs.
 *
 * <p>Into it are planted:
 * <ul>
 * <li>{@value #PLANTED} <b>complementary pairs</b>: one seeks what the other offers, written in other
 *     words (German and English synonyms, partial overlaps, inflections, compounds), some both ways,
 *     about half with an interest only the two share (sometimes in two languages). Each need is used
 *     by one pair only, so that no other pair in the journal is as complementary. The two are not
 *     tied, never took part in the same encounter, work at different organisations, and were picked
 *     among contacts generated like all others, so the user knows them as well as anyone.</li>
 * <li>{@value #TRAPS} <b>traps</b>, built the same way from needs of their own: colleagues at one
 *     organisation, two people who were at the same lunch or call, a pair of which one is marked
 *     "do not introduce", a pair of which one is archived. None may ever be suggested.</li>
 * </ul>
 * The phrases are this bench's own and deliberately not taken from the engine's concept list.
 * Deterministic for a seed; {@link #generate} checks its own promises and throws if one fails.
 */
public final class PlantedJournal {

    public static final int CONTACTS = 2_000;
    public static final int PLANTED = 40;
    public static final int TRAPS = 40;
    /** The day the journal is seen on: the user's "today". */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static final int BOTH_WAYS_PLANTED = 5;
    private static final int BOTH_WAYS_TRAPS = 5;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public enum TrapKind {
        COLLEAGUES("colleagues"), MET("met together"), DO_NOT_INTRODUCE("do not introduce"), ARCHIVED("archived");

        final String label;

        TrapKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A planted pair (by contact id) and, for reading, what makes it complementary. */
    public record Pair(String a, String b, String why) {
    }

    public record Trap(String a, String b, TrapKind kind, String why) {
    }

    public record Result(JournalSnapshot journal, List<Pair> planted, List<Trap> traps, String shape) {
    }

    /** What one person seeks and how another, who can give it, describes what they offer. */
    record Need(String seek, String offer) {
    }

    // ------------------------------------------------------------------ vocabulary

    static final String[] FIRST = {"Anna", "Jürgen", "Sophie", "Lukas", "Marie", "Jonas", "Emma", "Felix", "Lea",
        "Paul", "Hannah", "Maximilian", "Mia", "Ben", "Özlem", "Björn", "Sarah", "David", "Laura", "Tim", "Julia",
        "Niklas", "Clara", "Leon", "Amelie", "Noah", "Olivia", "James", "Emily", "Oliver", "Charlotte", "Henry",
        "Grace", "Jack", "Chloe", "Ayşe", "Mehmet", "Zoë", "Søren", "Małgorzata", "Katharina", "Stefan", "Sabine",
        "Thomas", "Andrea", "Michael", "Petra", "Frank", "Claudia", "Ralf", "Birgit", "Uwe", "Heike", "Dirk",
        "Nicole", "Sven", "Ines", "Matthias", "Franziska", "Tobias", "Johanna", "Florian", "Lena", "Moritz",
        "Elif", "Can", "Fatma", "Emre", "Aleksandra", "Piotr", "Katarzyna", "Giulia", "Marco", "Francesca",
        "Luca", "Sofía", "Javier", "Lucía", "Pablo", "Chiara", "Ingrid", "Lars", "Astrid", "Nils", "Priya",
        "Arjun", "Mei", "Wei", "Yuki", "Kenji", "Amara", "Kwame", "Fatima", "Omar", "Leila", "Dmitri", "Olga",
        "Ivana", "Tomáš", "Zsófia", "Bence", "Siobhan", "Ciarán", "Rhiannon", "Hamish", "Margarethe", "Gero",
        "Wiebke", "Hauke", "Frauke", "Jannik", "Merle", "Kerstin", "Detlef", "Renate"};
    static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
        "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier",
        "Lehmann", "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts",
        "Yılmaz", "Kowalski", "Nguyen", "Kaya", "Demir", "Şahin", "Öztürk", "Nowak", "Wiśniewski", "Rossi",
        "Russo", "Bianchi", "García", "Fernández", "López", "Martínez", "Jensen", "Hansen", "Larsen", "Andersson",
        "Nilsson", "Patel", "Sharma", "Chen", "Wang", "Li", "Tanaka", "Suzuki", "Mensah", "Okafor", "Haddad",
        "Ivanova", "Novák", "Horváth", "Kovács", "O'Brien", "Murphy", "MacLeod", "Brandt", "Vogel", "Friedrich",
        "Keller", "Günther", "Berger", "Winkler", "Lorenz", "Baumann", "Franke", "Albrecht", "Simon", "Ludwig",
        "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer",
        "Groß", "Seidel", "Heinrich", "Brandl", "Haas", "Schreiber", "Graf", "Dietrich", "Ziegler", "Kuhn",
        "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Thiele", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer"};

    static final String[][] CITIES = {{"Köln", "30"}, {"Berlin", "30"}, {"München", "20"}, {"Hamburg", "18"},
        {"Düsseldorf", "12"}, {"Frankfurt am Main", "12"}, {"Dortmund", "8"}, {"Essen", "7"}, {"Bonn", "7"},
        {"Leipzig", "7"}, {"Stuttgart", "8"}, {"Hannover", "5"}, {"Bremen", "4"}, {"Dresden", "4"},
        {"Nürnberg", "4"}, {"Münster", "4"}, {"Aachen", "4"}, {"Karlsruhe", "3"}, {"Freiburg", "3"},
        {"Wien", "5"}, {"Zürich", "4"}, {"Basel", "2"}, {"London", "4"}, {"Amsterdam", "3"}, {"Paris", "2"},
        {"Kopenhagen", "2"}, {"Lissabon", "2"}, {"Warschau", "2"}, {"Istanbul", "1"}, {"New York", "1"}};

    static final String[] INSTITUTIONS = {"Stadtwerke Köln", "Universität zu Köln", "TU München", "RWTH Aachen",
        "Fraunhofer IAO", "Max-Planck-Institut für Informatik", "Deutsche Bahn", "Stadt Düsseldorf",
        "IHK Köln", "Handwerkskammer Dortmund", "Uniklinik Essen", "Charité", "Bertelsmann Stiftung",
        "WDR", "Deutsche Welle", "Goethe-Institut", "Volkshochschule Bonn", "Landesbank Nord", "Sparkasse KölnBonn",
        "Bundesagentur für Arbeit", "Leibniz-Institut für Wirtschaftsforschung", "Hochschule Niederrhein",
        "FH Münster", "Universität Leipzig", "Humboldt-Universität zu Berlin", "Freie Universität Berlin",
        "Zürcher Hochschule der Künste", "Wirtschaftsuniversität Wien", "European Space Agency", "Greenpeace"};
    static final String[] ORG_STEMS = {"Kreislauf", "Nordlicht", "Rheinwerk", "Datenfabrik", "Hanse", "Blue Harbor",
        "Werkraum", "Alpenglühen", "Quantum Leap", "Brightside", "Greenfield", "Lichtblick", "Funkturm",
        "Kiezkraft", "Elbwerk", "Isarlabs", "Mainhattan", "Ruhrpott", "Spreeufer", "Weitblick", "Morgenrot",
        "Silberstreif", "Kompass", "Leuchtturm", "Brückenbau", "Ahorn", "Eichenholz", "Feldlerche", "Sternwarte",
        "Wellenreiter", "Tannenhof", "Fernweh", "Zugvogel", "Polarstern", "Rotkehlchen", "Gipfelstürmer",
        "Kaleidoskop", "Mosaik", "Prisma", "Taktwerk"};
    static final String[] ORG_FORMS = {"GmbH", "AG", "Ventures", "Digital GmbH", "Labs", "Studio", "Consulting",
        "eG", "Media", "Partners", "Systems", "Logistik GmbH", "Kollektiv", "Stiftung", "& Co. KG", "Capital",
        "Design", "Foods", "Energy", "Health"};

    static final String[] ROLES = {"Gründerin", "Gründer", "Geschäftsführerin", "Geschäftsführer", "CEO", "CTO",
        "Head of Marketing", "Marketing Manager", "Produktmanagerin", "Product Owner", "Software Engineer",
        "Entwicklerin", "Data Scientist", "UX Designer", "Designerin", "Vertriebsleiter", "Account Manager",
        "Projektleiterin", "Referentin", "Professorin", "Professor", "Doktorandin", "Wissenschaftlicher Mitarbeiter",
        "Journalistin", "Redakteur", "Beraterin", "Consultant", "Partner", "Investment Manager", "HR Business Partner",
        "Einkäufer", "Controllerin", "Architektin", "Ingenieur", "Freelancer", "Coach", "Community Managerin",
        "Office Managerin", "Bürgermeisterin", "Pressesprecher", "Werkstudentin", "Teamleiter", "Vorstand"};

    /** Interests roughly from common to rare; German and English both, as people write them. */
    static final String[] INTERESTS = {"Nachhaltigkeit", "KI", "Digitalisierung", "Start-ups", "sustainability",
        "Marketing", "Laufen", "Fotografie", "Kochen", "Reisen", "machine learning", "Design", "Radfahren",
        "Wandern", "Musik", "running", "entrepreneurship", "Open Source", "Yoga", "Kreislaufwirtschaft",
        "photography", "travel", "Podcasts", "Klimaschutz", "Jazz", "Fußball", "UX", "cooking", "Kunst",
        "Gründung", "Social Media", "climate tech", "Bücher", "Energiewende", "Python", "New Work", "Klettern",
        "digital transformation", "Theater", "Wein", "Kaffee", "artificial intelligence", "E-Commerce", "Bildung",
        "Architektur", "leadership", "Smart City", "Segeln", "cycling", "FinTech", "Mobilität", "hiking",
        "Ehrenamt", "Gesundheit", "Storytelling", "Tennis", "Kino", "Data Science", "agile", "Diversity",
        "Frauen in Tech", "Stadtentwicklung", "Führung", "Remote Work", "Gärtnern", "E-Mobilität", "Logistik",
        "Handel", "Mittelstand", "Datenschutz", "IT-Sicherheit", "Robotik", "Industrie 4.0", "Medizin", "Biotech",
        "Public Speaking", "Content Marketing", "Blockchain", "Schach", "Brettspiele", "Meditation", "Psychologie",
        "Philosophie", "Geschichte", "Politik", "Europa", "Journalismus", "Gaming", "Skifahren", "Surfen",
        "Triathlon", "Basketball", "Hunde", "Familienunternehmen", "renewable energy", "circular economy",
        "urban planning", "education", "EdTech", "retail", "logistics", "Landwirtschaft", "Vegan", "Food",
        "Craft Beer", "Urban Gardening", "Chor", "Gitarre", "classical music", "Architecture", "film",
        "volunteering", "health", "Pflege", "Maschinenbau", "Automotive", "Luftfahrt", "space tech", "robotics",
        "cybersecurity", "Cloud", "Statistik", "women in tech", "board games", "chess", "Elternschaft",
        "Immobilien", "Investieren", "Demokratie", "Esports", "Schwimmen", "Handball", "Fitness", "Achtsamkeit",
        "Scrum", "Mentoring", "Impact", "Social Entrepreneurship", "Crowdfunding", "Kulturmanagement"};

    /** Interests few people have: each is given to one pair, or to one person, never more. */
    static final String[][] RARE = {{"Imkerei", "beekeeping"}, {"Bogenschießen", "archery"},
        {"Kalligrafie", "calligraphy"}, {"Go (Brettspiel)", "Go (board game)"}, {"Orgelmusik", "organ music"},
        {"Oldtimer-Motorräder", "vintage motorcycles"}, {"Pilze sammeln", "mushroom foraging"},
        {"Esperanto", "Esperanto"}, {"Vogelbeobachtung", "birdwatching"}, {"Origami", "origami"},
        {"Fechten", "fencing"}, {"Kanufahren", "canoeing"}, {"Höhlenforschung", "caving"},
        {"Astrofotografie", "astrophotography"}, {"Sauerteig", "sourdough baking"}, {"Töpfern", "pottery"},
        {"Buchbinden", "bookbinding"}, {"Mittelalter-Reenactment", "medieval reenactment"},
        {"Zauberkunst", "stage magic"}, {"Modelleisenbahn", "model railways"}, {"Segelfliegen", "gliding"},
        {"Lindy Hop", "Lindy Hop"}, {"Tango Argentino", "Argentine tango"}, {"Jonglieren", "juggling"},
        {"Kintsugi", "kintsugi"}, {"Amateurfunk", "ham radio"}, {"Geocaching", "geocaching"},
        {"Ahnenforschung", "genealogy"}, {"Freitauchen", "freediving"}, {"Eisbaden", "cold-water swimming"},
        {"Whisky-Tasting", "whisky tasting"}, {"Kombucha brauen", "kombucha brewing"}, {"Bonsai", "bonsai"},
        {"Stricken", "knitting"}, {"Schmieden", "blacksmithing"}, {"Drechseln", "woodturning"},
        {"Uhrmacherei", "watchmaking"}, {"Letterpress", "letterpress printing"}, {"Mundharmonika", "harmonica"},
        {"Dudelsack", "bagpipes"}, {"Cembalo", "harpsichord"}, {"Gregorianik", "Gregorian chant"},
        {"Rudern", "rowing"}, {"Curling", "curling"}, {"Boule", "pétanque"}, {"Kitesurfen", "kitesurfing"},
        {"Skitouren", "ski touring"}, {"Langlauf", "cross-country skiing"}, {"Falknerei", "falconry"},
        {"Aquaristik", "aquariums"}, {"Terraristik", "reptile keeping"}, {"Kakteen", "cacti"},
        {"Rosenzucht", "rose growing"}, {"Permakultur", "permaculture"}, {"Käse selber machen", "cheesemaking"},
        {"Fermentieren", "fermentation"}, {"Teezeremonie", "tea ceremony"}, {"Japanische Gärten", "Japanese gardens"},
        {"Haiku", "haiku"}, {"Poetry Slam", "poetry slam"}, {"Improtheater", "improv theatre"},
        {"Puppenspiel", "puppetry"}, {"Stummfilme", "silent films"}, {"Comics zeichnen", "comic drawing"},
        {"Urban Sketching", "urban sketching"}, {"Analogfotografie", "film photography"},
        {"Schallplatten sammeln", "vinyl collecting"}, {"Modularsynthesizer", "modular synths"},
        {"Speedcubing", "speedcubing"}, {"Briefmarken", "stamp collecting"}, {"Mineralien sammeln", "mineral collecting"},
        {"Fossilien suchen", "fossil hunting"}, {"Leuchttürme", "lighthouses"}, {"Eisenbahngeschichte", "railway history"},
        {"Industriekultur", "industrial heritage"}, {"Latein", "Latin"}, {"Altgriechisch", "Ancient Greek"},
        {"Sanskrit", "Sanskrit"}, {"Isländisch", "Icelandic"}, {"Plattdeutsch", "Low German"},
        {"Gebärdensprache", "sign language"}, {"Parkour", "parkour"}, {"Unterwasserrugby", "underwater rugby"},
        {"Roller Derby", "roller derby"}, {"Ultimate Frisbee", "ultimate frisbee"}, {"Sumo", "sumo"},
        {"Slackline", "slacklining"}, {"Tischfußball", "foosball"}, {"Minigolf", "mini golf"}};

    /**
     * Offers of the background. Nobody in the journal seeks any of these (the seeks below ask for other
     * things), so they make no complementary pair; some share words with planted seeks.
     */
    static final String[] BACKGROUND_OFFERS = {"Yoga für Teams", "Moderation von Workshops", "workshop facilitation",
        "Sprachunterricht Spanisch", "Spanish lessons", "Fahrradreparatur", "Stadtführungen durch Köln",
        "city walks in Berlin", "Design-Thinking-Workshops", "insights into the automotive industry",
        "Erfahrung mit Elternzeit als Gründer", "lean start-up methods", "Scrum-Training", "Achtsamkeitskurse",
        "Beratung zu Open-Source-Lizenzen", "Kochkurse", "guitar lessons", "remote leadership experience",
        "Deutschkurse für Geflüchtete", "contacts in the games industry", "Blockchain-Know-how",
        "Expertise in Public Health", "Jurorin bei Hackathons", "Erste-Hilfe-Kurse", "Feedback zu Karrierefragen",
        "Erfahrung mit Betriebsräten", "Statistik-Nachhilfe", "creative writing workshops",
        "Wissen über Förderschulen", "Führungen durchs Museum"};

    /** Seeks of the background: nobody offers these. */
    static final String[] BACKGROUND_SEEKS = {"Laufpartner für den Marathon", "running buddy",
        "Mitfahrgelegenheit nach Hamburg", "restaurant tips for Lisbon", "Gesprächspartner für meine Masterarbeit",
        "interview partners for my thesis", "Tickets für die re:publica", "Gleichgesinnte fürs Urban Gardening",
        "a good dentist in Cologne", "Mitsegeln am Wochenende", "Tipps für den Umzug nach Wien",
        "contacts in Scandinavia", "Tipps für plastikfreies Leben", "Mitspieler:innen für Beachvolleyball",
        "book recommendations on leadership", "Leute für einen Lesekreis", "Inspiration für die Weltreise",
        "a climbing partner", "Mitstreiter für eine Bürgerinitiative", "Leute zum Brettspielen",
        "Gründerstammtisch in Leipzig", "Mitbewohnerin für meine WG", "Leute für eine Wandergruppe",
        "Mitglieder für unseren Chor"};

    /**
     * The needs of planted pairs and traps, each used by one pair only: the seek as one person wrote
     * it, the offer as the other did, in other words (synonyms across German and English, partial
     * overlaps, inflections, compounds).
     */
    static final Need[] NEEDS = {
        new Need("sucht Startkapital", "invests in early-stage start-ups"),
        new Need("Videograf gesucht", "Videoproduktion"),
        new Need("hiring developers", "Recruiting"),
        new Need("Vertrieb", "B2B sales"),
        new Need("Büroräume gesucht", "Coworking space"),
        new Need("Fördermittel", "Fördermittelberatung"),
        new Need("Anwalt für die GmbH-Gründung", "corporate law"),
        new Need("Übersetzung ins Japanische", "Japanese translator"),
        new Need("need a new logo", "Logo- und Markendesign"),
        new Need("Produktfotos für unseren Katalog", "product photography"),
        new Need("Buchhalterin gesucht", "bookkeeping for small businesses"),
        new Need("jemand für Usability-Tests", "UX-Research und Nutzertests"),
        new Need("technische Mitgründerin", "would join a start-up as CTO"),
        new Need("besseres Google-Ranking", "Suchmaschinenoptimierung"),
        new Need("Kontakte zu Journalist:innen", "PR and media relations"),
        new Need("Hilfe beim Podcast-Schnitt", "audio editing and mixing"),
        new Need("catering for our summer party", "Catering und Foodtrucks"),
        new Need("Auswertung unserer Kundendaten", "data science consulting"),
        new Need("englische Texte für unsere Website", "English copywriting"),
        new Need("Markteintritt China", "helps companies enter the Chinese market"),
        new Need("Patentanmeldung", "patent attorney"),
        new Need("Druckerei für Flyer und Plakate", "Offset- und Digitaldruck"),
        new Need("Prototyp für unsere Hardware", "rapid prototyping and 3D printing"),
        new Need("Onlineshop aufbauen", "Shopify-Agentur"),
        new Need("Datenschutzbeauftragter gesucht", "GDPR compliance"),
        new Need("Illustrationen für ein Kinderbuch", "children's book illustrator"),
        new Need("Speaker:innen für unsere Konferenz", "Keynotes zu KI"),
        new Need("Sponsoren für unseren Hackathon", "sponsoring budget for tech community events"),
        new Need("eine Mentorin, die selbst gegründet hat", "Mentoring für Gründerinnen"),
        new Need("solar panels for our roof", "Photovoltaik-Installation"),
        new Need("Lagerfläche für unsere Ware", "warehousing and fulfilment"),
        new Need("Kundenservice auslagern", "outsourced customer support"),
        new Need("Diensträder für unser Team", "bike leasing for companies"),
        new Need("contacts in hospitals", "Netzwerk in Kliniken und Pflege"),
        new Need("Hilfe mit unserem Newsletter", "email marketing"),
        new Need("mehr Follower auf Instagram", "social media management"),
        new Need("narrator for my audiobook", "Sprecherin für Hörbücher und Werbung"),
        new Need("Coding-Workshop für unsere Schule", "teaches kids to code"),
        new Need("wine for client gifts", "Weinhandel mit Firmenkunden"),
        new Need("gebrauchte Büromöbel", "refurbished office furniture"),
        new Need("Versicherung für mein Start-up", "Versicherungsmakler für Gewerbe"),
        new Need("university partner for an R&D project", "Lehrstuhl offen für Industriekooperationen"),
        new Need("Komponist für ein Theaterstück", "composes music for stage and film"),
        new Need("Gärtner für unsere Dachterrasse", "Garten- und Landschaftsbau"),
        new Need("Messestand für die Hannover Messe", "Messebau"),
        new Need("Kurierfahrten für unsere Kanzlei", "bike courier service"),
        new Need("Hilfe beim Nachhaltigkeitsbericht", "ESG reporting"),
        new Need("Penetrationstest vor dem Launch", "penetration testing"),
        new Need("barrierefreie Website", "web accessibility audits (WCAG)"),
        new Need("Interim-Produktmanager", "freelance product owner"),
        new Need("virtuelle Assistenz", "Büroservice und Terminverwaltung"),
        new Need("regionale Lieferanten für Bio-Gemüse", "organic farm supplying restaurants"),
        new Need("Beirat mit Erfahrung im Handel", "advisory board member, retail background"),
        new Need("Umfrage unter Zahnärzten", "B2B-Marktforschung"),
        new Need("SAP-Einführung", "SAP consultant"),
        new Need("Gestaltung unseres neuen Ladens", "retail interior design"),
        new Need("cleaning service for our studio", "Gebäudereinigung"),
        new Need("Kunst für unsere Büroräume", "rents out contemporary art"),
        new Need("Teamreise nach Japan", "organises incentive trips"),
        new Need("Craft-Bier für unsere Bar", "Brauerei, beliefert Gastronomie"),
        new Need("lab bench space for our biotech start-up", "S1-Labore zur Untermiete"),
        new Need("Verlag für mein Sachbuch", "literary agent (non-fiction)"),
        new Need("Automatisierung unserer Fertigung", "robotics integration"),
        new Need("Rohstoffe für Naturkosmetik", "wholesale of natural cosmetic ingredients"),
        new Need("Produktion für mein Modelabel", "Textilfertigung in Portugal"),
        new Need("turn our training into an online course", "E-Learning-Konzeption"),
        new Need("CE-Kennzeichnung für unser Medizinprodukt", "regulatory affairs for medical devices"),
        new Need("help with public tenders", "Ausschreibungsberatung"),
        new Need("Freiwillige für unser Repair-Café", "organises corporate volunteering days"),
        new Need("rooms for 50 conference guests", "Tagungshotel am Tegernsee"),
        new Need("3D-Visualisierung für unser Bauprojekt", "architectural rendering"),
        new Need("Pitch-Training vor dem Demo Day", "presentation coaching"),
        new Need("Produktionsküche auf Stundenbasis", "rents out a commercial kitchen"),
        new Need("Laboranalysen für unsere Lebensmittel", "accredited food testing lab"),
        new Need("Olivenöl direkt vom Erzeuger", "importiert Feinkost aus Apulien"),
        new Need("Seefracht nach Kanada", "freight forwarding to North America"),
        new Need("Server-Hosting in Deutschland", "managed hosting (Frankfurt data centre)"),
        new Need("childcare places for our employees' kids", "betreibt Betriebskitas"),
        new Need("Nachfolger für unseren Familienbetrieb", "takes over family businesses (succession)"),
        new Need("Lektorat für meinen Roman", "copy-editing for fiction"),
        new Need("Beschriftung für unsere Lieferwagen", "vehicle wraps"),
        new Need("Excel-Schulung für das Controlling", "spreadsheet training for finance teams"),
        new Need("Betriebsarzt für 40 Mitarbeitende", "occupational health services"),
        new Need("Kaffeeversorgung für unsere Büros", "Kaffeerösterei"),
        new Need("ISO-9001-Zertifizierung", "quality management consulting"),
        new Need("Abnehmer für Restposten", "buys overstock and returns"),
        new Need("Entsorgung alter Laptops", "IT-Recycling mit Datenlöschung"),
        new Need("neue Telefonanlage fürs Team", "VoIP and unified communications"),
        new Need("Band für unsere Weihnachtsfeier", "Live-Musik für Events"),
        new Need("Leihgeräte für einen VR-Workshop", "rents out VR headsets"),
    };

    private static final String[][] ONE_TO_ONE_TITLES = {
        {"MEETING", "Kaffee", "Treffen im Büro", "Kennenlernen", "Catch-up", "Austausch zu %s", "Spaziergang am Rhein"},
        {"CALL", "Call", "Kurzer Anruf", "Telefonat zu %s", "Check-in call", "Rückruf"},
        {"VIDEO", "Videocall", "Zoom zu %s", "Teams-Call", "Intro call"},
        {"MEAL", "Mittagessen", "Lunch", "Abendessen", "Frühstück", "Lunch: %s"},
        {"MESSAGE", "Nachricht auf LinkedIn", "Signal-Nachricht", "WhatsApp", "Message about %s"},
        {"EMAIL", "E-Mail", "Mail zu %s", "Follow-up mail", "Newsletter-Antwort"},
        {"OTHER", "Zufällig getroffen", "Im Zug getroffen", "Geburtstagsgruß"}};
    private static final String[][] GROUP_TITLES = {
        {"MEETING", "Projektmeeting", "Jour fixe", "Workshop-Vorbereitung", "Treffen zu %s"},
        {"MEAL", "Team-Lunch", "Dinner after the meetup", "Mittagessen zu dritt", "Stammtisch"},
        {"CALL", "Abstimmungs-Call", "Telefonkonferenz", "Call zu %s"},
        {"VIDEO", "Videokonferenz", "Remote-Workshop zu %s", "Online-Brainstorming"}};
    private static final String[] NOTES_DE = {"Sprachen über %s.", "Sie erzählte viel über %s.",
        "Er ist gerade sehr mit %s beschäftigt.", "Thema: %s.", "Viel gelacht; am Ende ging es um %s."};
    private static final String[] NOTES_EN = {"Talked about %s.", "Mostly about %s.", "Busy with %s these days.",
        "We ended up discussing %s."};
    private static final String[] HOW_WE_MET = {"Barcamp Köln", "über LinkedIn", "Studium in Aachen",
        "Startup Night Berlin", "Elternabend", "Stammtisch Digitale Wirtschaft", "im Coworking", "über Anna",
        "Konferenz in Hamburg", "Laufgruppe", "ehemalige Kollegin", "ehemaliger Kollege", "Hackathon",
        "through a friend", "met at a conference in London", "Nachbarschaft", "Chor", "Ehrenamt bei der Tafel"};
    private static final String[] FAVOURS = {"Kontakt zu einer Steuerberaterin vermittelt", "Buchtipp geschickt",
        "Feedback zum Lebenslauf", "Introduced to a journalist", "Ticket für die Konferenz weitergegeben",
        "Hat meinen Vortrag geteilt", "Empfehlung für eine Agentur", "Helped with a cover letter",
        "Umzugskartons geliehen", "Job-Anzeige weitergeleitet", "Zugang zu einem Datensatz", "Praktikantin empfohlen"};

    private record EventSpec(String name, String series, String city, String topic, int daysFromAsOf, int hours,
                             int attendees) {
    }

    private static final EventSpec[] EVENTS = {
        new EventSpec("Barcamp Köln 2025", "Barcamp Köln", "Köln", "Digitalisierung", -420, 9, 110),
        new EventSpec("Startup Night Berlin", null, "Berlin", "Gründung und Finanzierung", -300, 5, 90),
        new EventSpec("Nachhaltigkeitsforum Ruhr", null, "Essen", "Kreislaufwirtschaft", -200, 7, 70),
        new EventSpec("Social Media Stammtisch Ruhr", "Social Media Stammtisch Ruhr", "Dortmund", "Community building",
                -90, 3, 35),
        new EventSpec("Women in Tech Meetup", "Women in Tech Meetup", "München", "Leadership", -60, 3, 45),
        new EventSpec("Digital-Gipfel Hamburg", null, "Hamburg", "KI im Mittelstand", -30, 8, 120),
        new EventSpec("Social Media Stammtisch Ruhr", "Social Media Stammtisch Ruhr", "Dortmund", "Dialog statt Broadcast",
                10, 3, 30),
        new EventSpec("Barcamp Köln 2026", "Barcamp Köln", "Köln", "Open Government", 12, 9, 100),
        new EventSpec("Food Innovation Day", null, "Frankfurt am Main", "Food und Handel", 25, 6, 60),
        new EventSpec("Leipziger Gründertag", null, "Leipzig", "Gründung", 40, 6, 50)};

    // ------------------------------------------------------------------ the generator

    private static final class Person {
        final String id;
        final int index;
        String name;
        String organization;
        String role;
        String city;
        String email;
        String howWeMet;
        Integer keepInTouchDays;
        List<String> interests = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        List<String> seeks = new ArrayList<>();
        boolean doNotIntroduce;
        boolean archived;
        boolean background = true; // not part of a planted pair or trap
        int closeness;

        Person(int index) {
            this.index = index;
            this.id = String.format(Locale.ROOT, "c%04d", index);
        }
    }

    private static final class Meeting {
        final String id;
        final OffsetDateTime date;
        final EncounterKind kind;
        final String title;
        final String eventId;
        final List<Integer> participants = new ArrayList<>();
        String notes;
        Integer rating;
        List<FollowUp> followUps = List.of();

        Meeting(String id, OffsetDateTime date, EncounterKind kind, String title, String eventId) {
            this.id = id;
            this.date = date;
            this.kind = kind;
            this.title = title;
            this.eventId = eventId;
        }
    }

    private final Random r;
    private final List<Person> people = new ArrayList<>();
    private final Map<String, List<Integer>> members = new LinkedHashMap<>();
    private final Map<String, String> orgCity = new HashMap<>();
    private final Set<Long> ties = new HashSet<>();
    private final List<Tie> tieList = new ArrayList<>();
    private final List<Set<Integer>> neighbours = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final Set<Long> metTogether = new HashSet<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Introduction> introductions = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final double[] interestWeight;
    private final double[] cityWeight;
    private int rareUsed;

    private PlantedJournal(long seed) {
        r = new Random(seed);
        interestWeight = new double[INTERESTS.length];
        for (int i = 0; i < INTERESTS.length; i++) {
            interestWeight[i] = 1 / Math.pow(i + 4, 0.9);
        }
        cityWeight = new double[CITIES.length];
        for (int i = 0; i < CITIES.length; i++) {
            cityWeight[i] = Integer.parseInt(CITIES[i][1]);
        }
    }

    public static Result generate(long seed) {
        return new PlantedJournal(seed).build();
    }

    private Result build() {
        contacts();
        ties();
        encounters();
        events();
        historyOfIntroductionsAndFavours();
        List<Pair> planted = new ArrayList<>();
        List<Trap> traps = new ArrayList<>();
        plant(planted, traps);
        backgroundRareInterests();
        JournalSnapshot journal = snapshot();
        check(journal, planted, traps);
        return new Result(journal, List.copyOf(planted), List.copyOf(traps), shape(journal, planted, traps));
    }

    private void contacts() {
        List<String> orgs = new ArrayList<>(List.of(INSTITUTIONS));
        Set<String> made = new HashSet<>(orgs);
        while (orgs.size() < 260) {
            String name = ORG_STEMS[r.nextInt(ORG_STEMS.length)] + " " + ORG_FORMS[r.nextInt(ORG_FORMS.length)];
            if (made.add(name)) {
                orgs.add(name);
            }
        }
        Collections.shuffle(orgs, r);
        double[] orgWeight = new double[orgs.size()];
        for (int i = 0; i < orgs.size(); i++) {
            orgWeight[i] = 1 / Math.pow(i + 6, 1.1);
            orgCity.put(orgs.get(i), CITIES[pick(cityWeight)][0]);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < CONTACTS; i++) {
            Person p = new Person(i);
            String first;
            String last;
            do {
                first = FIRST[r.nextInt(FIRST.length)];
                last = LAST[r.nextInt(LAST.length)];
                if (r.nextInt(25) == 0) {
                    last = last + "-" + LAST[r.nextInt(LAST.length)];
                }
            } while (!names.add(first + " " + last));
            p.name = first + " " + last;
            if (r.nextDouble() < 0.85) {
                p.organization = orgs.get(pick(orgWeight));
                members.computeIfAbsent(p.organization, k -> new ArrayList<>()).add(i);
                p.city = r.nextDouble() < 0.8 ? orgCity.get(p.organization) : CITIES[pick(cityWeight)][0];
            } else {
                p.city = r.nextDouble() < 0.9 ? CITIES[pick(cityWeight)][0] : null;
            }
            p.role = r.nextDouble() < 0.8 ? ROLES[r.nextInt(ROLES.length)] : null;
            p.email = r.nextDouble() < 0.85 ? ascii(first) + "." + ascii(last) + "@example.org" : null;
            p.howWeMet = r.nextDouble() < 0.4 ? HOW_WE_MET[r.nextInt(HOW_WE_MET.length)] : null;
            p.keepInTouchDays = r.nextDouble() < 0.15 ? new int[] {30, 60, 90, 180}[r.nextInt(4)] : null;
            int interests = new int[] {0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6}[r.nextInt(16)];
            while (p.interests.size() < interests) {
                String tag = INTERESTS[pick(interestWeight)];
                if (!p.interests.contains(tag)) {
                    p.interests.add(tag);
                }
            }
            if (r.nextDouble() < 0.45) {
                addDistinct(p.offers, BACKGROUND_OFFERS, r.nextDouble() < 0.7 ? 1 : 2);
            }
            if (r.nextDouble() < 0.35) {
                addDistinct(p.seeks, BACKGROUND_SEEKS, r.nextDouble() < 0.75 ? 1 : 2);
            }
            double c = r.nextDouble();
            p.closeness = c < 0.35 ? 0 : c < 0.70 ? 1 : c < 0.92 ? 2 : 3;
            p.doNotIntroduce = r.nextDouble() < 0.01;
            p.archived = r.nextDouble() < 0.02;
            people.add(p);
            neighbours.add(new HashSet<>());
        }
    }

    private void ties() {
        for (List<Integer> m : members.values()) {
            double p = Math.min(0.6, 2.5 / Math.max(1, m.size() - 1));
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    if (r.nextDouble() < p) {
                        tie(m.get(i), m.get(j));
                    }
                }
            }
        }
        Map<String, List<Integer>> byCity = new HashMap<>();
        for (Person p : people) {
            if (p.city != null) {
                byCity.computeIfAbsent(p.city, k -> new ArrayList<>()).add(p.index);
            }
        }
        for (Person p : people) {
            int k = new int[] {0, 0, 1, 1, 1, 2, 2, 3}[r.nextInt(8)];
            for (int i = 0; i < k; i++) {
                List<Integer> sameCity = p.city == null ? null : byCity.get(p.city);
                int other = sameCity != null && r.nextDouble() < 0.6 ? sameCity.get(r.nextInt(sameCity.size()))
                        : r.nextInt(CONTACTS);
                if (other != p.index) {
                    tie(p.index, other);
                }
            }
        }
    }

    private void tie(int a, int b) {
        if (a == b || !ties.add(key(a, b))) {
            return;
        }
        neighbours.get(a).add(b);
        neighbours.get(b).add(a);
        Integer strength = r.nextDouble() < 0.3 ? null : 1 + r.nextInt(5);
        String note = r.nextDouble() < 0.1 ? new String[] {"Kollegen", "studied together", "Nachbarn",
            "im selben Verein", "worked on a project together"}[r.nextInt(5)] : null;
        tieList.add(new Tie(people.get(a).id, people.get(b).id, strength, note));
    }

    private void encounters() {
        int[][] countRange = {{0, 1}, {1, 4}, {4, 10}, {10, 25}};
        int[] span = {1500, 1100, 700, 400};
        for (Person p : people) {
            int[] range = countRange[p.closeness];
            int n = range[0] + r.nextInt(range[1] - range[0] + 1);
            for (int i = 0; i < n; i++) {
                Meeting m = meeting(AS_OF.minusDays(1 + r.nextInt(span[p.closeness])), ONE_TO_ONE_TITLES,
                        p.interests, null);
                m.participants.add(p.index);
                if (!p.interests.isEmpty() && r.nextDouble() < 0.25) {
                    String topic = p.interests.get(r.nextInt(p.interests.size()));
                    m.notes = r.nextBoolean() ? format(NOTES_DE, topic) : format(NOTES_EN, topic);
                }
                if (r.nextDouble() < 0.3) {
                    m.rating = 2 + r.nextInt(4);
                }
                if (r.nextDouble() < 0.05) {
                    LocalDate due = m.date.toLocalDate().plusDays(7);
                    m.followUps = List.of(new FollowUp(r.nextBoolean() ? "Unterlagen schicken" : "Send the deck",
                            due, due.isBefore(AS_OF.minusDays(14))));
                }
            }
        }
        // Group encounters, mostly with people who know each other already: colleagues or tied.
        for (int g = 0; g < 450; g++) {
            Person seed = people.get(r.nextInt(CONTACTS));
            List<Integer> candidates = new ArrayList<>(neighbours.get(seed.index));
            Collections.sort(candidates);
            if (seed.organization != null && r.nextDouble() < 0.4) {
                candidates.addAll(members.get(seed.organization));
            }
            if (r.nextDouble() < 0.1) {
                candidates.add(r.nextInt(CONTACTS));
            }
            candidates.removeIf(c -> c == seed.index);
            if (candidates.isEmpty()) {
                continue;
            }
            Meeting m = meeting(AS_OF.minusDays(1 + r.nextInt(1200)), GROUP_TITLES, seed.interests, null);
            m.participants.add(seed.index);
            int others = 1 + r.nextInt(3);
            for (int i = 0; i < others; i++) {
                int c = candidates.get(r.nextInt(candidates.size()));
                if (!m.participants.contains(c)) {
                    m.participants.add(c);
                }
            }
        }
    }

    private Meeting meeting(LocalDate day, String[][] titles, List<String> topics, String eventId) {
        String[] row = titles[r.nextInt(titles.length)];
        EncounterKind kind = EncounterKind.valueOf(row[0]);
        String title = row[1 + r.nextInt(row.length - 1)];
        if (title.contains("%s")) {
            title = topics.isEmpty() ? row[1] : String.format(Locale.ROOT, title, topics.get(r.nextInt(topics.size())));
        }
        OffsetDateTime at = ZonedDateTime.of(day, LocalTime.of(8 + r.nextInt(11), r.nextBoolean() ? 0 : 30), ZONE)
                .toOffsetDateTime();
        Meeting m = new Meeting(String.format(Locale.ROOT, "x%05d", meetings.size() + 1), at, kind, title, eventId);
        meetings.add(m);
        return m;
    }

    private void events() {
        Map<String, List<Integer>> byCity = new HashMap<>();
        for (Person p : people) {
            if (p.city != null) {
                byCity.computeIfAbsent(p.city, k -> new ArrayList<>()).add(p.index);
            }
        }
        for (int e = 0; e < EVENTS.length; e++) {
            EventSpec spec = EVENTS[e];
            String id = "e" + (e + 1);
            ZonedDateTime start = ZonedDateTime.of(AS_OF.plusDays(spec.daysFromAsOf()), LocalTime.of(spec.hours() > 6
                    ? 9 : 18, 30), ZONE);
            Set<Integer> attendees = new java.util.LinkedHashSet<>();
            List<Integer> local = byCity.getOrDefault(spec.city(), List.of());
            while (attendees.size() < spec.attendees()) {
                attendees.add(!local.isEmpty() && r.nextDouble() < 0.6 ? local.get(r.nextInt(local.size()))
                        : r.nextInt(CONTACTS));
            }
            List<Integer> who = new ArrayList<>(attendees);
            List<Session> sessions = new ArrayList<>();
            if (e % 3 == 0) {
                for (int s = 0; s < 3; s++) {
                    Person speaker = people.get(who.get(r.nextInt(who.size())));
                    String topic = speaker.interests.isEmpty() ? spec.topic() : speaker.interests.get(0);
                    sessions.add(new Session(start.plusHours(1 + s).toOffsetDateTime(),
                            start.plusHours(1 + s).plusMinutes(45).toOffsetDateTime(), topic, speaker.id));
                }
            }
            events.add(new Event(id, spec.name(), spec.series(), start.toOffsetDateTime(),
                    start.plusHours(spec.hours()).toOffsetDateTime(), spec.city(), spec.topic(),
                    who.stream().map(i -> people.get(i).id).toList(), sessions,
                    r.nextBoolean() ? "Ziel: zwei neue Leute aus der Region kennenlernen." : null));
            if (spec.daysFromAsOf() < 0) {
                for (int i : who) {
                    if (r.nextDouble() < 0.35) {
                        Meeting m = new Meeting(String.format(Locale.ROOT, "x%05d", meetings.size() + 1),
                                start.plusHours(1 + r.nextInt(spec.hours())).toOffsetDateTime(), EncounterKind.EVENT,
                                r.nextBoolean() ? "Bei " + spec.name() : "Kurz gesprochen", id);
                        m.participants.add(i);
                        meetings.add(m);
                    }
                }
            }
        }
    }

    private void historyOfIntroductionsAndFavours() {
        IntroductionStatus[] outcomes = {IntroductionStatus.INTRODUCED, IntroductionStatus.MET,
            IntroductionStatus.WORKING_TOGETHER, IntroductionStatus.DID_NOT_WORK_OUT, IntroductionStatus.DISMISSED,
            IntroductionStatus.DISMISSED, IntroductionStatus.PLANNED, IntroductionStatus.MET};
        for (int i = 0; i < 12; i++) {
            Person a = people.get(r.nextInt(CONTACTS));
            Person b = people.get(r.nextInt(CONTACTS));
            if (a == b || ties.contains(key(a.index, b.index))) {
                continue;
            }
            a.background = false; // kept out of the planted pairs and traps: their history would speak for them
            b.background = false;
            IntroductionStatus status = outcomes[i % outcomes.length];
            LocalDate day = AS_OF.minusDays(30 + r.nextInt(500));
            Map<IntroductionStatus, LocalDate> steps = new java.util.EnumMap<>(IntroductionStatus.class);
            if (status.isStep()) {
                steps.put(IntroductionStatus.PLANNED, day);
                if (status != IntroductionStatus.PLANNED) {
                    steps.put(status, day.plusDays(10));
                }
            }
            introductions.add(new Introduction("i" + (introductions.size() + 1), a.id, b.id, status,
                    day.atStartOfDay(ZONE).toInstant(), "Beide interessieren sich für ähnliche Themen.", null, steps,
                    null, null));
        }
        for (int i = 0; i < 150; i++) {
            Person p = people.get(r.nextInt(CONTACTS));
            exchanges.add(new Exchange(p.id, r.nextBoolean() ? ExchangeDirection.GIVEN : ExchangeDirection.RECEIVED,
                    AS_OF.minusDays(1 + r.nextInt(900)), FAVOURS[r.nextInt(FAVOURS.length)]));
        }
    }

    private void plant(List<Pair> planted, List<Trap> traps) {
        for (Meeting m : meetings) {
            markMet(m);
        }
        List<Integer> pool = new ArrayList<>();
        for (Person p : people) {
            if (p.background && !p.doNotIntroduce && !p.archived) {
                pool.add(p.index);
            }
        }
        Collections.shuffle(pool, r);
        List<Need> needs = new ArrayList<>(List.of(NEEDS));
        Collections.shuffle(needs, r);
        int next = 0;

        int[][] plantedPairs = new int[PLANTED][];
        for (int i = 0; i < PLANTED; i++) {
            plantedPairs[i] = strangers(pool);
        }
        TrapKind[] kinds = new TrapKind[TRAPS];
        int[][] trapPairs = new int[TRAPS][];
        for (int i = 0; i < TRAPS; i++) {
            kinds[i] = i < 12 ? TrapKind.COLLEAGUES : i < 24 ? TrapKind.MET : i < 32 ? TrapKind.DO_NOT_INTRODUCE
                    : TrapKind.ARCHIVED;
            trapPairs[i] = kinds[i] == TrapKind.COLLEAGUES ? colleagues(pool) : strangers(pool);
        }
        Need[] plantedNeed = new Need[PLANTED];
        Need[] trapNeed = new Need[TRAPS];
        for (int i = 0; i < PLANTED; i++) {
            plantedNeed[i] = needs.get(next++);
        }
        for (int i = 0; i < TRAPS; i++) {
            trapNeed[i] = needs.get(next++);
        }
        Set<Integer> bothWaysPlanted = chooseSome(PLANTED, BOTH_WAYS_PLANTED);
        Set<Integer> bothWaysTraps = chooseSome(TRAPS, BOTH_WAYS_TRAPS);
        for (int i = 0; i < PLANTED; i++) {
            Need back = bothWaysPlanted.contains(i) ? needs.get(next++) : null;
            String why = complement(plantedPairs[i], plantedNeed[i], back);
            planted.add(new Pair(people.get(plantedPairs[i][0]).id, people.get(plantedPairs[i][1]).id, why));
        }
        for (int i = 0; i < TRAPS; i++) {
            int[] pair = trapPairs[i];
            Need back = bothWaysTraps.contains(i) ? needs.get(next++) : null;
            String why = complement(pair, trapNeed[i], back);
            Person a = people.get(pair[0]);
            Person b = people.get(pair[1]);
            switch (kinds[i]) {
                case COLLEAGUES -> { }
                case MET -> {
                    String[][] titles = {{"MEAL", "Mittagessen zu dritt", "Lunch"}, {"CALL", "Call zur Kooperation",
                        "Kennenlern-Call"}, {"MEETING", "Treffen im Café", "Workshop"}, {"VIDEO", "Videocall"}};
                    Meeting m = meeting(AS_OF.minusDays(20 + r.nextInt(600)), new String[][] {titles[i % 4]},
                            List.of(), null);
                    m.participants.add(pair[0]);
                    m.participants.add(pair[1]);
                    markMet(m);
                }
                case DO_NOT_INTRODUCE -> (i % 2 == 0 ? a : b).doNotIntroduce = true;
                case ARCHIVED -> (i % 2 == 0 ? a : b).archived = true;
                default -> throw new IllegalStateException();
            }
            traps.add(new Trap(a.id, b.id, kinds[i], why));
        }
    }

    /** Gives the pair a need (one seeks, the other offers), the way back if any, and maybe a rare interest. */
    private String complement(int[] pair, Need need, Need back) {
        Person seeker = people.get(pair[0]);
        Person giver = people.get(pair[1]);
        if (r.nextBoolean()) {
            Person t = seeker;
            seeker = giver;
            giver = t;
        }
        seeker.seeks = mixIn(seeker.seeks, need.seek());
        giver.offers = mixIn(giver.offers, need.offer());
        String why = "\"" + need.seek() + "\" / \"" + need.offer() + "\"";
        if (back != null) {
            giver.seeks = mixIn(giver.seeks, back.seek());
            seeker.offers = mixIn(seeker.offers, back.offer());
            why += ", and back: \"" + back.seek() + "\" / \"" + back.offer() + "\"";
        }
        if (r.nextBoolean()) {
            String[] rare = RARE[rareUsed++];
            boolean twoLanguages = r.nextBoolean() && !rare[0].equals(rare[1]);
            seeker.interests = insert(seeker.interests, rare[0]);
            giver.interests = insert(giver.interests, twoLanguages ? rare[1] : rare[0]);
            why += ", both like " + (twoLanguages ? rare[0] + " / " + rare[1] : rare[0]);
        }
        return why;
    }

    /** The planted seek or offer in place of the person's own, half the time beside up to two of them. */
    private List<String> mixIn(List<String> own, String tag) {
        List<String> tags = new ArrayList<>();
        if (!own.isEmpty() && r.nextDouble() < 0.5) {
            tags.addAll(own.subList(0, Math.min(own.size(), 2)));
        }
        return insert(tags, tag);
    }

    /** The tag added at any place among the others. */
    private List<String> insert(List<String> own, String tag) {
        List<String> tags = new ArrayList<>(own);
        tags.add(r.nextInt(tags.size() + 1), tag);
        return tags;
    }

    private void backgroundRareInterests() {
        List<Person> background = people.stream().filter(p -> p.background).toList();
        while (rareUsed < RARE.length) {
            String[] rare = RARE[rareUsed++];
            Person a = background.get(r.nextInt(background.size()));
            a.interests = insert(a.interests, rare[0]);
            if (rareUsed % 2 == 0) { // every other rare interest is shared by two people who need nothing of each other
                Person b = background.get(r.nextInt(background.size()));
                if (b != a && !b.interests.contains(rare[0])) {
                    b.interests = insert(b.interests, r.nextBoolean() ? rare[0] : rare[1]);
                }
            }
        }
    }

    /** Two contacts from the pool who are not tied, never met together and work at different places. */
    private int[] strangers(List<Integer> pool) {
        for (int tries = 0; tries < 10_000; tries++) {
            int a = likeAnyone(pool);
            int b = likeAnyone(pool);
            if (a != b && !ties.contains(key(a, b)) && !metTogether.contains(key(a, b))
                    && !sameOrganization(a, b)) {
                pool.remove(Integer.valueOf(a));
                pool.remove(Integer.valueOf(b));
                people.get(a).background = false;
                people.get(b).background = false;
                return new int[] {a, b};
            }
        }
        throw new IllegalStateException("no two strangers left");
    }

    /**
     * A contact from the pool whom the user knows as well as someone picked from the whole journal:
     * the closeness is drawn from everyone, then a pool member of that closeness, so that planted
     * contacts are not singled out by warmth.
     */
    private int likeAnyone(List<Integer> pool) {
        int closeness = people.get(r.nextInt(CONTACTS)).closeness;
        for (int tries = 0; tries < 1_000; tries++) {
            int candidate = pool.get(r.nextInt(pool.size()));
            if (people.get(candidate).closeness == closeness) {
                return candidate;
            }
        }
        return pool.get(r.nextInt(pool.size()));
    }

    /** Two colleagues from the pool, not tied and never met together: only their organisation says they know each other. */
    private int[] colleagues(List<Integer> pool) {
        List<String> orgs = new ArrayList<>(members.keySet());
        Collections.shuffle(orgs, r);
        for (String org : orgs) {
            List<Integer> here = new ArrayList<>(members.get(org));
            here.retainAll(pool);
            if (here.size() < 2 || here.size() > 60) {
                continue;
            }
            for (int i = 0; i < here.size(); i++) {
                for (int j = i + 1; j < here.size(); j++) {
                    int a = here.get(i);
                    int b = here.get(j);
                    if (!ties.contains(key(a, b)) && !metTogether.contains(key(a, b))) {
                        pool.remove(Integer.valueOf(a));
                        pool.remove(Integer.valueOf(b));
                        people.get(a).background = false;
                        people.get(b).background = false;
                        return new int[] {a, b};
                    }
                }
            }
        }
        throw new IllegalStateException("no two colleagues left");
    }

    private Set<Integer> chooseSome(int n, int k) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        Collections.shuffle(all, r);
        return new HashSet<>(all.subList(0, k));
    }

    private void markMet(Meeting m) {
        for (int i = 0; i < m.participants.size(); i++) {
            for (int j = i + 1; j < m.participants.size(); j++) {
                metTogether.add(key(m.participants.get(i), m.participants.get(j)));
            }
        }
    }

    private boolean sameOrganization(int a, int b) {
        String x = people.get(a).organization;
        return x != null && x.equals(people.get(b).organization);
    }

    private JournalSnapshot snapshot() {
        List<Contact> contacts = new ArrayList<>();
        for (Person p : people) {
            contacts.add(Contact.builder(p.name).id(p.id).organization(p.organization).role(p.role).city(p.city)
                    .emails(p.email == null ? List.of() : List.of(p.email)).howWeMet(p.howWeMet)
                    .interests(p.interests).offers(p.offers).seeks(p.seeks).keepInTouchDays(p.keepInTouchDays)
                    .doNotIntroduce(p.doNotIntroduce).archived(p.archived)
                    .createdAt(AS_OF.minusDays(1600).atStartOfDay(ZONE).toInstant())
                    .updatedAt(AS_OF.minusDays(10).atStartOfDay(ZONE).toInstant()).build());
        }
        List<Meeting> sorted = new ArrayList<>(meetings);
        sorted.sort(java.util.Comparator.comparing((Meeting m) -> m.date).thenComparing(m -> m.id));
        List<Encounter> encounters = new ArrayList<>();
        for (Meeting m : sorted) {
            encounters.add(new Encounter(m.id, m.date, m.kind, m.title, null, m.eventId,
                    m.participants.stream().map(i -> people.get(i).id).toList(), m.notes, m.rating, m.followUps));
        }
        return new JournalSnapshot(contacts, tieList, encounters, events, introductions, exchanges);
    }

    /** The promises of the class comment, checked on the journal as written. */
    private void check(JournalSnapshot journal, List<Pair> planted, List<Trap> traps) {
        Map<String, Contact> byId = new HashMap<>();
        journal.contacts().forEach(c -> byId.put(c.id(), c));
        Set<String> tied = new HashSet<>();
        journal.ties().forEach(t -> tied.add(t.a() + "|" + t.b()));
        Set<String> met = new HashSet<>();
        for (Encounter e : journal.encounters()) {
            for (String x : e.participants()) {
                for (String y : e.participants()) {
                    if (x.compareTo(y) < 0) {
                        met.add(x + "|" + y);
                    }
                }
            }
        }
        Set<String> used = new HashSet<>();
        List<String[]> all = new ArrayList<>();
        planted.forEach(p -> all.add(new String[] {p.a(), p.b(), "planted"}));
        traps.forEach(t -> all.add(new String[] {t.a(), t.b(), t.kind().name()}));
        for (String[] pair : all) {
            Contact a = byId.get(pair[0]);
            Contact b = byId.get(pair[1]);
            String k = a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
            boolean colleagues = a.organization() != null && a.organization().equals(b.organization());
            int flagged = (a.doNotIntroduce() ? 1 : 0) + (b.doNotIntroduce() ? 1 : 0);
            int archived = (a.archived() ? 1 : 0) + (b.archived() ? 1 : 0);
            boolean ok = !tied.contains(k) && used.add(a.id()) && used.add(b.id()) && switch (pair[2]) {
                case "planted" -> !met.contains(k) && !colleagues && flagged == 0 && archived == 0;
                case "COLLEAGUES" -> !met.contains(k) && colleagues && flagged == 0 && archived == 0;
                case "MET" -> met.contains(k) && !colleagues && flagged == 0 && archived == 0;
                case "DO_NOT_INTRODUCE" -> !met.contains(k) && !colleagues && flagged == 1 && archived == 0;
                case "ARCHIVED" -> !met.contains(k) && !colleagues && flagged == 0 && archived == 1;
                default -> false;
            };
            if (!ok) {
                throw new IllegalStateException("the generated journal breaks its promise for " + pair[2] + " pair "
                        + a.name() + " / " + b.name());
            }
            if (sameSpelling(a.seeks(), b.offers()) || sameSpelling(b.seeks(), a.offers())) {
                throw new IllegalStateException("a seek and an offer are spelled alike for " + a.name() + " / " + b.name());
            }
        }
    }

    private static boolean sameSpelling(List<String> seeks, List<String> offers) {
        for (String s : seeks) {
            for (String o : offers) {
                if (Tags.normalize(s).equals(Tags.normalize(o))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line on the journal's size, and how well the user knows planted contacts against all others. */
    private String shape(JournalSnapshot journal, List<Pair> planted, List<Trap> traps) {
        Set<String> special = new HashSet<>();
        planted.forEach(p -> { special.add(p.a()); special.add(p.b()); });
        Set<String> trapped = new HashSet<>();
        traps.forEach(t -> { trapped.add(t.a()); trapped.add(t.b()); });
        Map<String, int[]> seen = new HashMap<>(); // encounters, days since the last
        for (Encounter e : journal.encounters()) {
            for (String id : e.participants()) {
                int[] s = seen.computeIfAbsent(id, k -> new int[] {0, Integer.MAX_VALUE});
                s[0]++;
                s[1] = Math.min(s[1], (int) java.time.temporal.ChronoUnit.DAYS.between(e.date().toLocalDate(), AS_OF));
            }
        }
        double[] sum = new double[4]; // planted count, planted encounters, others count, others encounters
        double[] recent = new double[4]; // planted met, planted days, others met, others days
        for (Contact c : journal.contacts()) {
            if (trapped.contains(c.id())) {
                continue;
            }
            int[] s = seen.getOrDefault(c.id(), new int[] {0, Integer.MAX_VALUE});
            int o = special.contains(c.id()) ? 0 : 2;
            sum[o]++;
            sum[o + 1] += s[0];
            if (s[0] > 0) {
                recent[o]++;
                recent[o + 1] += s[1];
            }
        }
        int orgs = (int) journal.contacts().stream().map(Contact::organization).filter(java.util.Objects::nonNull)
                .distinct().count();
        return String.format(Locale.ROOT, "%,d contacts at %d organisations, %,d ties, %,d encounters, %d events;"
                        + " %d planted pairs, %d traps. Encounters with a planted contact: %.1f on average (background %.1f),"
                        + " the last %.0f days ago (background %.0f)", journal.contacts().size(), orgs,
                journal.ties().size(), journal.encounters().size(), journal.events().size(), planted.size(),
                traps.size(), sum[1] / sum[0], sum[3] / sum[2], recent[1] / recent[0], recent[3] / recent[2]);
    }

    // ------------------------------------------------------------------ small helpers

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void addDistinct(List<String> to, String[] from, int n) {
        while (to.size() < n) {
            String t = from[r.nextInt(from.length)];
            if (!to.contains(t)) {
                to.add(t);
            }
        }
    }

    private String format(String[] patterns, String topic) {
        return String.format(Locale.ROOT, patterns[r.nextInt(patterns.length)], topic);
    }

    private static long key(int a, int b) {
        return a < b ? (long) a << 32 | b : (long) b << 32 | a;
    }

    private static String ascii(String name) {
        String n = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ı", "i")
                .replace("ł", "l").replace("ø", "o"), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "").replaceAll("[^a-z]", "");
    }
}
