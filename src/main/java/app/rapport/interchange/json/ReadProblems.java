package app.rapport.interchange.json;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems a read of a journal file found, each kept with its byte offset until the end,
 * when lines and columns are counted once for all of them. At most {@link #MAX_PROBLEMS} of each
 * kind are kept; the rest are counted.
 */
final class ReadProblems {

    /** Enough to fix a file in a few rounds without drowning the terminal. */
    static final int MAX_PROBLEMS = 200;

    /** A problem whose place is still a byte offset; lines and columns are counted once, at the end. */
    record Found(String list, int index, String id, String field, String key, List<Object> args, long offset) {
    }

    private final byte[] content;
    private final List<Found> errors = new ArrayList<>();
    private final List<Found> warnings = new ArrayList<>();
    private int errorsOmitted;
    private int warningsOmitted;

    ReadProblems(byte[] content) {
        this.content = content;
    }

    void error(String list, int index, String id, String field, long offset, String key, Object... args) {
        if (errors.size() < MAX_PROBLEMS) {
            errors.add(new Found(list, index, id, field, key, List.of(args), offset));
        } else {
            errorsOmitted++;
        }
    }

    void warning(String list, int index, String id, String field, long offset, String key, Object... args) {
        if (warnings.size() < MAX_PROBLEMS) {
            warnings.add(new Found(list, index, id, field, key, List.of(args), offset));
        } else {
            warningsOmitted++;
        }
    }

    boolean anyErrors() {
        return !errors.isEmpty();
    }

    /** Every error found, located, as the exception the read ends with. */
    ImportException errors() {
        return new ImportException(located(errors), errorsOmitted);
    }

    /** Every warning found, located, and a last one saying how many more there were. */
    List<ImportProblem> warnings() {
        List<ImportProblem> all = new ArrayList<>(located(warnings));
        if (warningsOmitted > 0) {
            all.add(ImportProblem.ofFile("interchange.warning.more", 0, 0, warningsOmitted));
        }
        return all;
    }

    /** A problem of the file as a whole (not JSON, no format), which ends the read at once. */
    ImportException fileFailure(String key, long offset, Object... args) {
        return failure(new Found(null, -1, null, null, key, List.of(args), offset));
    }

    /** A problem of the header's format or version, which ends the read at once. */
    ImportException headerFailure(Node at, String key, Object... args) {
        return failure(new Found(null, -1, null, at == null ? null : key.contains("Format") ? "format" : "version",
                key, List.of(args), at == null ? -1 : at.offset()));
    }

    private ImportException failure(Found problem) {
        return new ImportException(located(List.of(problem)), 0);
    }

    /**
     * The problems with line and column instead of byte offset, in file order. Columns count
     * characters, not bytes, so that an editor's cursor lands on the spot.
     */
    private List<ImportProblem> located(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingLong(Found::offset));
        List<ImportProblem> out = new ArrayList<>(sorted.size());
        long line = 1;
        long column = 1;
        int pos = 0;
        for (Found f : sorted) {
            if (f.offset() < 0) {
                out.add(new ImportProblem(f.list(), f.index(), f.id(), f.field(), f.key(), f.args(), 0, 0));
                continue;
            }
            int target = (int) Math.min(f.offset(), content.length);
            for (; pos < target; pos++) {
                byte b = content[pos];
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80 && !(pos == 0 && (b & 0xFF) == 0xEF)) { // a BOM is no column
                    column++;
                }
            }
            out.add(new ImportProblem(f.list(), f.index(), f.id(), f.field(), f.key(), f.args(), line, column));
        }
        return out;
    }
}
