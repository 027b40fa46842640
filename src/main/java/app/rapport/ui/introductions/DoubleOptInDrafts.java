package app.rapport.ui.introductions;

import app.rapport.journal.Contact;
import app.rapport.journal.Introduction;
import app.rapport.journal.Tags;
import app.rapport.ui.common.I18n;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The double opt-in messages for an introduction, in German or English: first a message to each
 * person asking whether they would like to be introduced, then the introduction itself. Built from
 * the names, what each offers and seeks and the interests they share; the user edits them before
 * sending them from their own mail program. Rapport sends nothing.
 */
public final class DoubleOptInDrafts {

    private DoubleOptInDrafts() {
    }

    /** The languages drafts can be written in, by their tag. */
    public static final List<String> LANGUAGES = List.of("de", "en");

    /** The language tag of the UI locale, the default for a new introduction. */
    public static String languageOf(Locale locale) {
        return "de".equals(locale.getLanguage()) ? "de" : "en";
    }

    public static Introduction.Drafts write(Contact a, Contact b, String language) {
        Texts t = new Texts(language);
        return new Introduction.Drafts(language, ask(t, a, b), ask(t, b, a), introduce(t, a, b));
    }

    /** The subject line of a mail: asking {@code to} about {@code other}, or the introduction (other null). */
    public static String subject(String language, Contact to, Contact other, boolean introduction) {
        Texts t = new Texts(language);
        return introduction ? t.text("introductions.draft.subject.introduction", firstName(to), firstName(other))
                : t.text("introductions.draft.subject.ask", other.name());
    }

    /** Asks {@code to} whether they would like to meet {@code other}. */
    private static String ask(Texts t, Contact to, Contact other) {
        List<String> lines = new ArrayList<>();
        lines.add(t.text("introductions.draft.greeting", firstName(to)));
        lines.add("");
        String about = describe(t, other);
        lines.add(about == null ? t.text("introductions.draft.ask.whoPlain", other.name())
                : t.text("introductions.draft.ask.who", other.name(), about));
        String why = whyForYou(t, to, other);
        if (!why.isEmpty()) {
            lines.add(why);
        }
        lines.add("");
        lines.add(t.text("introductions.draft.ask.question", firstName(other)));
        lines.add("");
        lines.add(t.text("introductions.draft.closing"));
        return String.join("\n", lines);
    }

    /** The introduction itself, to both. */
    private static String introduce(Texts t, Contact a, Contact b) {
        List<String> lines = new ArrayList<>();
        lines.add(t.text("introductions.draft.greetingBoth", firstName(a), firstName(b)));
        lines.add("");
        lines.add(t.text("introductions.draft.introduce.opening"));
        lines.add("");
        for (Contact c : List.of(a, b)) {
            String about = describe(t, c);
            lines.add(about == null ? t.text("introductions.draft.introduce.personPlain", c.name())
                    : t.text("introductions.draft.introduce.person", c.name(), about));
        }
        String why = why(t, a, b);
        if (!why.isEmpty()) {
            lines.add("");
            lines.add(why);
        }
        lines.add("");
        lines.add(t.text("introductions.draft.introduce.handOver"));
        lines.add("");
        lines.add(t.text("introductions.draft.closing"));
        return String.join("\n", lines);
    }

    /** "founder at Kreislauf GmbH", or what there is of role and organisation; null if neither. */
    private static String describe(Texts t, Contact c) {
        String role = blank(c.role()) ? null : c.role().strip();
        String org = blank(c.organization()) ? null : c.organization().strip();
        if (role != null && org != null) {
            return t.text("introductions.draft.roleAt", role, org);
        }
        if (role != null || org != null) {
            return role != null ? role : org;
        }
        return null;
    }

    /**
     * The same, told to {@code you} about {@code other}: the message asking one of the two is
     * written to that person, so it says "which you are looking for", not their name.
     */
    private static String whyForYou(Texts t, Contact you, Contact other) {
        List<String> parts = new ArrayList<>();
        List<String> youGet = common(you.seeks(), other.offers());
        List<String> theyGet = common(other.seeks(), you.offers());
        if (!youGet.isEmpty()) {
            parts.add(t.text("introductions.draft.ask.youSeek", firstName(other), join(t, youGet)));
        } else if (!other.offers().isEmpty()) {
            parts.add(t.text("introductions.draft.why.offersAny", firstName(other), join(t, other.offers())));
        }
        if (!theyGet.isEmpty()) {
            // After what the other offers, the way back reads as a turn, not as a second "and".
            parts.add(t.text(parts.isEmpty() ? "introductions.draft.ask.theySeek" : "introductions.draft.ask.theySeekInTurn",
                    firstName(other), join(t, theyGet)));
        }
        List<String> shared = common(you.interests(), other.interests());
        if (!shared.isEmpty()) {
            parts.add(t.text("introductions.draft.ask.shared", firstName(other), join(t, shared)));
        }
        return String.join(" ", parts);
    }

    /** What one seeks and the other offers, both ways, and the interests they share. */
    private static String why(Texts t, Contact x, Contact y) {
        List<String> parts = new ArrayList<>();
        List<String> xGetsFromY = common(x.seeks(), y.offers());
        List<String> yGetsFromX = common(y.seeks(), x.offers());
        if (!xGetsFromY.isEmpty()) {
            parts.add(t.text("introductions.draft.why.offers", firstName(y), join(t, xGetsFromY), firstName(x)));
        } else if (!y.offers().isEmpty()) {
            parts.add(t.text("introductions.draft.why.offersAny", firstName(y), join(t, y.offers())));
        }
        if (!yGetsFromX.isEmpty()) {
            parts.add(t.text("introductions.draft.why.offers", firstName(x), join(t, yGetsFromX), firstName(y)));
        }
        List<String> shared = common(x.interests(), y.interests());
        if (!shared.isEmpty()) {
            parts.add(t.text("introductions.draft.why.shared", join(t, shared)));
        }
        return String.join(" ", parts);
    }

    /** The tags of {@code wanted} that {@code available} has too (matched normalised), as written in {@code wanted}. */
    private static List<String> common(List<String> wanted, List<String> available) {
        Set<String> keys = available.stream().map(Tags::normalize).collect(Collectors.toSet());
        return wanted.stream().filter(w -> keys.contains(Tags.normalize(w))).distinct().limit(3).toList();
    }

    private static String join(Texts t, List<String> items) {
        List<String> shown = items.stream().limit(3).toList();
        if (shown.size() == 1) {
            return shown.getFirst();
        }
        return t.text("introductions.draft.and", String.join(", ", shown.subList(0, shown.size() - 1)), shown.getLast());
    }

    static String firstName(Contact c) {
        String name = c.name().strip();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Texts in the draft's language, whatever the window's language is. */
    private record Texts(Locale locale, ResourceBundle bundle) {
        Texts(String language) {
            this("de".equals(language) ? I18n.GERMAN : I18n.ENGLISH);
        }

        Texts(Locale locale) {
            this(locale, ResourceBundle.getBundle(I18n.BUNDLE, locale));
        }

        String text(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }
    }
}
