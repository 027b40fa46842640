// Builds the app jar and the app image (target/image, launcher bin/rapport) with jar and jlink
// from the JDK that runs this file. Maven calls it through exec:exec on the JDK 25 toolchain, so
// the same file works on Linux, macOS and Windows without shell scripts. Usage:
//   java packaging/Image.java image <target dir> <app jar> <module> <main class> [<version>]
// The jar is made here rather than by maven-jar-plugin: that plugin rewrites a modular jar with
// the jar tool of the JDK running Maven (17 here), which cannot read Java 25 class files, so a
// clean build failed (MJAR-289).

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

public class Image {

    /** Modules the launcher may load natively; JDK 24+ warns for any other. */
    static final String NATIVE_ACCESS = "javafx.graphics,org.xerial.sqlitejdbc";

    /**
     * A desktop app sits idle most of the time: give memory back to the system after loading
     * instead of keeping the heap at its high-water mark (G1 collects when it has been idle for
     * 10 s and shrinks the heap to within 30 % free). No cap on the heap, so that the command line
     * can still import very large files. Figures: {@code -Dbench.args=memory}.
     */
    static final String MEMORY = "-XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:G1PeriodicGCInterval=10000";

    public static void main(String[] args) throws IOException {
        if (args.length < 5 || args.length > 6 || !args[0].equals("image")) {
            System.err.println("usage: Image image <target dir> <app jar> <module> <main class> [<version>]");
            System.exit(2);
        }
        Path target = Path.of(args[1]);
        Path appJar = Path.of(args[2]);
        String module = args[3];
        String mainClass = args[4];
        Path output = target.resolve("image");
        deleteRecursively(output);

        List<String> jarArgs = new ArrayList<>(List.of("--create", "--file", appJar.toString(),
                "--main-class", mainClass));
        if (args.length == 6) {
            jarArgs.addAll(List.of("--module-version", args[5]));
        }
        jarArgs.addAll(List.of("-C", target.resolve("classes").toString(), "."));
        Files.deleteIfExists(appJar);
        run("jar", jarArgs);

        List<String> modulePath = new ArrayList<>();
        modulePath.add(appJar.toString());
        try (Stream<Path> jars = Files.list(target.resolve("mods"))) {
            jars.filter(Image::isRuntimeModule).sorted().forEach(p -> modulePath.add(p.toString()));
        }

        List<String> jlinkArgs = List.of(
                "--module-path", String.join(java.io.File.pathSeparator, modulePath),
                "--add-modules", module + ",jdk.localedata",
                "--include-locales", "en,de",
                "--launcher", "rapport=" + module + "/" + mainClass,
                "--add-options=--enable-native-access=" + NATIVE_ACCESS + " " + MEMORY,
                "--generate-cds-archive", // the JDK's class-data sharing: a faster start, window and command line alike
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--compress", "zip-6",
                "--output", output.toString());
        run("jlink", jlinkArgs);
        writeLauncher(output.resolve("bin").resolve("rapport"), module + "/" + mainClass);
        System.out.println("App image: " + output.resolve("bin").resolve("rapport"));
    }

    /**
     * The JavaFX artifacts without a platform classifier are empty jars that only pull in the
     * platform ones; they are automatic modules, which jlink refuses.
     */
    static boolean isRuntimeModule(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar") && !name.matches("javafx-[a-z]+-[0-9.]+\\.jar");
    }

    static void run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not part of this JDK"));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = provider.run(out, err, args.toArray(String[]::new));
        if (code != 0) {
            System.err.println(tool + " failed with exit code " + code);
            System.exit(code);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Replaces jlink's launcher script (Linux and macOS; Windows gets a .bat, left as it is) with
     * one that runs a command of the command line with the quick JIT tier only and the serial
     * collector: a command lives for seconds, compiling its hot code a second time with C2 costs
     * more CPU than it saves, and G1's concurrent threads compete with it for the cores (an import
     * of 20,000 contacts: 8 s of CPU instead of 15, 400 MB instead of 900). The window, which
     * lives for hours, keeps both tiers and G1's short pauses.
     */
    static void writeLauncher(Path script, String mainModuleAndClass) throws java.io.IOException {
        if (!Files.exists(script)) {
            return;
        }
        String text = """
                #!/bin/sh
                # Rapport: the window without a command, the command line with one.
                DIR=`dirname "$0"`
                COMMAND_OPTIONS=
                for arg in "$@"; do
                  case "$arg" in
                    import|export|suggest|demo|check|backup|restore|sync) COMMAND_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"; break ;;
                  esac
                done
                exec "$DIR/java" $COMMAND_OPTIONS -m %s "$@"
                """.formatted(mainModuleAndClass);
        Files.writeString(script, text);
        script.toFile().setExecutable(true, false);
    }
}
