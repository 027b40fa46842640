package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in English and German, and every key the window's code names exists. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/app/rapport/i18n/" + name)) {
            if (in == null) {
                throw new AssertionError("missing bundle " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> german = new TreeSet<>(load("messages_de.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(german);
        Set<String> onlyGerman = new TreeSet<>(german);
        onlyGerman.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys missing in messages_de.properties");
        assertEquals(Set.of(), onlyGerman, "keys missing in messages.properties");
    }

    /**
     * The window's texts that say what can be imported name every kind of file the importers read:
     * Settings' import button, the empty Today's tooltip, the import dialog's drop hint and the
     * message for a file of no known format left out Monica and Outlook once those came.
     */
    @Test
    void textsThatListWhatCanBeImportedNameEveryKind() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_de.properties"}) {
            Properties p = load(bundle);
            for (String key : new String[] {"settings.import", "today.empty.import.tooltip", "import.dropHint",
                    "import.file.unknownFormat"}) {
                String text = p.getProperty(key);
                for (String kind : new String[] {"vCard", "CSV", "Monica", "Rapport"}) {
                    assertTrue(text.contains(kind), bundle + " " + key + " names " + kind + ": " + text);
                }
            }
            for (String key : new String[] {"today.empty.import.tooltip", "import.file.unknownFormat"}) {
                for (String program : new String[] {"LinkedIn", "Google", "Outlook", "Excel"}) {
                    assertTrue(p.getProperty(key).contains(program), bundle + " " + key + " names " + program);
                }
            }
        }
    }

    @Test
    void theEnglishOverrideBundleStaysEmpty() throws IOException {
        // messages_en only stops a German OS locale from winning when the user picks English;
        // a key there would hide the base bundle's text.
        assertEquals(Set.of(), load("messages_en.properties").stringPropertyNames());
    }

    @Test
    void everyTextIsAValidMessagePattern() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_de.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                try {
                    new MessageFormat(p.getProperty(key));
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(bundle + ": " + key + " is not a valid pattern: " + e.getMessage());
                }
            }
        }
    }

    @Test
    void everyKeyTheWindowNamesExists() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        // String literals shaped like our keys (dotted words); ids and style classes use dashes.
        Pattern key = Pattern.compile("\"((?:app|window|notification|dialog|error|format|tags|contacts|contact|ties"
                + "|timeline|editor|validation|trash|settings|journal|encounter)\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/rapport/ui"))) {
            // I18n names the bundle and UiSettings its own file's keys: neither are texts.
            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !Set.of("I18n.java", "UiSettings.java").contains(p.getFileName().toString())).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1).matches(".*\\.(css|properties|png|json)")) {
                        continue; // a file name, not a text
                    }
                    found++;
                    if (!english.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 50, "the scan finds the keys the code uses (" + found + ")");
        assertTrue(missing.isEmpty(), "keys named in code but missing in the bundles: " + missing);
    }
}
