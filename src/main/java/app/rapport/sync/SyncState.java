package app.rapport.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * What a device remembers between syncs, kept beside its journal (never in the shared folder): its
 * id, its clock, how far it has read each device's log, the registers of every key, and which
 * records the last sync left there with a fingerprint of each as the journal held it. Written
 * compactly ({@link #write}: deflated binary, keys of a record stored after the record's key);
 * holds journal data, so it is as private as the journal.
 */
public final class SyncState {

    /** The file's first bytes. */
    static final byte[] MAGIC = "RSTATE3".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MAGIC_2 = "RSTATE2".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    final String device;
    Hlc clock;
    final NavigableMap<String, Long> read = new TreeMap<>();
    final Map<String, Map<String, Long>> seen = new HashMap<>();
    /** Per record ({@code kind␟id}), per key: the values no later change superseded. */
    private final Map<String, Map<String, List<SyncEngine.Entry>>> registers = new HashMap<>();
    /**
     * Records' registers as read from the file and not needed since: decoded when a sync touches
     * the record, written back as they are. A sync of a few changes decodes a few records.
     */
    private final Map<String, byte[]> packed = new HashMap<>();
    /** The records there after the last sync, each with the journal's fingerprint of it (0: unknown). */
    final Map<String, Long> synced = new HashMap<>();
    /** Records there only because something refers to them (looked at again at every sync). */
    final Set<String> revived = new HashSet<>();
    /** Keys with more than one value kept (changes to review); not stored, found again on reading. */
    final Set<String> multi = new HashSet<>();
    /** Device ids, one string object each, numbered in the order first seen (packed records use the numbers). */
    private final Map<String, Integer> devices = new HashMap<>();
    private final List<String> deviceOrder = new ArrayList<>();

    public SyncState(String device) {
        this.device = device;
        this.clock = new Hlc(0, 0, device);
        intern(device);
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

    /** One string object per device id. */
    String intern(String d) {
        Integer i = devices.get(d);
        if (i != null) {
            return deviceOrder.get(i);
        }
        devices.put(d, deviceOrder.size());
        deviceOrder.add(d);
        return d;
    }

    /** A record's registers, or null when no change of it was read. */
    Map<String, List<SyncEngine.Entry>> registersOf(String record) {
        Map<String, List<SyncEngine.Entry>> r = registers.get(record);
        if (r == null) {
            byte[] b = packed.remove(record);
            if (b != null) {
                try {
                    r = unpack(record, b);
                } catch (IOException e) {
                    throw new IllegalStateException("sync state: record " + record + " unreadable", e);
                }
                registers.put(record, r);
            }
        }
        return r;
    }

    /** A record's registers, new ones if none yet. */
    Map<String, List<SyncEngine.Entry>> registersFor(String record) {
        Map<String, List<SyncEngine.Entry>> r = registersOf(record);
        if (r == null) {
            r = new HashMap<>();
            registers.put(record, r);
        }
        return r;
    }

    /** Every device whose log this one has read, with how many of its files. */
    public Map<String, Long> devicesSeen() {
        return java.util.Collections.unmodifiableMap(read);
    }

    /** How many records the last sync left there. */
    public int records() {
        return synced.size();
    }

    /** The state in a file of this device, or a new device when there is none yet. */
    public static SyncState load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return newDevice();
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
                new InflaterInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)), 1 << 16))) {
            return read(in);
        }
    }

    /** Written beside and renamed into place: a sync cut off leaves the state before it. */
    public void save(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new DeflaterOutputStream(
                         Channels.newOutputStream(ch), new Deflater(Deflater.BEST_SPEED), 1 << 16), 1 << 16))) {
                write(out);
                out.flush();
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED)))) {
            write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads {@link #toBytes}, or the JSON of the first version of this file. */
    public static SyncState fromBytes(byte[] bytes) throws IOException {
        if (bytes.length > 0 && bytes[0] == '{') {
            return fromJson(bytes);
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
                new InflaterInputStream(new java.io.ByteArrayInputStream(bytes))))) {
            return read(in);
        }
    }

    private void write(DataOutputStream out) throws IOException {
        // Every device named anywhere gets its number before the table is written.
        seen.values().forEach(v -> v.keySet().forEach(this::intern));
        read.keySet().forEach(this::intern);
        for (Map<String, List<SyncEngine.Entry>> keys : registers.values()) {
            for (List<SyncEngine.Entry> entries : keys.values()) {
                for (SyncEngine.Entry x : entries) {
                    intern(x.device());
                    intern(x.hlc().device());
                }
            }
        }
        out.write(MAGIC);
        varint(out, deviceOrder.size());
        for (String d : deviceOrder) {
            string(out, d);
        }
        out.writeInt(devices.get(device));
        out.writeLong(clock.wall());
        varint(out, clock.counter());
        varint(out, read.size());
        for (var e : read.entrySet()) {
            varint(out, devices.get(e.getKey()));
            varint(out, e.getValue());
        }
        varint(out, seen.size());
        for (var e : seen.entrySet()) {
            string(out, e.getKey());
            varint(out, e.getValue().size());
            for (var x : e.getValue().entrySet()) {
                intern(x.getKey());
                varint(out, devices.get(x.getKey()));
                varint(out, x.getValue());
            }
        }
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        DataOutputStream blobOut = new DataOutputStream(blob);
        varint(out, registers.size() + packed.size());
        for (var r : registers.entrySet()) {
            blob.reset();
            boolean multiple = pack(r.getKey(), r.getValue(), blobOut);
            string(out, r.getKey());
            out.writeByte(multiple ? 1 : 0);
            varint(out, blob.size());
            blob.writeTo(out);
        }
        for (var r : packed.entrySet()) {
            string(out, r.getKey());
            out.writeByte(0);
            varint(out, r.getValue().length);
            out.write(r.getValue());
        }
        varint(out, synced.size());
        for (var e : synced.entrySet()) {
            string(out, e.getKey());
            out.writeLong(e.getValue());
        }
        varint(out, revived.size());
        for (String r : revived) {
            string(out, r);
        }
    }

    /** One record's registers; returns whether a key holds more than one value. */
    private boolean pack(String record, Map<String, List<SyncEngine.Entry>> keys, DataOutputStream out) throws IOException {
        boolean multiple = false;
        varint(out, keys.size());
        for (var k : keys.entrySet()) {
            string(out, k.getKey().substring(record.length()));
            varint(out, k.getValue().size());
            multiple |= k.getValue().size() > 1;
            for (SyncEngine.Entry x : k.getValue()) {
                string(out, x.value());
                out.writeLong(x.hlc().wall());
                varint(out, x.hlc().counter());
                varint(out, devices.get(intern(x.hlc().device())));
                varint(out, devices.get(intern(x.device())));
                varint(out, x.seq());
            }
        }
        return multiple;
    }

    private Map<String, List<SyncEngine.Entry>> unpack(String record, byte[] bytes) throws IOException {
        return unpack(record, new DataInputStream(new java.io.ByteArrayInputStream(bytes)));
    }

    private Map<String, List<SyncEngine.Entry>> unpack(String record, DataInputStream in) throws IOException {
        int keys = (int) readVarint(in);
        Map<String, List<SyncEngine.Entry>> r = new HashMap<>(keys * 4 / 3 + 1);
        for (int j = 0; j < keys; j++) {
            String suffix = readString(in);
            String key = suffix.isEmpty() ? record : record + suffix;
            int count = (int) readVarint(in);
            List<SyncEngine.Entry> entries = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                String value = readString(in);
                long wall = in.readLong();
                int counter = (int) readVarint(in);
                String hd = deviceOrder.get((int) readVarint(in));
                String d = deviceOrder.get((int) readVarint(in));
                entries.add(new SyncEngine.Entry(value, new Hlc(wall, counter, hd), d, readVarint(in)));
            }
            if (count > 1) {
                multi.add(key);
            }
            r.put(key, entries);
        }
        return r;
    }

    private static SyncState read(DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        boolean second = java.util.Arrays.equals(magic, MAGIC_2);
        if (!second && !java.util.Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a sync state of this version");
        }
        int n = (int) readVarint(in);
        String[] table = new String[n];
        for (int i = 0; i < n; i++) {
            table[i] = readString(in);
        }
        SyncState s = new SyncState(table[in.readInt()]);
        s.devices.clear();
        s.deviceOrder.clear();
        for (int i = 0; i < n; i++) {
            table[i] = s.intern(table[i]);
        }
        s.intern(s.device);
        s.clock = new Hlc(in.readLong(), (int) readVarint(in), s.device);
        for (long i = readVarint(in); i > 0; i--) {
            String d = table[(int) readVarint(in)];
            s.read.put(d, readVarint(in));
        }
        for (long i = readVarint(in); i > 0; i--) {
            String file = readString(in);
            Map<String, Long> v = new TreeMap<>();
            for (long j = readVarint(in); j > 0; j--) {
                String d = table[(int) readVarint(in)];
                v.put(d, readVarint(in));
            }
            s.seen.put(file, v);
        }
        for (long i = readVarint(in); i > 0; i--) {
            String record = readString(in);
            if (second) {
                s.registers.put(record, s.unpack(record, in));
                continue;
            }
            boolean multiple = in.readByte() != 0;
            byte[] blob = in.readNBytes((int) readVarint(in));
            if (multiple) {
                // Changes to review are listed at every sync: their records are needed anyway.
                s.registers.put(record, s.unpack(record, blob));
            } else {
                s.packed.put(record, blob);
            }
        }
        for (long i = readVarint(in); i > 0; i--) {
            String record = readString(in);
            s.synced.put(record, in.readLong());
        }
        for (long i = readVarint(in); i > 0; i--) {
            s.revived.add(readString(in));
        }
        return s;
    }

    private static void varint(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarint(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("sync state: bad number");
    }

    /** A string as its UTF-8 length plus one (0: null) and bytes. */
    private static void string(DataOutputStream out, String v) throws IOException {
        if (v == null) {
            varint(out, 0);
            return;
        }
        byte[] b = v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        varint(out, b.length + 1L);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        long n = readVarint(in);
        if (n == 0) {
            return null;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IOException("sync state: bad length");
        }
        return new String(in.readNBytes((int) n - 1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** The first version of this file, JSON with the whole synced state (read once, written anew). */
    private static SyncState fromJson(byte[] bytes) throws IOException {
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
                                entries.add(new SyncEngine.Entry(value, hlc, need(s).intern(device), seq));
                            }
                            String record = SyncEngine.recordKey(key);
                            need(s).registersFor(record).put(key, entries);
                            if (entries.size() > 1) {
                                s.multi.add(key);
                            }
                        }
                    }
                    case "base" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            p.nextToken();
                            if (SyncEngine.recordKey(key).equals(key)) {
                                need(s).synced.put(key, 0L);
                            }
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
