package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on a 20,000-contact journal with 60,000 ties, side by side with scoring all pairs.
 * Run with {@code mvn -q -B test-compile exec:exec@bench} (see the README).
 *
 * <ul>
 *   <li>{@code openAndTop50}: build the index from the journal and take the top 50, as when the
 *       journal is opened;</li>
 *   <li>{@code top50}: the top 50 on a built index, starting cold;</li>
 *   <li>{@code updateAndTop50}: one contact's tags change, then the top 50 again;</li>
 *   <li>{@code allPairsTop50}: the same top 50 by scoring every pair with the same scorer.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    @Param("20000")
    public int contacts;

    @Param("60000")
    public int ties;

    private JournalSnapshot journal;
    private IntroductionEngine engine;
    private final List<Contact[]> edits = new ArrayList<>();
    private int nextEdit;

    @Setup
    public void setUp() {
        journal = SampleJournal.generate(contacts, ties, 42);
        engine = IntroductionEngine.of(journal, Feedback.none());
        Random r = new Random(7);
        List<Contact> all = journal.contacts();
        for (int i = 0; i < 1000; i++) {
            // A user's edit: an interest swapped for another person's, a new seek.
            Contact c = all.get(r.nextInt(all.size()));
            Contact donor = all.get(r.nextInt(all.size()));
            List<String> interests = new ArrayList<>(c.interests());
            if (!interests.isEmpty() && !donor.interests().isEmpty()) {
                interests.set(r.nextInt(interests.size()), donor.interests().get(r.nextInt(donor.interests().size())));
            }
            Contact changed = c.toBuilder().interests(interests).seeks(donor.offers()).build();
            edits.add(new Contact[] {c, changed});
        }
        int total = engine.top(50, SampleJournal.AS_OF, Locale.ENGLISH).size();
        System.out.printf("%n%d contacts, %d ties, %d encounters; top 50 scored %d pairs of %d (%d suggestions)%n",
                journal.contacts().size(), journal.ties().size(), journal.encounters().size(),
                engine.lastScoredPairs(), (long) contacts * (contacts - 1) / 2, total);
    }

    @Benchmark
    public List<Suggestion> openAndTop50() {
        return IntroductionEngine.of(journal, Feedback.none()).top(50, SampleJournal.AS_OF, Locale.ENGLISH);
    }

    @Benchmark
    public List<Suggestion> top50() {
        engine.forgetLastResult();
        return engine.top(50, SampleJournal.AS_OF, Locale.ENGLISH);
    }

    @Benchmark
    public List<Suggestion> updateAndTop50() {
        int i = nextEdit++;
        Contact[] edit = edits.get((i / 2) % edits.size());
        engine.update(edit[i % 2 == 0 ? 1 : 0]); // change, then change back on the next call
        return engine.top(50, SampleJournal.AS_OF, Locale.ENGLISH);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Object allPairsTop50() {
        return AllPairs.top(engine, 50, IntroductionEngine.DEFAULT_PER_CONTACT, SampleJournal.AS_OF);
    }
}
