package app.rapport.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder the user's sync tool shares:
 * <pre>
 * rapport-sync.json                         KDF, salt, iterations and a key check (no secret)
 * devices/&lt;device&gt;/&lt;seq&gt;.rapport-sync   sealed change files, one writer (the device) each
 * </pre>
 * Files are written under a temporary name that starts with a dot and renamed into place; every
 * name that is not exactly {@code <number>.rapport-sync} (temporary files of Rapport or of a sync
 * tool, conflict copies) is ignored.
 */
public final class SyncFolder implements LogFolder {

    public static final String CONFIG = "rapport-sync.json";
    static final Pattern FILE = Pattern.compile("([1-9][0-9]{0,17})\\.rapport-sync");
    private static final Pattern DEVICE = Pattern.compile("[0-9a-zA-Z_-]{1,64}");
    private static final String CHECK = "rapport-sync key check";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final SyncCrypto crypto;

    private SyncFolder(Path root, SyncCrypto crypto) {
        this.root = root;
        this.crypto = crypto;
    }

    public Path root() {
        return root;
    }

    /**
     * Opens the folder with the passphrase, setting it up (salt, key check) when it has no
     * {@value #CONFIG} yet.
     */
    public static SyncFolder open(Path root, char[] passphrase) throws SyncFolderException {
        return open(root, passphrase, SyncCrypto.DEFAULT_ITERATIONS);
    }

    /** As {@link #open(Path, char[])}, with the iterations a new folder gets (tests use fewer). */
    public static SyncFolder open(Path root, char[] passphrase, int newIterations) throws SyncFolderException {
        if (!Files.isDirectory(root)) {
            throw new SyncFolderException(SyncFolderException.Reason.MISSING, root, null);
        }
        Path config = root.resolve(CONFIG);
        try {
            if (!Files.exists(config)) {
                byte[] salt = SyncCrypto.newSalt();
                SyncCrypto crypto = SyncCrypto.derive(passphrase, salt, newIterations);
                ObjectNode o = JSON.createObjectNode();
                o.put("format", "rapport-sync");
                o.put("version", 1);
                o.put("kdf", "PBKDF2-HMAC-SHA256");
                o.put("iterations", newIterations);
                o.put("salt", Base64.getEncoder().encodeToString(salt));
                o.put("cipher", "AES-256-GCM");
                o.put("keyCheck", Base64.getEncoder().encodeToString(
                        crypto.seal(CHECK.getBytes(StandardCharsets.UTF_8), CHECK)));
                writeAtomically(root, config, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
                return new SyncFolder(root, crypto);
            }
            JsonNode o = JSON.readTree(Files.readAllBytes(config));
            if (!"rapport-sync".equals(o.path("format").asText()) || o.path("version").asInt() != 1
                    || !"PBKDF2-HMAC-SHA256".equals(o.path("kdf").asText())) {
                throw new SyncFolderException(SyncFolderException.Reason.DAMAGED, config, null);
            }
            byte[] salt = Base64.getDecoder().decode(o.path("salt").asText());
            int iterations = o.path("iterations").asInt();
            if (iterations < 1 || salt.length < 8) {
                throw new SyncFolderException(SyncFolderException.Reason.DAMAGED, config, null);
            }
            SyncCrypto crypto = SyncCrypto.derive(passphrase, salt, iterations);
            byte[] check = crypto.open(Base64.getDecoder().decode(o.path("keyCheck").asText()), CHECK);
            if (check == null) {
                throw new SyncFolderException(SyncFolderException.Reason.WRONG_PASSPHRASE, root, null);
            }
            return new SyncFolder(root, crypto);
        } catch (AccessDeniedException e) {
            throw new SyncFolderException(SyncFolderException.Reason.READ_ONLY, root, e);
        } catch (FileSystemException e) {
            throw new SyncFolderException(Files.isWritable(root) ? SyncFolderException.Reason.DAMAGED
                    : SyncFolderException.Reason.READ_ONLY, root, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new SyncFolderException(SyncFolderException.Reason.DAMAGED, config, e);
        }
    }

    static String associated(String device, long seq) {
        return "rapport-sync/1/" + device + "/" + seq;
    }

    Path fileOf(String device, long seq) {
        return root.resolve("devices").resolve(device).resolve(seq + ".rapport-sync");
    }

    @Override
    public Map<String, SortedSet<Long>> list() throws IOException {
        Map<String, SortedSet<Long>> out = new TreeMap<>();
        Path devices = root.resolve("devices");
        if (!Files.isDirectory(devices)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(devices)) {
            for (Path d : ds) {
                String device = d.getFileName().toString();
                if (!DEVICE.matcher(device).matches() || !Files.isDirectory(d)) {
                    continue;
                }
                SortedSet<Long> seqs = new TreeSet<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
                    for (Path f : files) {
                        Matcher m = FILE.matcher(f.getFileName().toString());
                        if (m.matches()) {
                            seqs.add(Long.parseLong(m.group(1)));
                        }
                    }
                }
                out.put(device, seqs);
            }
        }
        return out;
    }

    @Override
    public ChangeFile read(String device, long seq) throws IOException, UnreadableFileException {
        Path file = fileOf(device, seq);
        byte[] plain = crypto.open(Files.readAllBytes(file), associated(device, seq));
        if (plain == null) {
            throw new UnreadableFileException(file.toString(), "changed, cut short or sealed with another passphrase");
        }
        ChangeFile f;
        try {
            f = ChangeFileCodec.decode(plain);
        } catch (IOException e) {
            throw new UnreadableFileException(file.toString(), "not a change file of this version");
        }
        if (!f.device().equals(device) || f.seq() != seq) {
            throw new UnreadableFileException(file.toString(), "names another place");
        }
        return f;
    }

    @Override
    public void write(ChangeFile file) throws IOException {
        Path target = fileOf(file.device(), file.seq());
        Files.createDirectories(target.getParent());
        removeLeftovers(target.getParent());
        writeAtomically(target.getParent(), target,
                crypto.seal(ChangeFileCodec.encode(file), associated(file.device(), file.seq())));
    }

    private static final Pattern LEFTOVER = Pattern.compile("\\.[1-9][0-9]{0,17}\\.rapport-sync[0-9]*\\.tmp");

    /**
     * Temporary files of this device's own earlier syncs, cut off before their rename (the process
     * killed, the machine off). Only this device writes in its folder, so they are its own.
     */
    private static void removeLeftovers(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                if (LEFTOVER.matcher(f.getFileName().toString()).matches()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Written beside, flushed, then renamed: the final name never shows half a file. */
    static void writeAtomically(Path dir, Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
