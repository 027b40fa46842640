package app.rapport.interchange.demo;

import java.util.List;

/**
 * Words the demo journal is made of: names, places, organisations and the tags of a dozen
 * professional worlds, in German and English. Lists are ordered from common to rare; the generator
 * picks with Zipf-like weights, so a few tags are everywhere and many appear only a handful of
 * times, as in a real network. Some tags come in inflected or translated variants on purpose
 * ({@code Finanzierung}/{@code Finanzierungen}, {@code investor}/{@code investors}), because the
 * introduction engine must match them.
 */
final class DemoVocabulary {

    private DemoVocabulary() {
    }

    static final List<String> GERMAN_WOMEN = List.of(
            "Anna", "Julia", "Laura", "Lea", "Sarah", "Katharina", "Lena", "Hannah", "Sophie", "Marie",
            "Johanna", "Lisa", "Clara", "Miriam", "Franziska", "Carolin", "Theresa", "Nina", "Charlotte", "Jana",
            "Sabine", "Ute", "Birgit", "Petra", "Susanne", "Heike", "Claudia", "Martina", "Anke", "Silke",
            "Merve", "Aylin", "Zeynep", "Agnieszka", "Katarzyna", "Giulia", "Elena", "Ivana", "Olga", "Leyla");

    static final List<String> GERMAN_MEN = List.of(
            "Lukas", "Felix", "Jonas", "Maximilian", "Leon", "Paul", "Tobias", "Jan", "Florian", "Sebastian",
            "Moritz", "Niklas", "Philipp", "Tim", "David", "Simon", "Benedikt", "Matthias", "Stefan", "Andreas",
            "Thomas", "Michael", "Jürgen", "Markus", "Frank", "Dirk", "Ralf", "Uwe", "Jörg", "Björn",
            "Emre", "Can", "Piotr", "Luca", "Marco", "Nikola", "Dimitri", "Yusuf", "Mats", "Deniz");

    static final List<String> GERMAN_LAST_NAMES = List.of(
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
            "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
            "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber",
            "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert",
            "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz",
            "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin",
            "Yılmaz", "Kaya", "Demir", "Öztürk", "Nowak", "Kowalski", "Rossi", "Esposito", "Petrović", "Ivanova");

    static final List<String> ENGLISH_WOMEN = List.of(
            "Olivia", "Emma", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy",
            "Chloe", "Ella", "Lily", "Freya", "Evie", "Rachel", "Hannah", "Rebecca", "Claire", "Laura",
            "Siobhan", "Aoife", "Niamh", "Fiona", "Eilidh", "Priya", "Aisha", "Mei", "Yuki", "Lucía",
            "Sarah", "Jennifer", "Jessica", "Ashley", "Megan");

    static final List<String> ENGLISH_MEN = List.of(
            "James", "Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Thomas", "William", "Oscar",
            "Henry", "Alfie", "Daniel", "Samuel", "Joseph", "Matthew", "Andrew", "Christopher", "Benjamin", "Patrick",
            "Ciaran", "Liam", "Connor", "Callum", "Rhys", "Arjun", "Omar", "Wei", "Kenji", "Carlos",
            "Michael", "David", "Robert", "Kevin", "Brian");

    static final List<String> ENGLISH_LAST_NAMES = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez",
            "Cox", "Alexander", "Morgan", "Moore", "Martin", "Price", "Turner", "Cooper", "Hughes", "Edwards",
            "Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "O'Sullivan", "Walsh", "Campbell", "MacDonald", "Stewart",
            "Anderson", "Scott", "Reid", "Chen", "Nguyen", "Kim", "Singh", "Ali", "Garcia", "Okafor",
            "Mensah", "Nakamura", "Fernandes", "Cohen", "Fitzgerald", "Brennan", "Gallagher", "Hayes", "Baker", "Bell");

    /** Cities of the German-speaking contacts, with the area code used for their phone numbers. */
    static final List<String[]> GERMAN_CITIES = List.of(
            new String[] {"Berlin", "30"}, new String[] {"Köln", "221"}, new String[] {"Hamburg", "40"},
            new String[] {"München", "89"}, new String[] {"Dortmund", "231"}, new String[] {"Düsseldorf", "211"},
            new String[] {"Frankfurt am Main", "69"}, new String[] {"Essen", "201"}, new String[] {"Leipzig", "341"},
            new String[] {"Stuttgart", "711"}, new String[] {"Bochum", "234"}, new String[] {"Münster", "251"},
            new String[] {"Bonn", "228"}, new String[] {"Dresden", "351"}, new String[] {"Hannover", "511"},
            new String[] {"Nürnberg", "911"}, new String[] {"Bremen", "421"}, new String[] {"Karlsruhe", "721"},
            new String[] {"Aachen", "241"}, new String[] {"Freiburg im Breisgau", "761"},
            new String[] {"Mannheim", "621"}, new String[] {"Duisburg", "203"}, new String[] {"Wuppertal", "202"},
            new String[] {"Potsdam", "331"});

    /** Cities of the English-speaking contacts, with country and area code for their phone numbers. */
    static final List<String[]> ENGLISH_CITIES = List.of(
            new String[] {"London", "44", "20", "Europe/London"}, new String[] {"Manchester", "44", "161", "Europe/London"},
            new String[] {"Dublin", "353", "1", "Europe/Dublin"}, new String[] {"Edinburgh", "44", "131", "Europe/London"},
            new String[] {"Bristol", "44", "117", "Europe/London"}, new String[] {"Amsterdam", "31", "20", "Europe/Amsterdam"},
            new String[] {"Cork", "353", "21", "Europe/Dublin"}, new String[] {"Leeds", "44", "113", "Europe/London"},
            new String[] {"New York", "1", "212", "America/New_York"}, new String[] {"Toronto", "1", "416", "America/Toronto"},
            new String[] {"Glasgow", "44", "141", "Europe/London"}, new String[] {"Copenhagen", "45", "33", "Europe/Copenhagen"});

    /** Event series with German names, which an English-speaking circle would not run. */
    static final java.util.Set<String> GERMAN_SERIES = java.util.Set.of("Gründerstammtisch", "Kreislauf-Stammtisch",
            "KI-Stammtisch", "Vertriebler-Frühstück", "New Work Stammtisch", "Transfer-Café", "Kultur-Stammtisch",
            "Social Media Stammtisch");

    static final List<String> GERMAN_ORG_WORDS = List.of(
            "Kreislauf", "Nordlicht", "Rheinwerk", "Brückenschlag", "Funkenflug", "Weitblick", "Zukunftswerk",
            "Datenfabrik", "Grünkraft", "Lichtblick", "Klarsicht", "Feldweg", "Kompass", "Werkbank", "Ruhrpott",
            "Hafenkante", "Sonnendeck", "Leuchtturm", "Kiezwerk", "Bergfest", "Fernweh", "Gedankenblitz",
            "Wolkenlos", "Steinkohle", "Zeitgeist", "Kaffeeklatsch", "Wegweiser", "Apfelbaum", "Eichhorn", "Morgenrot");

    static final List<String> GERMAN_ORG_FORMS = List.of(
            "GmbH", "GmbH", "GmbH", "UG", "AG", "Consulting", "Digital", "Studio", "& Partner", "e.V.", "Labs",
            "Agentur", "Stiftung", "eG");

    static final List<String> ENGLISH_ORG_WORDS = List.of(
            "Brightside", "Northwind", "Bluebird", "Clearwater", "Oakridge", "Silverline", "Redbrick", "Fieldstone",
            "Lighthouse", "Harbour", "Kestrel", "Greenleaf", "Ironbridge", "Starling", "Foxglove", "Riverbend",
            "Thistle", "Copperfield", "Westgate", "Highland", "Meridian", "Cobalt", "Lantern", "Evergreen");

    static final List<String> ENGLISH_ORG_FORMS = List.of(
            "Ltd", "Ltd", "Labs", "Partners", "Ventures", "Studio", "Consulting", "Capital", "Group", "Collective",
            "Foundation", "Analytics");

    /** Where researchers work. */
    static final List<String> UNIVERSITIES_GERMAN = List.of(
            "Universität zu Köln", "TU Dortmund", "Ruhr-Universität Bochum", "Universität Hamburg",
            "Hochschule Düsseldorf", "TU Dresden", "Universität Leipzig", "Fraunhofer-Institut");

    static final List<String> UNIVERSITIES_ENGLISH = List.of(
            "University College Dublin", "Imperial College London", "University of Manchester",
            "University of Edinburgh", "Trinity College Dublin", "University of Bristol");

    static final List<String> PUBLIC_ORGS = List.of(
            "Universität zu Köln", "TU Dortmund", "Ruhr-Universität Bochum", "Stadtwerke Essen",
            "IHK Köln", "Handwerkskammer Düsseldorf", "Wirtschaftsförderung Dortmund", "Volkshochschule Bonn",
            "University College Dublin", "Imperial College London", "City Council Manchester");

    /**
     * A professional world: its meetups, the roles people have in it, and its interests, offers
     * and seeks, each list ordered from common to rare.
     */
    record Theme(String key, List<String> roles, List<String> interests, List<String> offers, List<String> seeks,
                 List<String> eventSeries, List<String> sessionTopics) {
    }

    static final List<Theme> THEMES = List.of(
            new Theme("startups",
                    List.of("Founder;Gründer|Gründerin", "CEO", "Business Angel", "Investment Manager",
                            "Product Manager", "COO", "Start-up coach;Startup-Coach"),
                    List.of("startups", "venture capital", "Gründung", "business angels", "pitching", "bootstrapping",
                            "Startup-Ökosystem", "SaaS", "product market fit", "Unternehmertum", "growth hacking"),
                    List.of("angel investment", "seed funding", "pitch deck feedback", "Kontakte zu Investoren",
                            "Mentoring für Gründer", "Finanzierungen", "investor introductions", "go-to-market strategy"),
                    List.of("seed funding", "b2b sales contacts", "legal advice", "Finanzierung", "UX research",
                            "social media strategy", "co-founder", "Steuerberatung", "Mitgründer", "first customers"),
                    List.of("Startup Grind", "Gründerstammtisch", "Pitch Night"),
                    List.of("What investors look for in a seed round", "Von der Idee zum MVP",
                            "Bootstrapping vs. venture capital", "Fundraising mistakes we made")),
            new Theme("climate",
                    List.of("Sustainability Manager", "Sustainability consultant;Nachhaltigkeitsberater|Nachhaltigkeitsberaterin",
                            "Energy consultant;Energieberater|Energieberaterin", "Founder;Gründer|Gründerin",
                            "Project lead;Projektleiter|Projektleiterin", "Climate Analyst"),
                    List.of("circular economy", "Kreislaufwirtschaft", "climate tech", "Nachhaltigkeit",
                            "renewable energy", "e-mobility", "Energiewende", "Upcycling", "carbon accounting",
                            "Wasserstoff"),
                    List.of("LCA consulting", "Fördermittelberatung", "energy audits", "CO2-Bilanzierung",
                            "refurbished office furniture", "solar installation"),
                    List.of("seed funding", "Fördermittelberatung", "pilot projects", "Finanzierungen", "data analysis",
                            "impact investors", "research collaboration", "Pilotkunden"),
                    List.of("Climate Tech Breakfast", "Kreislauf-Stammtisch"),
                    List.of("Circular business models in practice", "Wie wir unseren CO2-Fußabdruck halbiert haben",
                            "Funding for climate start-ups")),
            new Theme("web",
                    List.of("Web Developer;Entwickler|Entwicklerin", "Senior Developer", "Frontend Developer",
                            "WordPress developer", "CTO", "Agency owner;Agenturinhaber|Agenturinhaberin"),
                    List.of("wordpress", "web development", "open source", "accessibility", "Barrierefreiheit",
                            "PHP", "JavaScript", "Performance", "headless CMS", "Web-Typografie", "Gutenberg"),
                    List.of("WordPress development", "web design", "SEO", "hosting", "Barrierefreiheit-Audits",
                            "code reviews", "Webentwicklung"),
                    List.of("copywriting", "freelance projects", "UX research", "Steuerberatung", "Aufträge", "clients",
                            "frontend developers"),
                    List.of("WordPress Meetup", "Web Performance Night"),
                    List.of("Block themes in practice", "Barrierefreiheit ab 2025: was jetzt gilt",
                            "Making WordPress fast")),
            new Theme("social",
                    List.of("Social Media Manager", "Community Manager;Community Manager|Community Managerin",
                            "Content Creator", "Marketing Lead", "Journalist;Journalist|Journalistin", "Podcaster",
                            "PR consultant;PR-Berater|PR-Beraterin"),
                    List.of("social media", "content marketing", "community building", "Storytelling",
                            "influencer marketing", "podcasting", "LinkedIn", "Personal Branding",
                            "Online-Marketing", "newsletters"),
                    List.of("social media strategy", "copywriting", "Texte schreiben", "video production",
                            "podcast production", "Pressekontakte", "community management"),
                    List.of("event photography", "speaking opportunities", "video production", "web design", "Reichweite",
                            "clients in B2B", "Kunden"),
                    List.of("Social Media Stammtisch", "Content Club"),
                    List.of("Dialogue instead of broadcast", "Community building auf LinkedIn",
                            "What we learned from 100 podcast episodes")),
            new Theme("data",
                    List.of("Data Scientist", "Data Engineer", "ML Engineer", "Head of Data",
                            "PhD student;Doktorand|Doktorandin", "Analytics Consultant"),
                    List.of("machine learning", "data science", "KI", "Python", "data engineering", "MLOps",
                            "künstliche Intelligenz", "LLMs", "data visualisation", "Statistik"),
                    List.of("data analysis", "Python training", "ML consulting", "Datenanalyse", "dashboards",
                            "data engineering"),
                    List.of("research collaboration", "training data", "Datenschutzberatung", "GPU compute",
                            "legal advice", "data scientists", "industry partners"),
                    List.of("PyData", "KI-Stammtisch"),
                    List.of("LLMs in production", "Datenqualität zuerst", "Forecasting with small data")),
            new Theme("design",
                    List.of("UX Designer", "Designer;Designer|Designerin", "Service Designer", "Art Director",
                            "Illustrator;Illustrator|Illustratorin", "UX Researcher;UX Researcher|UX Researcherin"),
                    List.of("UX design", "service design", "typography", "Design Thinking", "user research",
                            "Illustration", "Gestaltung", "design systems", "Typografie"),
                    List.of("UX research", "branding", "Logo-Design", "workshop facilitation", "Workshop-Moderation",
                            "illustration", "Usability-Tests"),
                    List.of("design clients", "copywriting", "WordPress development", "user testers", "Steuerberatung",
                            "Aufträge"),
                    List.of("UX Roundtable", "Creative Mornings"),
                    List.of("Research with five users", "Design Systems für kleine Teams")),
            new Theme("sales",
                    List.of("Sales Director;Vertriebsleiter|Vertriebsleiterin", "Account Executive",
                            "Key Account Manager;Key Account Manager|Key Account Managerin", "Business Developer",
                            "Head of Partnerships"),
                    List.of("B2B sales", "Vertrieb", "negotiation", "account management", "CRM", "Verhandlung",
                            "partnerships", "Kaltakquise"),
                    List.of("b2b sales contacts", "sales training", "Vertriebskontakte", "sponsors", "Vertriebstraining",
                            "introductions to retailers"),
                    List.of("b2b sales contacts", "social media strategy", "Leads", "data analysis", "Vertriebspartner",
                            "new clients"),
                    List.of("Sales Circle", "Vertriebler-Frühstück"),
                    List.of("Warm intros beat cold calls", "Verhandeln mit Einkäufern")),
            new Theme("hr",
                    List.of("Recruiter;Recruiter|Recruiterin", "HR officer;Personalreferent|Personalreferentin",
                            "Head of People", "HR Business Partner", "Coach", "Talent Acquisition Lead"),
                    List.of("recruiting", "New Work", "employer branding", "remote work", "Personalentwicklung",
                            "Führung", "leadership", "Vier-Tage-Woche"),
                    List.of("recruiting", "HR consulting", "Coaching", "Karriereberatung", "leadership coaching"),
                    List.of("developers", "social media strategy", "event locations", "Coaching", "Fachkräfte",
                            "Praktikanten", "interns"),
                    List.of("HR Meetup", "New Work Stammtisch"),
                    List.of("Hiring without a recruiter", "Die Vier-Tage-Woche nach einem Jahr")),
            new Theme("law",
                    List.of("Lawyer;Rechtsanwalt|Rechtsanwältin", "Tax adviser;Steuerberater|Steuerberaterin", "Accountant",
                            "Data protection officer;Datenschutzbeauftragter|Datenschutzbeauftragte"),
                    List.of("Steuerrecht", "Datenschutz", "GDPR", "accounting", "Förderprogramme", "Vertragsrecht",
                            "intellectual property", "Gesellschaftsrecht"),
                    List.of("legal advice", "Rechtsberatung", "tax advice", "Steuerberatung", "Buchhaltung",
                            "contract review", "Datenschutzberatung"),
                    List.of("new clients", "web design", "Mandanten", "social media strategy", "Mandate"),
                    List.of("Legal Tech Meetup"),
                    List.of("GDPR for start-ups", "Verträge, die man versteht")),
            new Theme("research",
                    List.of("Professor;Professor|Professorin", "Postdoc", "PhD student;Doktorand|Doktorandin",
                            "Research Fellow", "Technology transfer manager;Transfermanager|Transfermanagerin"),
                    List.of("open science", "research transfer", "Wissenschaftskommunikation", "biotech",
                            "Hochschule", "materials science", "Robotik", "citizen science"),
                    List.of("research collaboration", "lab access", "student projects", "pilot projects",
                            "Forschungskooperation", "Studienprojekte"),
                    List.of("industry partners", "Fördermittelberatung", "data analysis", "Drittmittel", "copywriting",
                            "Industriepartner", "Finanzierung"),
                    List.of("Science Slam", "Transfer-Café"),
                    List.of("Science meets industry", "Forschung verständlich erklären")),
            new Theme("food",
                    List.of("Café owner;Cafébetreiber|Cafébetreiberin", "Restaurateur;Gastronom|Gastronomin",
                            "Chef;Koch|Köchin", "Food Entrepreneur", "Coffee roaster;Röster|Rösterin", "Caterer"),
                    List.of("food tech", "Gastronomie", "specialty coffee", "regional food", "Spezialitätenkaffee",
                            "zero waste", "Slow Food"),
                    List.of("event catering", "Räume für Events", "coffee roasting", "Catering",
                            "event locations"),
                    List.of("social media strategy", "event photography", "suppliers", "Buchhaltung", "Lieferanten",
                            "Stammkunden"),
                    List.of("Food Founders Night"),
                    List.of("Regional sourcing at scale", "Vom Foodtruck zum Café")),
            new Theme("culture",
                    List.of("Photographer;Fotograf|Fotografin", "Event Manager", "Host;Moderator|Moderatorin",
                            "Arts manager;Kulturmanager|Kulturmanagerin", "Musician;Musiker|Musikerin",
                            "Event organiser;Veranstalter|Veranstalterin"),
                    List.of("barcamps", "Meetups", "photography", "jazz", "Ehrenamt", "Kunst", "Fotografie",
                            "Theater", "Festivals"),
                    List.of("event photography", "Moderation", "speakers", "event organisation",
                            "Veranstaltungsorganisation"),
                    List.of("sponsors", "event locations", "speakers", "event catering", "Sponsoren", "Räume für Events",
                            "Sponsor"),
                    List.of("Barcamp", "Kultur-Stammtisch"),
                    List.of("How to run a barcamp", "Ehrenamt braucht Struktur")));

    /** Interests outside work, a long tail: most appear only a few times in a large journal. */
    static final List<String> HOBBIES = List.of(
            "running", "cycling", "hiking", "Wandern", "Fotografie", "photography", "cooking", "Kochen",
            "yoga", "Rennrad", "bouldering", "Klettern", "board games", "Brettspiele", "sailing", "Segeln",
            "gardening", "Urban Gardening", "chess", "Schach", "Marathon", "football", "Fußball", "wine", "Wein",
            "craft beer", "jazz", "vinyl records", "sourdough", "Sauerteig", "beekeeping", "Imkerei",
            "birdwatching", "3D printing", "mechanical keyboards", "sci-fi", "Philosophie", "Geschichte", "tango",
            "choir singing", "Chor", "ceramics", "Töpfern", "knitting", "Go", "poetry slam", "Improtheater",
            "improv theatre", "Oldtimer", "Modelleisenbahn", "Triathlon", "swimming", "Schwimmen", "surfing",
            "kitesurfing", "Skifahren", "skiing", "Tischtennis", "table tennis", "Handball", "Volleyball",
            "Badminton", "climbing", "Bergsteigen", "travel", "Reisen", "Japan", "Italien", "languages",
            "Sprachen", "Spanisch lernen", "learning Japanese", "piano", "Klavier", "guitar", "Gitarre",
            "drums", "Schlagzeug", "opera", "Oper", "theatre", "film", "Filme", "Kino", "comics", "Manga",
            "podcasts", "audiobooks", "Hörbücher", "reading", "Lesen", "Krimis", "crime novels", "poetry",
            "Lyrik", "calligraphy", "Kalligrafie", "watercolour", "Aquarell", "sketching", "woodworking",
            "Holzarbeiten", "Upcycling-Möbel", "repair cafés", "Repair-Café", "bike repair", "vintage cars",
            "astronomy", "Astronomie", "Pilze sammeln", "foraging", "fermentation", "Fermentieren", "tea",
            "Tee", "coffee", "Kaffee", "whisky", "Gin", "cocktails", "baking", "Backen", "vegan cooking",
            "vegane Küche", "dogs", "Hunde", "cats", "horses", "Reiten", "Angeln", "fishing", "Camping",
            "vanlife", "Stand-up-Paddling", "rowing", "Rudern", "Kanu", "fencing", "Fechten", "Judo", "karate",
            "Aikido", "Boxen", "Pilates", "meditation", "Meditation", "Ahnenforschung", "genealogy",
            "Denkmalpflege", "architecture", "Architektur", "urbanism", "Stadtplanung", "Lokalpolitik",
            "local politics", "Freifunk", "amateur radio", "Amateurfunk", "Go-Kart", "Formel 1", "darts");

    static final List<String> HOW_WE_MET_GERMAN = List.of(
            "Kennengelernt bei „%s“ %d", "Über %s vorgestellt", "Haben zusammen bei %s gearbeitet",
            "Zusammen studiert in %s", "Bei „%s“ %d nebeneinander gesessen", "Über LinkedIn, danach Kaffee",
            "Gleicher Coworking Space", "Im Zug von Köln nach Berlin ins Gespräch gekommen");

    static final List<String> HOW_WE_MET_ENGLISH = List.of(
            "Met at %s %d", "Introduced by %s", "Former colleague at %s", "Studied together in %s",
            "Sat next to each other at %s %d", "Via LinkedIn, then coffee", "Same coworking space",
            "Got talking on a train to London");

    static final List<String> ENCOUNTER_TITLES_GERMAN = List.of(
            "Kaffee", "Mittagessen", "Kurzer Anruf", "Videocall", "Austausch über %s", "Feierabendbier",
            "Spaziergang", "Frühstück", "Nachricht wegen %s", "Abstimmung zu %s");

    static final List<String> ENCOUNTER_TITLES_ENGLISH = List.of(
            "Coffee", "Lunch", "Quick call", "Video call", "Catch-up about %s", "Drinks after work", "Walk",
            "Breakfast", "Message about %s", "Sync on %s");

    static final List<String> PLACES = List.of(
            "Café Central", "Coworking Space", "Kantine", "Büro", "Hauptbahnhof", "Rösterei am Markt",
            "Zoom", "Teams", "Biergarten", "The Old Bell", "Brauhaus", "Mensa", "Stadtpark");

    static final List<String> FOLLOW_UPS = List.of(
            "Send intro deck", "Kontakt zu %s herstellen", "Share the article about %s", "Angebot schicken",
            "Follow up on %s", "Termin für nächsten Kaffee finden", "Send the recording", "Buchtipp schicken",
            "Introduce to %s", "Feedback geben zu %s");

    static final List<String> EXCHANGES_GIVEN = List.of(
            "Recommended %s to a lawyer", "Hat von mir eine Empfehlung für %s bekommen",
            "Gave feedback on pitch deck", "Shared a job posting", "Ihr Konferenzticket übernommen",
            "Introduced to %s", "Proofread a grant application", "Kontakt zu einem Investor vermittelt",
            "Lent my projector for a workshop");

    static final List<String> EXCHANGES_RECEIVED = List.of(
            "Got a referral for a client project", "Hat mich für einen Vortrag empfohlen",
            "Reviewed my offer", "Introduced me to %s", "Gab mir Tipps zur Förderung",
            "Invited me to speak at %s", "Shared their investor list", "Hat meinen Newsletter geteilt");

    static final List<String> OUTCOMES = List.of(
            "They started a pilot project together.", "Sie arbeiten seit dem Frühjahr zusammen.",
            "Met twice, no fit for now.", "Kein gemeinsames Projekt, aber gegenseitig weiterempfohlen.",
            "Signed a contract after three months: 1 + 1 = 3.", "Das Gespräch war nett, mehr nicht.");
}
