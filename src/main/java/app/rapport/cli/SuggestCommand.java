package app.rapport.cli;

import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import app.rapport.suggest.Feedback;
import app.rapport.suggest.IntroductionEngine;
import app.rapport.suggest.Suggestion;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code rapport suggest}: the best introductions on a day, with the engine's one-sentence reason
 * in the user's language; {@code --json} for scripts.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true)
final class SuggestCommand extends BaseCommand {

    static final int DEFAULT_TOP = 10;
    static final int MAX_TOP = 1000;

    @Option(names = "--top", paramLabel = "N", descriptionKey = "top")
    int top = DEFAULT_TOP;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "asOf")
    LocalDate asOf;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    private final Clock clock;

    SuggestCommand(CliContext context, Clock clock) {
        super(context);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (top < 1 || top > MAX_TOP) {
            throw new ParameterException(spec.commandLine(), text("cli.suggest.topRange", MAX_TOP));
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        JournalSnapshot journal = withExistingJournal(j -> j.snapshot());
        // What the user did with earlier suggestions lives in the journal's introductions: planned and
        // finished pairs never come back, dismissed ones only once one of the two changed materially.
        IntroductionEngine engine = IntroductionEngine.of(journal, Feedback.from(journal.introductions()));
        List<Suggestion> suggestions = engine.top(top, day, context.texts().locale());
        if (json) {
            writeJson(suggestions, context.standardOutput());
            return 0;
        }
        if (suggestions.isEmpty()) {
            long candidates = journal.contacts().stream().filter(c -> !c.archived() && !c.doNotIntroduce()).count();
            out().println(candidates < 2 ? text("cli.suggest.tooFew") : text("cli.suggest.none", day.toString()));
            return 0;
        }
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            out().println(text("cli.suggest.pair", i + 1, s.a().name(), s.b().name(), s.score()));
            out().println("    " + s.reason());
        }
        return 0;
    }

    /**
     * An array of {@code {"a": {"id", "name"}, "b": {"id", "name"}, "score", "reason"}}, ids and
     * names as in an export, best first.
     */
    static void writeJson(List<Suggestion> suggestions, OutputStream out) {
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pretty);
            g.writeStartArray();
            for (Suggestion s : suggestions) {
                g.writeStartObject();
                person(g, "a", s.a());
                person(g, "b", s.b());
                g.writeNumberField("score", s.score());
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void person(JsonGenerator g, String field, Contact c) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeEndObject();
    }
}
