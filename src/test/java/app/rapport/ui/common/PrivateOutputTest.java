package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.ValidationException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Personal data never reaches standard error or a log: not a mailto: link that no program opened, not a failure's message. */
class PrivateOutputTest {

    private static final String MAILTO = "mailto:anna@example.org?subject=Magst%20du%20Ben&body=Hallo%20Anna%2C%20Ben%20sucht%20Geld";

    @TempDir
    Path tmp;

    /** Opens {@link #MAILTO} with the system opener, in a process of its own; prints whether it opened. */
    public static void main(String[] args) {
        System.out.println("opened=" + Documents.openWithSystem(MAILTO));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aMailProgramThatCannotBeOpenedLeavesNoTraceOfTheMessageOnStandardErrorOrOutput() throws Exception {
        // An opener that fails as xdg-open does when no mail program is set up, quoting what it was given.
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String name : List.of("xdg-open", "open")) {
            Path opener = bin.resolve(name);
            Files.writeString(opener, "#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\n"
                    + "echo \"$1\"\nexit 3\n");
            Files.setPosixFilePermissions(opener, PosixFilePermissions.fromString("rwx------"));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classPath, PrivateOutputTest.class.getName());
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        assertEquals("opened=false", out.strip(), "the failure is known, so the window can say so; stderr: " + err);
        assertFalse(err.contains("anna@example.org") || err.contains("Hallo"), err);
    }

    @Test
    void anOpenerThatIsNotInstalledIsAFailureNotAnException() {
        assertFalse(Documents.run(List.of(tmp.resolve("no-such-opener").toString(), MAILTO), java.time.Duration.ofSeconds(5)));
    }

    @Test
    void aLoggedFailureKeepsItsKindAndPlaceButNotItsMessage() {
        ValidationException refused = new ValidationException(List.of(new ValidationException.Problem("emails",
                "validation.email", "anna.schmidt@kreislauf.de")));
        RuntimeException failure = new IllegalStateException("saving Anna Schmidt failed", refused);
        List<LogRecord> records = new ArrayList<>();
        Logger log = Logger.getLogger("app.rapport.test.private-output");
        log.setUseParentHandlers(false);
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            Logs.failure(log, Level.WARNING, "background task failed", failure);
        } finally {
            log.removeHandler(capture);
        }

        String written = new SimpleFormatter().format(records.getFirst());
        assertTrue(written.contains("java.lang.IllegalStateException"), written);
        assertTrue(written.contains("app.rapport.journal.ValidationException"), written);
        assertTrue(written.contains("PrivateOutputTest.aLoggedFailure"), "where it happened: " + written);
        assertFalse(written.contains("anna.schmidt@kreislauf.de") || written.contains("Anna Schmidt"), written);
        StringWriter plain = new StringWriter();
        failure.printStackTrace(new PrintWriter(plain));
        assertTrue(plain.toString().contains("anna.schmidt@kreislauf.de"), "the failure itself did carry it");
    }
}
