package app.rapport.bench;

import app.rapport.Main;
import app.rapport.interchange.json.JsonJournalWriter;
import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.suggest.IntroductionEngine;
import app.rapport.suggest.Suggestion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Issue 11: how good the introduction engine's suggestions are, in two parts.
 *
 * <p>Real networks ({@code -Dbench.realNetworks=DIR}, by default {@code ../shared/data/real-networks}
 * beside the project): each of the 200 journals is imported with {@code rapport import} into an
 * empty data folder of its own, the engine's top 10 as of 2019-01-01 is taken from the store's
 * snapshot, and its hits among the pairs who went on to collaborate are counted by name. In the same
 * run, random pairs, common neighbours and Adamic-Adar are scored on each journal's own ties.
 *
 * <p>Planted pairs ({@link PlantedJournal}): a generated 2,000-contact journal, imported the same way,
 * with complementary pairs written in varied words and traps that must never be suggested.
 *
 * <p>{@code -Dbench.quality.detail=true} adds a line per journal and the engine's lists with their
 * reasons. Run with {@code mvn -q -Pbench test-compile exec:exec -Dbench.args=quality}.
 */
final class QualityBench {

    static final LocalDate REAL_AS_OF = LocalDate.of(2019, 1, 1);
    static final int K = 10;
    static final double TARGET_RATIO = 1.3;
    static final int PLANTED_TOP = 30;
    static final double TARGET_PLANTED = 0.8;

    private QualityBench() {
    }

    static void run() throws Exception {
        boolean detail = Boolean.getBoolean("bench.quality.detail");
        Path temp = Files.createTempDirectory("rapport-quality-bench");
        try {
            long t = System.nanoTime();
            realNetworks(temp, detail);
            System.out.printf(Locale.ROOT, "  (%.0f s)%n", (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            planted(temp, detail);
            System.out.printf(Locale.ROOT, "  (%.0f s)%n", (System.nanoTime() - t) / 1e9);
        } finally {
            deleteTree(temp);
        }
    }

    // ------------------------------------------------------------------ part 1: real networks

    static Path realNetworksFolder() {
        String given = System.getProperty("bench.realNetworks", "");
        Path projectDir = Path.of(System.getProperty("user.dir")); // exec:exec runs in the project folder
        return projectDir.resolve(given.isBlank() ? "../shared/data/real-networks" : given).normalize();
    }

    private static void realNetworks(Path temp, boolean detail) throws Exception {
        Path folder = realNetworksFolder();
        System.out.println();
        System.out.println("Introduction quality on real networks (" + folder + "):");
        Path truthFile = folder.resolve("truth.json");
        if (!Files.isRegularFile(truthFile)) {
            System.out.println("  skipped: " + truthFile + " does not exist (give the folder with -Dbench.realNetworks=DIR)");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode truthJson = json.readTree(truthFile.toFile());
        Map<String, Double> readme = new LinkedHashMap<>();
        Path baselinesFile = folder.resolve("baselines.json");
        if (Files.isRegularFile(baselinesFile)) {
            json.readTree(baselinesFile.toFile()).properties().forEach(e -> readme.put(e.getKey(), e.getValue().asDouble()));
        }
        List<Path> journals;
        try (Stream<Path> files = Files.list(folder)) {
            journals = files.filter(p -> p.getFileName().toString().matches("ego-\\d+\\.json")).sorted().toList();
        }
        if (journals.isEmpty()) {
            System.out.println("  skipped: no ego-NNN.json journals in " + folder);
            return;
        }

        double engineSum = 0;
        double randomSum = 0;
        double cnSum = 0;
        double aaSum = 0;
        int shortLists = 0;
        int emptyLists = 0;
        int knownPairsSuggested = 0;
        int missingTruthNames = 0;
        StringBuilder details = new StringBuilder();
        for (Path file : journals) {
            String id = file.getFileName().toString().replace(".json", "");
            JournalSnapshot snapshot = importIntoEmptyFolder(file, temp.resolve(id));
            Ego ego = Ego.of(snapshot);
            Set<String> truth = new HashSet<>();
            for (JsonNode pair : truthJson.path(id)) {
                String a = pair.get(0).asText();
                String b = pair.get(1).asText();
                if (!ego.index.containsKey(a) || !ego.index.containsKey(b)) {
                    missingTruthNames++;
                }
                truth.add(pairKey(a, b));
            }

            List<Suggestion> top = IntroductionEngine.of(snapshot).top(K, REAL_AS_OF, Locale.ENGLISH);
            int engineHits = 0;
            for (Suggestion s : top) {
                if (truth.contains(pairKey(s.a().name(), s.b().name()))) {
                    engineHits++;
                }
                if (ego.tied(s.a().name(), s.b().name())) {
                    knownPairsSuggested++;
                }
            }
            long eligible = ego.eligiblePairs();
            if (top.size() < K && eligible >= K) {
                shortLists++;
            }
            if (top.isEmpty() && eligible > 0) {
                emptyLists++;
            }
            int truthEligible = ego.eligibleAmong(truth);
            double random = eligible == 0 ? 0 : (double) truthEligible / eligible * Math.min(K, eligible) / K;
            double cn = ego.expectedHits(truth, false) / K;
            double aa = ego.expectedHits(truth, true) / K;
            engineSum += engineHits / (double) K;
            randomSum += random;
            cnSum += cn;
            aaSum += aa;
            if (detail) {
                details.append(String.format(Locale.ROOT,
                        "  %s  contacts %3d  eligible pairs %5d  truth %2d  hits: engine %d, Adamic-Adar %.2f%n",
                        id, ego.names.size(), eligible, truth.size(), engineHits, aa * K));
                for (int i = 0; i < top.size(); i++) {
                    Suggestion s = top.get(i);
                    boolean hit = truth.contains(pairKey(s.a().name(), s.b().name()));
                    details.append(String.format(Locale.ROOT, "    %s%2d. %s <-> %s: %s%n", hit ? "*" : " ", i + 1,
                            s.a().name(), s.b().name(), s.reason()));
                }
            }
        }
        int n = journals.size();
        double engine = engineSum / n;
        double aa = aaSum / n;
        if (detail) {
            System.out.print(details);
            System.out.println("  (* a pair in truth.json; Adamic-Adar hits are expected values under random tie-breaking)");
        }
        System.out.printf(Locale.ROOT, "  mean precision at 10 over %d journals (hits / 10, as of %s; baselines on each"
                + " journal's own ties, ties in score broken at random, expected values):%n", n, REAL_AS_OF);
        System.out.printf(Locale.ROOT, "    %-40s %.3f%n", "engine", engine);
        System.out.printf(Locale.ROOT, "    %-40s %.3f%n", "random pairs", randomSum / n);
        System.out.printf(Locale.ROOT, "    %-40s %.3f%n", "common neighbours", cnSum / n);
        System.out.printf(Locale.ROOT, "    %-40s %.3f%n", "Adamic-Adar", aa);
        for (Map.Entry<String, Double> e : readme.entrySet()) {
            System.out.printf(Locale.ROOT, "    %-40s %.3f%n", e.getKey() + " (README, whole graph)", e.getValue());
        }
        double ratio = aa == 0 ? Double.NaN : engine / aa;
        System.out.printf(Locale.ROOT, "  engine / Adamic-Adar: %.2f (target >= %.1f: %s)%n", ratio, TARGET_RATIO,
                ratio >= TARGET_RATIO ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  journals with no suggestion although eligible pairs exist: %d of %d (target 0: %s)%n",
                emptyLists, n, emptyLists == 0 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  journals with fewer than %d suggestions although at least %d eligible pairs exist: %d"
                + " (pairs without a reason stand in only for an empty list)%n", K, K, shortLists);
        System.out.printf(Locale.ROOT, "  suggested pairs who are tied already: %d (target 0: %s)%n", knownPairsSuggested,
                knownPairsSuggested == 0 ? "met" : "MISSED");
        if (missingTruthNames > 0) {
            System.out.printf(Locale.ROOT, "  note: %d pairs of truth.json name someone who is not in their journal%n",
                    missingTruthNames);
        }
    }

    /** One journal's contacts by name and their ties, for the classic link predictors. */
    static final class Ego {
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        final List<Set<Integer>> neighbours = new ArrayList<>();

        static Ego of(JournalSnapshot snapshot) {
            Ego ego = new Ego();
            Map<String, Integer> byId = new HashMap<>();
            for (Contact c : snapshot.contacts()) {
                byId.put(c.id(), ego.names.size());
                ego.index.put(c.name(), ego.names.size());
                ego.names.add(c.name());
                ego.neighbours.add(new HashSet<>());
            }
            for (Tie t : snapshot.ties()) {
                Integer a = byId.get(t.a());
                Integer b = byId.get(t.b());
                if (a != null && b != null && !a.equals(b)) {
                    ego.neighbours.get(a).add(b);
                    ego.neighbours.get(b).add(a);
                }
            }
            return ego;
        }

        boolean tied(String a, String b) {
            Integer i = index.get(a);
            Integer j = index.get(b);
            return i != null && j != null && neighbours.get(i).contains(j);
        }

        long eligiblePairs() {
            long n = names.size();
            long tied = 0;
            for (Set<Integer> s : neighbours) {
                tied += s.size();
            }
            return n * (n - 1) / 2 - tied / 2;
        }

        int eligibleAmong(Set<String> truth) {
            int count = 0;
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    if (!neighbours.get(i).contains(j) && truth.contains(pairKey(names.get(i), names.get(j)))) {
                        count++;
                    }
                }
            }
            return count;
        }

        /**
         * Expected hits of the top 10 eligible pairs by common neighbours (or Adamic-Adar): the pairs
         * above the cut all count; of the group of equal score that straddles it, the places left are
         * filled at random, so each of its hits counts with the share of places left. Pairs with no
         * common neighbour form the last group and are picked at random like any other.
         */
        double expectedHits(Set<String> truth, boolean adamicAdar) {
            // Score -> {pairs, hits}; Adamic-Adar scores are rounded so that equal sums compare equal.
            TreeMap<Long, long[]> groups = new TreeMap<>(Comparator.reverseOrder());
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    if (neighbours.get(i).contains(j)) {
                        continue;
                    }
                    double score = 0;
                    for (int z : neighbours.get(i)) {
                        if (neighbours.get(j).contains(z)) {
                            score += adamicAdar ? 1 / Math.log(neighbours.get(z).size()) : 1;
                        }
                    }
                    long[] g = groups.computeIfAbsent(Math.round(score * 1e9), s -> new long[2]);
                    g[0]++;
                    if (truth.contains(pairKey(names.get(i), names.get(j)))) {
                        g[1]++;
                    }
                }
            }
            double hits = 0;
            long left = K;
            for (long[] g : groups.values()) {
                if (left == 0) {
                    break;
                }
                long taken = Math.min(left, g[0]);
                hits += (double) g[1] * taken / g[0];
                left -= taken;
            }
            return hits;
        }
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** {@code rapport import FILE} into an empty data folder, then the store's snapshot, as the app would load it. */
    static JournalSnapshot importIntoEmptyFolder(Path file, Path dataDir) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(Locale.ENGLISH, new ByteArrayOutputStream());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--data-dir", dataDir.toString(), "import", file.toString());
        if (code != 0) {
            throw new IllegalStateException("rapport import " + file + " failed: " + err);
        }
        try (SqliteJournal journal = TestJournals.open(dataDir)) {
            return journal.snapshot();
        }
    }

    // ------------------------------------------------------------------ part 2: planted pairs

    private static void planted(Path temp, boolean detail) throws Exception {
        long seed = Long.getLong("bench.quality.seed", 11);
        PlantedJournal.Result generated = PlantedJournal.generate(seed);
        Path file = Path.of("target", "quality-planted.json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, JsonJournalWriter.toBytes(generated.journal(),
                PlantedJournal.AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        System.out.println();
        System.out.println("Introduction quality on a generated journal with planted pairs (seed " + seed + ", " + file + "):");
        System.out.println("  " + generated.shape());

        JournalSnapshot snapshot = importIntoEmptyFolder(file, temp.resolve("planted"));
        Map<String, String> nameOf = new HashMap<>(); // generated id -> name: the store may give other ids
        generated.journal().contacts().forEach(c -> nameOf.put(c.id(), c.name()));
        Map<String, PlantedJournal.Pair> planted = new HashMap<>();
        for (PlantedJournal.Pair p : generated.planted()) {
            planted.put(pairKey(nameOf.get(p.a()), nameOf.get(p.b())), p);
        }
        Map<String, PlantedJournal.Trap> traps = new HashMap<>();
        for (PlantedJournal.Trap t : generated.traps()) {
            traps.put(pairKey(nameOf.get(t.a()), nameOf.get(t.b())), t);
        }
        writeKey(file.resolveSibling("quality-planted-key.txt"), generated, nameOf);
        NeverSuggest never = NeverSuggest.of(snapshot);

        List<Suggestion> top = IntroductionEngine.of(snapshot).top(100, PlantedJournal.AS_OF, Locale.GERMAN);
        int hits30 = 0;
        int hits100 = 0;
        int others30 = 0;
        Map<PlantedJournal.TrapKind, Integer> traps30 = new java.util.EnumMap<>(PlantedJournal.TrapKind.class);
        Map<PlantedJournal.TrapKind, Integer> traps100 = new java.util.EnumMap<>(PlantedJournal.TrapKind.class);
        Map<String, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            Suggestion s = top.get(i);
            String key = pairKey(s.a().name(), s.b().name());
            rankOf.put(key, i + 1);
            PlantedJournal.Trap trap = traps.get(key);
            if (planted.containsKey(key)) {
                hits100++;
                hits30 += i < PLANTED_TOP ? 1 : 0;
            } else if (trap != null) {
                traps100.merge(trap.kind(), 1, Integer::sum);
                if (i < PLANTED_TOP) {
                    traps30.merge(trap.kind(), 1, Integer::sum);
                }
            } else if (i < PLANTED_TOP && never.why(s.a(), s.b()) != null) {
                others30++;
            }
        }
        if (detail) {
            System.out.println("  the engine's top " + PLANTED_TOP + " (P planted pair, T trap, ! pair who may not be"
                    + " introduced for another reason):");
            for (int i = 0; i < Math.min(PLANTED_TOP, top.size()); i++) {
                Suggestion s = top.get(i);
                String key = pairKey(s.a().name(), s.b().name());
                String mark = planted.containsKey(key) ? "P " : traps.containsKey(key) ? "T " : never.why(s.a(), s.b())
                        != null ? "! " : "  ";
                String note = traps.containsKey(key) ? " [trap: " + traps.get(key).kind().label() + "]"
                        : never.why(s.a(), s.b()) != null ? " [" + never.why(s.a(), s.b()) + "]" : "";
                System.out.printf(Locale.ROOT, "    %s%2d. %s <-> %s (%.3f)%s: %s%n", mark, i + 1, s.a().name(),
                        s.b().name(), s.score(), note, s.reason());
            }
            System.out.println("  planted pairs and where the engine ranks them (top 100):");
            for (PlantedJournal.Pair p : generated.planted()) {
                Integer rank = rankOf.get(pairKey(nameOf.get(p.a()), nameOf.get(p.b())));
                System.out.printf(Locale.ROOT, "    %4s  %s <-> %s: %s%n", rank == null ? "-" : "#" + rank,
                        nameOf.get(p.a()), nameOf.get(p.b()), p.why());
            }
        }
        double precision = hits30 / (double) PLANTED_TOP;
        int trapCount30 = traps30.values().stream().mapToInt(Integer::intValue).sum();
        int trapCount100 = traps100.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "  precision at %d: %.2f (%d of the top %d are planted pairs) (target >= %.1f: %s)%n",
                PLANTED_TOP, precision, hits30, PLANTED_TOP, TARGET_PLANTED,
                precision >= TARGET_PLANTED ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  traps in the top %d: %d%s (target 0: %s)%n", PLANTED_TOP, trapCount30,
                byKind(traps30), trapCount30 == 0 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  traps in the top 100: %d%s (target 0: %s)%n", trapCount100, byKind(traps100),
                trapCount100 == 0 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  planted pairs in the top 100: %d of %d; suggestions given: %d%n", hits100,
                planted.size(), top.size());
        System.out.printf(Locale.ROOT, "  other pairs in the top %d who know each other or may not be introduced"
                + " (tied, met together, colleagues, do not introduce, archived): %d%n", PLANTED_TOP, others30);
    }

    private static String byKind(Map<PlantedJournal.TrapKind, Integer> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        counts.forEach((k, v) -> s.append(s.length() > 2 ? ", " : "").append(k.label()).append(' ').append(v));
        return s.append(')').toString();
    }

    /** The answers, for reading beside the journal: who was planted and why, and the traps. */
    private static void writeKey(Path file, PlantedJournal.Result generated, Map<String, String> nameOf) throws IOException {
        StringBuilder s = new StringBuilder("Planted pairs (one seeks what the other offers):\n");
        for (PlantedJournal.Pair p : generated.planted()) {
            s.append(String.format(Locale.ROOT, "  %s %s <-> %s %s: %s%n", p.a(), nameOf.get(p.a()), p.b(),
                    nameOf.get(p.b()), p.why()));
        }
        s.append("Traps (just as complementary, never to be suggested):\n");
        for (PlantedJournal.Trap t : generated.traps()) {
            s.append(String.format(Locale.ROOT, "  %s %s <-> %s %s [%s]: %s%n", t.a(), nameOf.get(t.a()), t.b(),
                    nameOf.get(t.b()), t.kind().label(), t.why()));
        }
        Files.writeString(file, s);
    }

    /** Who may never be suggested together, by the journal's own facts. */
    record NeverSuggest(Set<String> tied, Set<String> met) {

        static NeverSuggest of(JournalSnapshot journal) {
            Set<String> tied = new HashSet<>();
            journal.ties().forEach(t -> tied.add(pairKey(t.a(), t.b())));
            Set<String> met = new HashSet<>();
            for (app.rapport.journal.Encounter e : journal.encounters()) {
                List<String> p = e.participants();
                for (int i = 0; i < p.size(); i++) {
                    for (int j = i + 1; j < p.size(); j++) {
                        met.add(pairKey(p.get(i), p.get(j)));
                    }
                }
            }
            return new NeverSuggest(tied, met);
        }

        /** Why the two may not be suggested, or null. */
        String why(Contact a, Contact b) {
            if (tied.contains(pairKey(a.id(), b.id()))) {
                return "tied";
            }
            if (met.contains(pairKey(a.id(), b.id()))) {
                return "met together";
            }
            if (a.organization() != null && !a.organization().isBlank()
                    && a.organization().strip().equalsIgnoreCase(b.organization() == null ? "" : b.organization().strip())) {
                return "colleagues";
            }
            if (a.doNotIntroduce() || b.doNotIntroduce()) {
                return "do not introduce";
            }
            if (a.archived() || b.archived()) {
                return "archived";
            }
            return null;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
