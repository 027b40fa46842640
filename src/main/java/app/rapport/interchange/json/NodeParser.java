package app.rapport.interchange.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses JSON text into {@link Node}s with Jackson's streaming parser, keeping every location. */
final class NodeParser {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private NodeParser() {
    }

    /** The single JSON value in {@code text}; Jackson reports syntax errors with their location. */
    static Node parse(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = value(parser, first);
            JsonToken rest = parser.nextToken();
            if (rest != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new TrailingContentException(at.getLineNr(), at.getColumnNr());
            }
            return root;
        }
    }

    private static Node value(JsonParser p, JsonToken token) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        long line = at.getLineNr();
        long column = at.getColumnNr();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                List<String> duplicates = new ArrayList<>(0);
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Node v = value(p, p.nextToken());
                    if (fields.putIfAbsent(name, v) != null) {
                        duplicates.add(name);
                    }
                }
                expect(t, JsonToken.END_OBJECT, p);
                yield new Node.Obj(fields, duplicates, line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        expect(null, JsonToken.END_ARRAY, p);
                    }
                    items.add(value(p, t));
                }
                yield new Node.Arr(items, line, column);
            }
            case VALUE_STRING -> new Node.Str(p.getText(), line, column);
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = p.getNumberType();
                boolean fits = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
                yield new Node.Num(p.getText(), fits, fits ? p.getLongValue() : 0, line, column);
            }
            case VALUE_NUMBER_FLOAT -> new Node.Num(p.getText(), false, 0, line, column);
            case VALUE_TRUE -> new Node.Bool(true, line, column);
            case VALUE_FALSE -> new Node.Bool(false, line, column);
            case VALUE_NULL -> new Node.Null(line, column);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + line + ":" + column);
        };
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
        if (actual != expected) {
            // Jackson reports truncated input itself; this guards against a parser that does not.
            throw new JsonParseException(p, "unexpected end of input, expected " + expected);
        }
    }

    /** Something other than white space after the journal object. */
    static final class TrailingContentException extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;

        TrailingContentException(long line, long column) {
            super("unexpected content at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }
    }
}
