package app.rapport.ui.settings;

import app.rapport.files.PrivateFiles;
import app.rapport.interchange.ImportException;
import app.rapport.sync.SyncEngine;
import app.rapport.sync.SyncFolderException;
import app.rapport.ui.common.I18n;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the Sync pane says of failures and of the changes to review (in the language of the
 * moment), and the small file beside the journal that names its sync folder
 * ({@value SyncViewModel#SETTINGS_FILE}; never the passphrase).
 */
final class SyncTexts {

    private SyncTexts() {
    }

    /** A failure as a message key with its arguments, naming the folder. */
    static Object[] failure(Throwable e, Path folder) {
        if (e instanceof SyncFolderException f) {
            return new Object[] {switch (f.reason()) {
                case MISSING -> "sync.error.missing";
                case READ_ONLY -> "sync.error.readOnly";
                case WRONG_PASSPHRASE -> "sync.error.wrongPassphrase";
                case DAMAGED -> "sync.error.damaged";
            }, f.folder()};
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new Object[] {"sync.error.readOnly", folder};
        }
        if (e instanceof java.nio.file.FileSystemException && !Files.isWritable(folder)) {
            return new Object[] {"sync.error.readOnly", folder};
        }
        if (e instanceof ImportException) {
            return new Object[] {"sync.error.unmergeable", describeError(e)};
        }
        return new Object[] {"sync.error.failed", folder, describeError(e)};
    }

    static String describeError(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The field of a change to review as people read it ("City"), in the language of now. */
    static String fieldName(SyncViewModel.Review r) {
        String base = r.field().split(String.valueOf(SyncEngine.SEP), 2)[0];
        String key = "contact.field." + base;
        return r.kind().equals("contacts") && I18n.bundle().containsKey(key) ? I18n.text(key) : base;
    }

    /** Which record a change to review is of: the person's name, or the kind of record. */
    static String recordName(SyncViewModel.Review r) {
        if (!r.recordName().isEmpty()) {
            return r.recordName();
        }
        String key = "sync.review.kind." + r.kind();
        return I18n.bundle().containsKey(key) ? I18n.text(key) : r.kind();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A value as people read it: text as it is, a list joined, nothing as "(none)". */
    static String shown(String value) {
        if (value == null) {
            return I18n.text("sync.review.none");
        }
        try {
            com.fasterxml.jackson.databind.JsonNode n = JSON.readTree(value);
            if (n == null || n.isNull()) {
                return I18n.text("sync.review.none");
            }
            if (n.isValueNode()) {
                return n.asText().isEmpty() ? I18n.text("sync.review.none") : n.asText();
            }
            if (n.isArray()) {
                List<String> parts = new ArrayList<>();
                n.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
                return parts.isEmpty() ? I18n.text("sync.review.none") : String.join(", ", parts);
            }
            return n.toString();
        } catch (IOException e) {
            return value;
        }
    }

    /** The folder this journal syncs with, or null. */
    static Path readSettings(Path dataDir) throws IOException {
        Path file = dataDir.resolve(SyncViewModel.SETTINGS_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String f = p.getProperty("folder", "").strip();
        return f.isEmpty() ? null : Path.of(f);
    }

    static void writeSettings(Path dataDir, Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("folder", folder.toString());
        Path tmp = dataDir.resolve(SyncViewModel.SETTINGS_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        PrivateFiles.createFile(tmp);
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Rapport sync: the shared folder of this journal (the passphrase is never stored)");
        }
        Files.move(tmp, dataDir.resolve(SyncViewModel.SETTINGS_FILE), StandardCopyOption.REPLACE_EXISTING);
    }
}
