package app.rapport.interchange.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Indents records one field per line but keeps small values on one line: lists of texts
 * ({@code ["a", "b"]}) and records marked {@link #inlineNext()} such as ties. Jackson's default
 * printer puts either every list on one line or every list element on its own line; with 60,000
 * ties the difference is a file people can still read. Lines end with {@code \n} on every system,
 * so exports are byte-identical everywhere.
 */
final class JournalPrettyPrinter implements PrettyPrinter {

    private static final String INDENT = "  ";

    /** For each open container: whether it is written on one line. */
    private final Deque<Boolean> inline = new ArrayDeque<>();
    private boolean inlineNext;
    private int depth;

    /** Writes the next object or array on one line, with everything in it. */
    void inlineNext() {
        inlineNext = true;
    }

    private boolean open(boolean isArray) {
        boolean parentInline = !inline.isEmpty() && inline.peek();
        // Lists of plain values are always short enough for one line.
        boolean one = parentInline || inlineNext || (isArray && scalarArrayNext);
        inlineNext = false;
        scalarArrayNext = false;
        inline.push(one);
        depth++;
        return one;
    }

    private boolean scalarArrayNext;

    /** The next array holds plain values only. */
    void scalarArrayNext() {
        scalarArrayNext = true;
    }

    private void newline(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw(INDENT);
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        open(false);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (inline.peek()) {
            g.writeRaw(' ');
        } else {
            newline(g);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (inline.peek()) {
            g.writeRaw(' ');
        } else {
            newline(g);
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        boolean one = inline.pop();
        depth--;
        if (entries > 0) {
            if (one) {
                g.writeRaw(' ');
            } else {
                newline(g);
            }
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        open(true);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!inline.peek()) {
            newline(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (inline.peek()) {
            g.writeRaw(' ');
        } else {
            newline(g);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        boolean one = inline.pop();
        depth--;
        if (values > 0 && !one) {
            newline(g);
        }
        g.writeRaw(']');
    }
}
