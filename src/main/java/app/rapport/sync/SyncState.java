package app.rapport.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a device remembers between syncs, kept beside its journal (never in the shared folder): its
 * id, its clock, how far it has read each device's log, the registers of every key and the state
 * it last synced. Written as JSON; holds journal data, so it is as private as the journal.
 */
public final class SyncState {

    final String device;
    Hlc clock;
    final NavigableMap<String, Long> read = new TreeMap<>();
    final NavigableMap<String, Map<String, Long>> seen = new TreeMap<>();
    final NavigableMap<String, List<SyncEngine.Entry>> registers = new TreeMap<>();
    NavigableMap<String, String> base = new TreeMap<>();

    public SyncState(String device) {
        this.device = device;
        this.clock = new Hlc(0, 0, device);
    }

    /** A new device with a random id, safe as a file name. */
    public static SyncState newDevice() {
        byte[] b = new byte[8];
        new SecureRandom().nextBytes(b);
        return new SyncState(HexFormat.of().formatHex(b));
    }

    public String device() {
        return device;
    }

    /** Every device whose log this one has read, with how many of its files. */
    public Map<String, Long> devicesSeen() {
        return java.util.Collections.unmodifiableMap(read);
    }

    /** The state last synced (flat keys, see {@link SyncEngine}). */
    public Map<String, String> base() {
        return java.util.Collections.unmodifiableMap(base);
    }

    private static final JsonFactory JSON = new JsonFactory();

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", "rapport-sync-state");
            g.writeNumberField("version", 1);
            g.writeStringField("device", device);
            g.writeStringField("clock", clock.toString());
            g.writeObjectFieldStart("read");
            for (var e : read.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("seen");
            for (var e : seen.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                for (var s : e.getValue().entrySet()) {
                    g.writeNumberField(s.getKey(), s.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("registers");
            for (var e : registers.entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (SyncEngine.Entry x : e.getValue()) {
                    g.writeStartArray();
                    g.writeString(x.value());
                    g.writeString(x.hlc().toString());
                    g.writeString(x.device());
                    g.writeNumber(x.seq());
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("base");
            for (var e : base.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static SyncState fromBytes(byte[] bytes) throws IOException {
        try (JsonParser p = JSON.createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            SyncState s = null;
            String clock = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "device" -> s = new SyncState(p.getText());
                    case "clock" -> clock = p.getText();
                    case "read" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String d = p.currentName();
                            p.nextToken();
                            need(s).read.put(d, p.getLongValue());
                        }
                    }
                    case "seen" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            expect(p.nextToken(), JsonToken.START_OBJECT);
                            Map<String, Long> v = new TreeMap<>();
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String d = p.currentName();
                                p.nextToken();
                                v.put(d, p.getLongValue());
                            }
                            need(s).seen.put(f, v);
                        }
                    }
                    case "registers" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            expect(p.nextToken(), JsonToken.START_ARRAY);
                            List<SyncEngine.Entry> entries = new ArrayList<>();
                            while (p.nextToken() == JsonToken.START_ARRAY) {
                                p.nextToken();
                                String value = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
                                p.nextToken();
                                Hlc hlc = Hlc.parse(p.getText());
                                p.nextToken();
                                String device = p.getText();
                                p.nextToken();
                                long seq = p.getLongValue();
                                expect(p.nextToken(), JsonToken.END_ARRAY);
                                entries.add(new SyncEngine.Entry(value, hlc, device, seq));
                            }
                            need(s).registers.put(key, entries);
                        }
                    }
                    case "base" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            p.nextToken();
                            need(s).base.put(key, p.getText());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            need(s).clock = clock == null ? s.clock : Hlc.parse(clock);
            return s;
        }
    }

    private static SyncState need(SyncState s) throws IOException {
        if (s == null) {
            throw new IOException("sync state without device");
        }
        return s;
    }

    private static void expect(JsonToken t, JsonToken wanted) throws IOException {
        if (t != wanted) {
            throw new IOException("sync state: expected " + wanted + ", found " + t);
        }
    }
}
