// Builds the native installers with jpackage from the JDK that runs this file, over the runtime
// that Image.java linked (target/image), so the installed app runs exactly what bin/rapport runs.
// Maven's "installer" profile calls it through exec:exec on the JDK 25 toolchain:
//   java packaging/Installer.java <project dir> <target dir> <version> <module> <main class>
//        <description> <vendor> <copyright> <aot: true|false>
// Output in <target dir>/installer: the app image, then per OS
//   Linux: rapport_<v>_<arch>.deb, and rapport-<v>-1.<arch>.rpm when rpmbuild is installed
//   Windows: Rapport-<v>.msi (WiX 3, 4 or 5 on the PATH), with Rapport.exe for the window and
//            rapport-cli.exe for the command line
//   macOS: Rapport-<v>.dmg
// Image.java (same folder) is compiled alongside by the source launcher (JEP 458).

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Installer {

    static final String NAME = "Rapport";
    static final String PACKAGE_NAME = "rapport";
    static final String MAC_IDENTIFIER = "app.rapport";
    static final String AOT_CACHE = "rapport.aot";

    /** Fixed forever: Windows Installer recognises a newer MSI of the same product by it. */
    static final String WINDOWS_UPGRADE_UUID = "6f1c9a52-3d4e-4b8a-9c61-2e7a0f5b8d13";

    enum Os { LINUX, WINDOWS, MAC }

    /** What every jpackage call says about the app. */
    record App(String module, String version, String description, String vendor, String copyright) {
        List<String> args() {
            return List.of("--name", NAME, "--app-version", version, "--vendor", vendor,
                    "--description", description, "--copyright", copyright);
        }

        App withVersion(String v) {
            return new App(module, v, description, vendor, copyright);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 9) {
            System.err.println("usage: Installer <project dir> <target dir> <version> <module> <main class>"
                    + " <description> <vendor> <copyright> <aot: true|false>");
            System.exit(2);
        }
        Path project = Path.of(args[0]);
        Path target = Path.of(args[1]);
        String version = appVersion(args[2]);
        App app = new App(args[3] + "/" + args[4], version, args[5], args[6], args[7]);
        boolean aot = Boolean.parseBoolean(args[8]);
        Os os = currentOs();
        Path packaging = project.resolve("packaging");

        Path runtime = target.resolve("image");
        if (!Files.isRegularFile(runtime.resolve("lib").resolve("modules"))) {
            fail("no runtime image at " + runtime + ": the app-image step must run first");
        }
        Path output = target.resolve("installer");
        Path input = target.resolve("jpackage-input");
        Image.deleteRecursively(output);
        Image.deleteRecursively(input);
        Files.createDirectories(output);
        Files.createDirectories(input);

        // 1. The AOT cache (JEP 483/514): classes loaded and linked during a start-up, so the
        // installed app starts with less work. Optional: without it the app only starts slower.
        boolean cached = aot && trainAotCache(runtime, app.module(), input.resolve(AOT_CACHE), target, os);

        // 2. The app image: launcher, icon, the cache and a copy of the linked runtime.
        App packaged = app;
        if (!jpackage(appImageArgs(app, runtime, input, cached, output, packaging, os))) {
            if (os == Os.MAC && version.startsWith("0.")) {
                // Older jpackage releases reject a macOS bundle version that starts with 0. The
                // bundle version only shows in Finder's info window; the file name keeps ours.
                packaged = app.withVersion("1.0.0");
                System.out.println("jpackage refused version " + version + " for macOS; the bundle says "
                        + packaged.version() + ", the disk image's name keeps " + version + ".");
                Image.deleteRecursively(output);
                Files.createDirectories(output);
                Image.run("jpackage", appImageArgs(packaged, runtime, input, cached, output, packaging, os));
            } else {
                fail("jpackage could not build the app image");
            }
        }
        Path appImage = output.resolve(os == Os.MAC ? NAME + ".app" : NAME);

        // 3. The installers, all from that one app image.
        List<String> common = new ArrayList<>(packaged.args());
        common.addAll(List.of(
                "--dest", output.toString(),
                "--app-image", appImage.toString(),
                "--resource-dir", resources(packaging, target, os).toString()));
        switch (os) {
            case LINUX -> {
                List<String> linux = new ArrayList<>(common);
                linux.addAll(List.of(
                        "--linux-package-name", PACKAGE_NAME,
                        "--linux-menu-group", "Office",
                        "--linux-shortcut"));
                package_("deb", linux);
                if (onPath("rpmbuild")) {
                    package_("rpm", linux);
                } else {
                    System.out.println("Skipping the .rpm: rpmbuild is not installed"
                            + " (Debian/Ubuntu: apt-get install rpm; Fedora: dnf install rpm-build).");
                }
            }
            case WINDOWS -> {
                List<String> windows = new ArrayList<>(common);
                windows.addAll(List.of(
                        "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                        "--win-menu",
                        "--win-menu-group", NAME,
                        "--win-shortcut",
                        "--win-dir-chooser",
                        "--win-per-user-install"));
                package_("msi", windows);
            }
            case MAC -> {
                List<String> mac = new ArrayList<>(common);
                mac.addAll(List.of("--mac-package-identifier", MAC_IDENTIFIER, "--mac-package-name", NAME));
                package_("dmg", mac);
                if (!packaged.version().equals(version)) {
                    Path built = output.resolve(NAME + "-" + packaged.version() + ".dmg");
                    Files.move(built, output.resolve(NAME + "-" + version + ".dmg"));
                }
            }
        }

        try (var files = Files.list(output)) {
            for (Path p : files.sorted().toList()) {
                if (Files.isRegularFile(p)) {
                    System.out.printf("Installer: %s (%.1f MiB)%n", p, Files.size(p) / 1048576.0);
                }
            }
        }
        System.out.println("App image: " + appImage + (cached ? " (with AOT cache)" : " (no AOT cache)"));
    }

    static List<String> appImageArgs(App app, Path runtime, Path input, boolean cached, Path output,
            Path packaging, Os os) {
        List<String> args = new ArrayList<>(List.of("--type", "app-image"));
        args.addAll(app.args());
        args.addAll(List.of(
                "--dest", output.toString(),
                "--runtime-image", runtime.toString(),
                "--module", app.module(),
                "--icon", packaging.resolve("icons").resolve(icon(os)).toString()));
        // --enable-native-access is not repeated here: jlink's --add-options stored it in the
        // runtime's lib/modules, which every launcher of that runtime reads.
        if (cached) {
            // The launcher expands $APPDIR to wherever the app is installed, so the image stays
            // relocatable. If the cache cannot be used (another JVM configuration, say a heap over
            // 32 GB) the JVM runs without it; -Xlog keeps its complaint out of the output, which
            // matters for commands like 'rapport export' writing to stdout.
            args.addAll(List.of(
                    "--input", input.toString(),
                    "--java-options", "-XX:AOTCache=$APPDIR/" + AOT_CACHE,
                    "--java-options", "-Xlog:aot*=off,cds*=off"));
        }
        if (os == Os.MAC) {
            args.addAll(List.of("--mac-package-identifier", MAC_IDENTIFIER, "--mac-package-name", NAME));
        }
        if (os == Os.WINDOWS) {
            args.addAll(List.of("--add-launcher",
                    "rapport-cli=" + packaging.resolve("windows").resolve("rapport-cli.properties")));
        }
        return args;
    }

    /**
     * Runs the app once to its first frame with -XX:AOTCacheOutput, on a throw-away journal and
     * JavaFX's headless platform, so it works on build machines with or without a display and
     * records the classes of a real start. Returns false (and the build goes on) if it fails.
     */
    static boolean trainAotCache(Path runtime, String module, Path cache, Path target, Os os)
            throws IOException, InterruptedException {
        Path journal = target.resolve("aot-training");
        Path log = target.resolve("aot-training.log");
        Image.deleteRecursively(journal);
        Path java = runtime.resolve("bin").resolve(os == Os.WINDOWS ? "java.exe" : "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(),
                "-XX:AOTCacheOutput=" + cache,
                "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-m", module, "--exit-after-first-frame")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("RAPPORT_DATA_DIR", journal.toAbsolutePath().toString());
        long start = System.nanoTime();
        for (int attempt = 1; attempt <= 2; attempt++) {
            Files.deleteIfExists(cache);
            Process p = pb.start();
            boolean finished = p.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                p.destroyForcibly().waitFor();
            }
            if (finished && p.exitValue() == 0 && Files.isRegularFile(cache)) {
                System.out.printf("AOT cache: %s (%.1f MiB, trained in %.0f s)%n", cache, Files.size(cache) / 1048576.0,
                        (System.nanoTime() - start) / 1e9);
                Image.deleteRecursively(journal);
                return true;
            }
            System.out.println("AOT cache training attempt " + attempt + " failed ("
                    + (finished ? "exit code " + p.exitValue() : "timed out") + "); see " + log);
        }
        Files.deleteIfExists(cache);
        System.out.println("Building the installers without an AOT cache: the app will start a little slower.");
        return false;
    }

    static void package_(String type, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--type", type));
        all.addAll(args);
        Image.run("jpackage", all);
    }

    /** Runs jpackage and tells whether it succeeded, for the one failure we can work around. */
    static boolean jpackage(List<String> args) {
        var tool = java.util.spi.ToolProvider.findFirst("jpackage").orElseThrow();
        var out = new java.io.PrintWriter(System.out, true);
        var err = new java.io.PrintWriter(System.err, true);
        return tool.run(out, err, args.toArray(String[]::new)) == 0;
    }

    /**
     * jpackage's resource folder for this OS: our files from packaging/<os>/ plus the icon under
     * the names jpackage looks for. A package made from an app image ignores --icon and would
     * otherwise fall back to the default Java icon for the menu entry.
     */
    static Path resources(Path packaging, Path target, Os os) throws IOException {
        Path dir = target.resolve("jpackage-resources");
        Image.deleteRecursively(dir);
        Files.createDirectories(dir);
        Path own = packaging.resolve(os.name().toLowerCase(Locale.ROOT));
        if (Files.isDirectory(own)) {
            try (var files = Files.list(own)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        Path icon = packaging.resolve("icons").resolve(icon(os));
        String suffix = icon.getFileName().toString().substring(icon.getFileName().toString().lastIndexOf('.'));
        Files.copy(icon, dir.resolve(NAME + suffix));
        if (os == Os.MAC) {
            Files.copy(icon, dir.resolve(NAME + "-volume" + suffix));
        }
        return dir;
    }

    /** jpackage wants one to three plain numbers: 0.2.0-SNAPSHOT becomes 0.2.0. */
    static String appVersion(String mavenVersion) {
        Matcher m = Pattern.compile("^(\\d+(\\.\\d+){0,2})").matcher(mavenVersion);
        if (!m.find()) {
            fail("the project version " + mavenVersion + " does not start with a number");
        }
        return m.group(1);
    }

    static String icon(Os os) {
        return switch (os) {
            case LINUX -> "rapport.png";
            case WINDOWS -> "rapport.ico";
            case MAC -> "rapport.icns";
        };
    }

    static Os currentOs() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return Os.WINDOWS;
        }
        if (name.startsWith("mac")) {
            return Os.MAC;
        }
        return Os.LINUX;
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static void fail(String message) {
        System.err.println("Installer: " + message);
        System.exit(1);
    }
}
