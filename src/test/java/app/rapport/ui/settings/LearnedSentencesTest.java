package app.rapport.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** What Rapport learned, said in both languages with the right forms for one and for several (read from the bundles, no window). */
class LearnedSentencesTest {

    private static String say(Locale locale, String pattern, int first, String kind, Integer second) {
        ResourceBundle b = ResourceBundle.getBundle("app.rapport.i18n.messages", locale);
        String phrase = b.getString("learned.kind." + kind + (first == 1 ? ".one" : ".other"));
        return new MessageFormat(b.getString(pattern), locale).format(new Object[] {first, phrase, second});
    }

    @Test
    void englishSentences() {
        assertEquals("You dismissed 3 suggestions that rested mainly on a shared interest: such pairs now count less.",
                say(Locale.ENGLISH, "learned.less.dismissed", 3, "SHARED_INTERESTS", null));
        assertEquals("You dismissed one suggestion that had nothing in common but you, and 2 such introductions did not"
                + " work out: such pairs now count less.",
                say(Locale.ENGLISH, "learned.less.both", 1, "KNOWN_ONLY", 2));
        assertEquals("One introduction that rested mainly on people both know did not work out: such pairs now count less.",
                say(Locale.ENGLISH, "learned.less.failed", 1, "MUTUAL_ACQUAINTANCES", null));
        assertEquals("You went ahead with 2 suggestions that rested mainly on one offering what the other seeks: such"
                + " pairs now count more.", say(Locale.ENGLISH, "learned.more", 2, "SEEKS_OFFERS", null));
    }

    @Test
    void germanSentencesAgreeInNumberAndGender() {
        assertEquals("Sie haben 3 Vorschläge verworfen, die vor allem auf einem gemeinsamen Interesse beruhten:"
                + " Solche Paare zählen jetzt weniger.", say(Locale.GERMAN, "learned.less.dismissed", 3, "SHARED_INTERESTS", null));
        assertEquals("Sie haben einen Vorschlag verworfen, der vor allem auf einem gemeinsamen Interesse beruhte:"
                + " Solche Paare zählen jetzt weniger.", say(Locale.GERMAN, "learned.less.dismissed", 1, "SHARED_INTERESTS", null));
        assertEquals("Eine Vorstellung, die vor allem auf gemeinsamen Bekannten beruhte, hat nicht geklappt:"
                + " Solche Paare zählen jetzt weniger.", say(Locale.GERMAN, "learned.less.failed", 1, "MUTUAL_ACQUAINTANCES", null));
        assertEquals("2 Vorstellungen, die vor allem auf gemeinsamen Bekannten beruhten, haben nicht geklappt:"
                + " Solche Paare zählen jetzt weniger.", say(Locale.GERMAN, "learned.less.failed", 2, "MUTUAL_ACQUAINTANCES", null));
        assertEquals("Sie haben 2 Vorschläge verworfen, die außer Ihnen nichts gemeinsam hatten, und eine solche"
                + " Vorstellung hat nicht geklappt: Solche Paare zählen jetzt weniger.",
                say(Locale.GERMAN, "learned.less.both", 2, "KNOWN_ONLY", 1));
        assertEquals("Sie haben einen Vorschlag umgesetzt, der vor allem darauf beruhte, dass einer bietet, was der"
                + " andere sucht: Solche Paare zählen jetzt mehr.", say(Locale.GERMAN, "learned.more", 1, "SEEKS_OFFERS", null));
    }
}
