package app.rapport.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The concepts of networking that people write in many ways, in German and English: what makes
 * "sucht Startkapital" meet "investiert in Start-ups". Read from {@code concepts.txt} beside this
 * class, one concept per line: {@code name: english terms | german terms}, terms separated by
 * commas, {@code #} starting a comment.
 */
record ConceptList(List<Concept> concepts) {

    static final String RESOURCE = "concepts.txt";

    /** One concept: its name and every term that stands for it, in either language. */
    record Concept(String name, List<String> terms) {
    }

    private static volatile ConceptList shipped;

    /** The list that ships with Rapport (read once). */
    static ConceptList shipped() {
        ConceptList list = shipped;
        if (list == null) {
            try (InputStream in = ConceptList.class.getResourceAsStream(RESOURCE)) {
                list = in == null ? new ConceptList(List.of()) : parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the concept list " + RESOURCE, e);
            }
            shipped = list;
        }
        return list;
    }

    static ConceptList parse(InputStream in) throws IOException {
        List<Concept> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(RESOURCE + " line " + number + ": no 'name:' at the start");
                }
                List<String> terms = new ArrayList<>();
                for (String term : text.substring(colon + 1).split("[,|]")) {
                    if (!term.isBlank()) {
                        terms.add(term.strip());
                    }
                }
                out.add(new Concept(text.substring(0, colon).strip(), List.copyOf(terms)));
            }
        }
        return new ConceptList(List.copyOf(out));
    }
}
