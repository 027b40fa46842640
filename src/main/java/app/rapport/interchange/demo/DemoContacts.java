package app.rapport.interchange.demo;

import app.rapport.interchange.demo.DemoJournal.Person;
import app.rapport.interchange.demo.DemoVocabulary.Theme;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Tags;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The contacts of a demo journal: a name no one else has, where they live, where they work, how to
 * reach them, what they care about, offer and seek, and a few words on how the user met them.
 * Draws in a fixed order, so the same seed gives the same people.
 */
final class DemoContacts {

    private final DemoDraws rnd;
    private final LocalDate today;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();

    DemoContacts(DemoDraws rnd, LocalDate today) {
        this.rnd = rnd;
        this.today = today;
    }

    Contact contact(Person p) {
        String first = rnd.zipf(p.german ? p.woman ? DemoVocabulary.GERMAN_WOMEN : DemoVocabulary.GERMAN_MEN
                : p.woman ? DemoVocabulary.ENGLISH_WOMEN : DemoVocabulary.ENGLISH_MEN);
        String last = lastName(p, first);
        String name = first + " " + last;
        usedNames.add(name);
        Contact.Builder contact = Contact.builder(name).id(p.id);

        String phonePrefix = home(p, contact);
        String organization = work(p, contact);
        reachable(p, first, last, organization, phonePrefix, contact);
        contact.birthday(birthday());

        Theme theme = p.circle.theme();
        List<String> interests = Tags.clean(interests(theme));
        List<String> offers = Tags.clean(offers(theme));
        List<String> seeks = Tags.clean(seeks(theme));
        contact.interests(interests).offers(offers).seeks(seeks);

        contact.howWeMet(rnd.nextInt(100) < 60 ? howWeMet(p, organization) : null);
        contact.notes(rnd.nextInt(100) < 35 ? contactNotes(p, offers, seeks) : null);
        contact.keepInTouchDays(switch (p.closeness) {
            case 0 -> rnd.nextBoolean() ? 30 : 60;
            case 1 -> rnd.nextBoolean() ? 90 : 120;
            case 2 -> rnd.nextInt(100) < 30 ? 180 : null;
            default -> null;
        });
        contact.doNotIntroduce(rnd.nextInt(100) < 2);
        contact.archived(p.closeness == 3 && rnd.nextInt(100) < 8);
        return contact.build();
    }

    /**
     * Common names come up often (zipf), but a journal full of namesakes looks like duplicates:
     * draws again a few times before allowing a second "Lukas Müller".
     */
    private String lastName(Person p, String first) {
        String last = p.german ? rnd.zipf(DemoVocabulary.GERMAN_LAST_NAMES) : rnd.zipf(DemoVocabulary.ENGLISH_LAST_NAMES);
        for (int retry = 0; retry < 6 && usedNames.contains(first + " " + last); retry++) {
            last = p.german ? rnd.pick(DemoVocabulary.GERMAN_LAST_NAMES) : rnd.pick(DemoVocabulary.ENGLISH_LAST_NAMES);
        }
        return last;
    }

    /** The city, mostly the circle's; returns the phone prefix that goes with it. */
    private String home(Person p, Contact.Builder contact) {
        String city = p.circle.city();
        String phonePrefix = "+" + p.circle.countryCode() + " " + p.circle.areaCode();
        if (rnd.nextInt(100) >= 80) {
            // Someone from the circle who lives elsewhere.
            if (p.german) {
                String[] c = rnd.zipf(DemoVocabulary.GERMAN_CITIES);
                city = c[0];
                phonePrefix = "+49 " + c[1];
            } else {
                String[] c = rnd.zipf(DemoVocabulary.ENGLISH_CITIES);
                city = c[0];
                phonePrefix = "+" + c[1] + " " + c[2];
            }
        }
        contact.city(city);
        return phonePrefix;
    }

    /** Role and organization (none for a freelancer); returns the organization. */
    private String work(Person p, Contact.Builder contact) {
        DemoJournal.Circle circle = p.circle;
        String organization;
        String role = role(rnd.zipf(circle.theme().roles()), p);
        int kind = rnd.nextInt(100);
        if (circle.theme().key().equals("research") && kind < 75) {
            organization = rnd.pick(circle.german() ? DemoVocabulary.UNIVERSITIES_GERMAN
                    : DemoVocabulary.UNIVERSITIES_ENGLISH);
        } else if (kind < 14) {
            organization = null;
            role = p.german ? p.woman ? "Freiberuflerin" : "Freiberufler" : "Freelancer";
        } else if (kind < 20) {
            organization = rnd.pick(DemoVocabulary.PUBLIC_ORGS);
        } else {
            organization = rnd.zipf(circle.organizations());
        }
        contact.organization(organization).role(role);
        return organization;
    }

    private void reachable(Person p, String first, String last, String organization, String phonePrefix,
                           Contact.Builder contact) {
        String slug = slug(first) + "." + slug(last);
        List<String> emails = new ArrayList<>();
        if (rnd.nextInt(100) < 88) {
            emails.add(uniqueEmail(slug, organization == null ? "mail" : slug(organization.split("[ -]")[0])));
        }
        if (rnd.nextInt(100) < 15) {
            emails.add(uniqueEmail(slug(first) + rnd.nextInt(100), p.german ? "posteo" : "fastmail"));
        }
        List<String> phones = new ArrayList<>();
        if (rnd.nextInt(100) < 60) {
            phones.add(phonePrefix + " 555 " + String.format(Locale.ROOT, "%04d", rnd.nextInt(10_000)));
        }
        List<String> links = new ArrayList<>();
        if (rnd.nextInt(100) < 35) {
            links.add("https://" + slug(first) + "-" + slug(last) + ".example");
        }
        contact.emails(emails).phones(phones).links(links);
    }

    private Birthday birthday() {
        if (rnd.nextInt(100) >= 55) {
            return null;
        }
        LocalDate d = LocalDate.of(1955 + rnd.nextInt(46), 1, 1).plusDays(rnd.nextInt(365));
        return rnd.nextBoolean() ? Birthday.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                : Birthday.of(d.getMonthValue(), d.getDayOfMonth());
    }

    private List<String> interests(Theme theme) {
        List<String> interests = new ArrayList<>();
        int interestCount = 4 + rnd.nextInt(5);
        for (int i = 0; i < interestCount; i++) {
            int r = rnd.nextInt(100);
            if (r < 60) {
                interests.add(rnd.zipf(theme.interests()));
            } else if (r < 78) {
                interests.add(rnd.zipf(otherTheme(theme).interests()));
            } else {
                interests.add(rnd.zipf(DemoVocabulary.HOBBIES));
            }
        }
        return interests;
    }

    private List<String> offers(Theme theme) {
        List<String> offers = new ArrayList<>();
        int offerCount = 1 + rnd.nextInt(3);
        for (int i = 0; i < offerCount; i++) {
            offers.add(rnd.zipf(rnd.nextInt(100) < 80 ? theme.offers() : otherTheme(theme).offers()));
        }
        return offers;
    }

    private List<String> seeks(Theme theme) {
        List<String> seeks = new ArrayList<>();
        int seekCount = rnd.nextInt(100) < 15 ? 0 : rnd.nextInt(100) < 80 ? 1 : 2;
        for (int i = 0; i < seekCount; i++) {
            seeks.add(rnd.zipf(rnd.nextInt(100) < 70 ? theme.seeks() : otherTheme(theme).seeks()));
        }
        return seeks;
    }

    /**
     * A role written {@code English;German man|German woman}: English speakers get the English
     * title, German speakers often keep the English one too, as they do in these fields.
     */
    private String role(String spec, Person p) {
        int semicolon = spec.indexOf(';');
        if (semicolon < 0) {
            return spec;
        }
        if (!p.german || rnd.nextInt(100) < 35) {
            return spec.substring(0, semicolon);
        }
        String[] german = spec.substring(semicolon + 1).split("\\|");
        return p.woman && german.length > 1 ? german[1] : german[0];
    }

    private Theme otherTheme(Theme not) {
        Theme t;
        do {
            t = DemoVocabulary.THEMES.get(rnd.nextInt(DemoVocabulary.THEMES.size()));
        } while (t == not && DemoVocabulary.THEMES.size() > 1);
        return t;
    }

    private String howWeMet(Person p, String organization) {
        List<String> templates = p.german ? DemoVocabulary.HOW_WE_MET_GERMAN : DemoVocabulary.HOW_WE_MET_ENGLISH;
        int t = rnd.nextInt(templates.size());
        int year = today.getYear() - 1 - rnd.nextInt(8);
        String series = rnd.pick(p.circle.series()) + " " + p.circle.city();
        return switch (t) {
            case 0, 4 -> String.format(Locale.ROOT, templates.get(t), series, year);
            case 1 -> String.format(Locale.ROOT, templates.get(t), p.german
                    ? rnd.zipf(rnd.nextBoolean() ? DemoVocabulary.GERMAN_WOMEN : DemoVocabulary.GERMAN_MEN) + " "
                    + rnd.zipf(DemoVocabulary.GERMAN_LAST_NAMES)
                    : rnd.zipf(rnd.nextBoolean() ? DemoVocabulary.ENGLISH_WOMEN : DemoVocabulary.ENGLISH_MEN) + " "
                    + rnd.zipf(DemoVocabulary.ENGLISH_LAST_NAMES));
            case 2 -> String.format(Locale.ROOT, templates.get(t),
                    organization == null ? rnd.zipf(p.circle.organizations()) : organization);
            case 3 -> String.format(Locale.ROOT, templates.get(t), p.circle.city());
            default -> templates.get(t);
        };
    }

    private String contactNotes(Person p, List<String> offers, List<String> seeks) {
        String topic = rnd.zipf(p.circle.theme().interests());
        StringBuilder s = new StringBuilder();
        if (p.german) {
            s.append("Arbeitet viel zu ").append(topic).append('.');
            if (!seeks.isEmpty()) {
                s.append(" Sucht gerade ").append(seeks.getFirst()).append('.');
            }
            if (!offers.isEmpty() && rnd.nextBoolean()) {
                s.append(" Kann bei ").append(offers.getFirst()).append(" helfen.");
            }
        } else {
            s.append("Works a lot on ").append(topic).append('.');
            if (!seeks.isEmpty()) {
                s.append(" Currently looking for ").append(seeks.getFirst()).append('.');
            }
            if (!offers.isEmpty() && rnd.nextBoolean()) {
                s.append(" Happy to help with ").append(offers.getFirst()).append('.');
            }
        }
        return s.toString();
    }

    /** An address no one else in the journal has: two people never share one (that would be a duplicate). */
    private String uniqueEmail(String local, String domain) {
        String address = local + "@" + domain + ".example";
        for (int n = 2; !usedEmails.add(address); n++) {
            address = local + n + "@" + domain + ".example";
        }
        return address;
    }

    /** The ASCII form used in e-mail addresses: Jürgen Weiß becomes juergen.weiss. */
    static String slug(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("ı", "i");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replaceAll("[^a-z0-9]+", "");
    }
}
