package app.rapport.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** A change file's plain content: gzipped JSON {@code {device, seq, seen, changes: [[key, value, clock]]}}. */
final class ChangeFileCodec {

    private static final JsonFactory JSON = new JsonFactory();

    private ChangeFileCodec() {
    }

    static byte[] encode(ChangeFile f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes); JsonGenerator g = JSON.createGenerator(zip)) {
            g.writeStartObject();
            g.writeStringField("device", f.device());
            g.writeNumberField("seq", f.seq());
            g.writeObjectFieldStart("seen");
            for (var e : new TreeMap<>(f.seen()).entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (ChangeFile.Change c : f.changes()) {
                g.writeStartArray();
                g.writeString(c.key());
                g.writeString(c.value());
                g.writeString(c.hlc().toString());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static ChangeFile decode(byte[] gz) throws IOException {
        try (JsonParser p = JSON.createParser(new GZIPInputStream(new ByteArrayInputStream(gz)))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a change file");
            }
            String device = null;
            long seq = -1;
            Map<String, Long> seen = new TreeMap<>();
            List<ChangeFile.Change> changes = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "device" -> device = p.getText();
                    case "seq" -> seq = p.getLongValue();
                    case "seen" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String d = p.currentName();
                            p.nextToken();
                            seen.put(d, p.getLongValue());
                        }
                    }
                    case "changes" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            p.nextToken();
                            String key = p.getText();
                            p.nextToken();
                            String value = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
                            p.nextToken();
                            Hlc hlc = Hlc.parse(p.getText());
                            if (p.nextToken() != JsonToken.END_ARRAY) {
                                throw new IOException("bad change");
                            }
                            changes.add(new ChangeFile.Change(key, value, hlc));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (device == null || seq < 1) {
                throw new IOException("change file without device or number");
            }
            return new ChangeFile(device, seq, seen, changes);
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }
}
