package app.rapport.interchange.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in the file. Jackson's own tree forgets locations, and
 * an error message without a line number makes a 20,000-contact file hard to fix.
 */
sealed interface Node {

    long line();

    long column();

    /** A short rendering of the value for messages: {@code "four"}, {@code 12}, {@code [...]}. */
    String shown();

    record Obj(Map<String, Node> fields, List<String> duplicateKeys, long line, long column) implements Node {
        public Obj {
            fields = new LinkedHashMap<>(fields);
        }

        @Override
        public String shown() {
            return "{...}";
        }
    }

    record Arr(List<Node> items, long line, long column) implements Node {
        @Override
        public String shown() {
            return "[...]";
        }
    }

    record Str(String value, long line, long column) implements Node {
        @Override
        public String shown() {
            String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
            return "\"" + v + "\"";
        }
    }

    /** A number as written; {@code integral} if it has no fraction or exponent and fits a long. */
    record Num(String text, boolean integral, long longValue, long line, long column) implements Node {
        @Override
        public String shown() {
            return text.length() > 60 ? text.substring(0, 57) + "..." : text;
        }
    }

    record Bool(boolean value, long line, long column) implements Node {
        @Override
        public String shown() {
            return Boolean.toString(value);
        }
    }

    record Null(long line, long column) implements Node {
        @Override
        public String shown() {
            return "null";
        }
    }
}
