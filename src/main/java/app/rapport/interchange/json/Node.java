package app.rapport.interchange.json;

import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in the file (its byte offset, turned into line and
 * column only for the few values a message names). Jackson's own tree forgets locations, and an
 * error message without a line number makes a 20,000-contact file hard to fix. The reader holds
 * one record's tree at a time, never the whole file's.
 */
sealed interface Node {

    /** Byte offset of the value in the file. */
    long offset();

    /** A short rendering of the value for messages: {@code "four"}, {@code 12}, {@code [...]}. */
    String shown();

    record Obj(Map<String, Node> fields, List<String> duplicateKeys, long offset) implements Node {
        @Override
        public String shown() {
            return "{...}";
        }
    }

    record Arr(List<Node> items, long offset) implements Node {
        @Override
        public String shown() {
            return "[...]";
        }
    }

    record Str(String value, long offset) implements Node {
        @Override
        public String shown() {
            String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
            return "\"" + v + "\"";
        }
    }

    /** A number as written; {@code integral} if it has no fraction or exponent and fits a long. */
    record Num(String text, boolean integral, long longValue, long offset) implements Node {
        @Override
        public String shown() {
            return text.length() > 60 ? text.substring(0, 57) + "..." : text;
        }
    }

    record Bool(boolean value, long offset) implements Node {
        @Override
        public String shown() {
            return Boolean.toString(value);
        }
    }

    record Null(long offset) implements Node {
        @Override
        public String shown() {
            return "null";
        }
    }
}
