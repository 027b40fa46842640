package app.rapport.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export killed half-way leaves a hidden temporary beside its target; the next start removes it. */
class UnfinishedExportsTest {

    @TempDir
    Path tmp;

    private static List<Path> list(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void whileAnExportIsWrittenItsTemporaryIsPrivateAndNotedInTheDataFolder() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Exports.writeAtomically(out.resolve("contacts.vcf"), data, stream -> {
            List<Path> temporaries = list(out);
            assertEquals(1, temporaries.size());
            Path temporary = temporaries.getFirst();
            assertTrue(temporary.getFileName().toString().startsWith(".contacts.vcf."), temporary.toString());
            if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temporary)));
            }
            List<Path> notes = list(data.resolve(UnfinishedExports.FOLDER));
            assertEquals(1, notes.size());
            assertEquals(temporary.toString(), Files.readString(notes.getFirst(), StandardCharsets.UTF_8));
            stream.write("BEGIN:VCARD".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(List.of(out.resolve("contacts.vcf")), list(out));
        assertEquals(List.of(), list(data.resolve(UnfinishedExports.FOLDER)), "the note goes with the temporary");
    }

    @Test
    void theNextStartRemovesWhatAKilledExportLeftAndNothingElse() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = out.resolve(".contacts.vcf.1234.part");
        Path running = out.resolve(".journal.json.5678.part");
        Path notOurs = out.resolve("thesis.docx");
        for (Path p : List.of(killed, running, notOurs)) {
            Files.writeString(p, "Anna, anna@example.org");
        }
        Path notes = Files.createDirectories(data.resolve(UnfinishedExports.FOLDER));
        Files.writeString(notes.resolve(ended.pid() + "-a"), killed.toString());
        Files.writeString(notes.resolve(ProcessHandle.current().pid() + "-b"), running.toString());
        Files.writeString(notes.resolve(ended.pid() + "-c"), notOurs.toString()); // a note that lies

        UnfinishedExports.removeLeftovers(data);

        assertFalse(Files.exists(killed));
        assertTrue(Files.exists(running), "an export still being written is left alone");
        assertTrue(Files.exists(notOurs), "only hidden .part files are ever removed");
        assertEquals(List.of(notes.resolve(ProcessHandle.current().pid() + "-b")), list(notes));
    }
}
