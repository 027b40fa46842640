package app.rapport.bench;

import app.rapport.suggest.EngineBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The introduction engine's speed figures (issue 3), measured with JMH side by side in one run
 * ({@link EngineBenchmark}): the full top 50 of a 20,000-contact journal with 60,000 ties, the
 * top 50 again after one contact changed, and the same top 50 by scoring all pairs. Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.args=engine}.
 */
final class EngineBench {

    private EngineBench() {
    }

    static void run() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(EngineBenchmark.class.getName() + ".")
                .addProfiler(CpuTimeProfiler.class)
                .build()).run();
        Map<String, double[]> figures = new TreeMap<>(); // wall, cpu (ms/op)
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            Result<?> cpu = r.getSecondaryResults().get("cpu");
            figures.put(name, new double[] {r.getPrimaryResult().getScore(), cpu == null ? Double.NaN : cpu.getScore()});
        }
        System.out.println();
        System.out.println("Introduction engine, 20,000 contacts and 60,000 ties (ms per operation, wall / process CPU):");
        report(figures, "openAndTop50", "build the index and take the top 50", 500);
        report(figures, "top50", "top 50 on the built index", 500);
        report(figures, "updateAndTop50", "one contact changed, top 50 again", 50);
        report(figures, "allPairsTop50", "top 50 by scoring all pairs", Double.NaN);
        double[] all = figures.get("allPairsTop50");
        double[] top = figures.get("top50");
        double[] open = figures.get("openAndTop50");
        if (all != null && top != null && open != null) {
            double onIndex = all[1] / top[1];
            double withBuild = all[1] / open[1];
            System.out.printf(Locale.ROOT, "  all pairs take %.0fx the CPU of the indexed top 50 (%.0fx counting the index build)"
                    + " (target >= 20x: %s)%n", onIndex, withBuild, withBuild >= 20 ? "met" : onIndex >= 20 ? "met on the index" : "MISSED");
        }
        System.out.printf(Locale.ROOT, "  load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void report(Map<String, double[]> figures, String name, String what, double target) {
        double[] f = figures.get(name);
        if (f == null) {
            return;
        }
        String verdict = Double.isNaN(target) ? "" : String.format(Locale.ROOT, " (target < %.0f ms: %s)", target,
                f[0] < target ? "met" : f[1] < target ? "met in CPU time, not in wall time" : "MISSED");
        System.out.printf(Locale.ROOT, "  %-38s %10.1f / %10.1f%s%n", what, f[0], f[1], verdict);
    }
}
