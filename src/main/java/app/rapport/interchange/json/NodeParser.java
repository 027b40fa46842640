package app.rapport.interchange.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one JSON value from Jackson's streaming parser into {@link Node}s, keeping every offset. */
final class NodeParser {

    private NodeParser() {
    }

    /**
     * The value starting at {@code token}, the parser's current token; afterwards the parser
     * stands on the value's last token.
     *
     * @param base added to Jackson's offsets, which count from where it was asked to start
     */
    static Node value(JsonParser p, JsonToken token, long base) throws IOException {
        long offset = base + p.currentTokenLocation().getByteOffset();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Node> fields = new HashMap<>();
                List<String> duplicates = List.of();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Node v = value(p, p.nextToken(), base);
                    if (fields.putIfAbsent(name, v) != null) {
                        if (duplicates.isEmpty()) {
                            duplicates = new ArrayList<>(1);
                        }
                        duplicates.add(name);
                    }
                }
                if (t != JsonToken.END_OBJECT) {
                    // Jackson reports truncated input itself; this guards against a parser that does not.
                    throw new JsonParseException(p, "unexpected end of input in an object");
                }
                yield new Node.Obj(fields, duplicates, offset);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new JsonParseException(p, "unexpected end of input in a list");
                    }
                    items.add(value(p, t, base));
                }
                yield new Node.Arr(items, offset);
            }
            case VALUE_STRING -> new Node.Str(p.getText(), offset);
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = p.getNumberType();
                boolean fits = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
                yield new Node.Num(p.getText(), fits, fits ? p.getLongValue() : 0, offset);
            }
            case VALUE_NUMBER_FLOAT -> new Node.Num(p.getText(), false, 0, offset);
            case VALUE_TRUE -> new Node.Bool(true, offset);
            case VALUE_FALSE -> new Node.Bool(false, offset);
            case VALUE_NULL -> new Node.Null(offset);
            default -> throw new JsonParseException(p, "unexpected " + token);
        };
    }
}
