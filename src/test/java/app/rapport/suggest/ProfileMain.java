package app.rapport.suggest;

import java.util.List;
import java.util.Locale;

/** Scratch: a loop to profile with JFR. */
public final class ProfileMain {
    public static void main(String[] args) {
        var journal = SampleJournal.generate(20000, 60000, 42);
        String what = args.length > 0 ? args[0] : "top";
        IntroductionEngine engine = IntroductionEngine.of(journal, Feedback.none());
        engine.top(50, SampleJournal.AS_OF, Locale.ENGLISH);
        long end = System.nanoTime() + 40_000_000_000L;
        int n = 0;
        long t0 = System.nanoTime();
        long c0 = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        while (System.nanoTime() < end) {
            if (what.equals("update")) {
                var c = journal.contacts().get((n * 7919) % journal.contacts().size());
                engine.update(c.toBuilder().interests(journal.contacts().get(n % 1000).interests()).build());
                engine.top(50, SampleJournal.AS_OF, Locale.ENGLISH);
            } else if (what.equals("build")) {
                IntroductionEngine.of(journal, Feedback.none()).top(50, SampleJournal.AS_OF, Locale.ENGLISH);
            } else {
                engine.forgetLastResult();
                engine.top(50, SampleJournal.AS_OF, Locale.ENGLISH);
            }
            n++;
        }
        long c1 = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        System.out.println(what + ": " + (System.nanoTime() - t0) / 1e6 / n + " ms/op wall, " + (c1 - c0) / 1e6 / n
                + " ms/op cpu over " + n + "; " + engine.lastSearchStats);
    }
}
