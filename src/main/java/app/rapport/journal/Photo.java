package app.rapport.journal;

import java.util.Arrays;
import java.util.Objects;

/**
 * A contact's picture, kept small: importers scale it down before it gets here, so that a journal
 * of thousands of contacts with photos stays quick to load and back up.
 *
 * @param mediaType {@code image/jpeg} or {@code image/png}
 */
public record Photo(String mediaType, byte[] bytes) {

    /** Larger pictures are refused: they were not scaled down on the way in. */
    public static final int MAX_BYTES = 256 * 1024;

    public Photo {
        Objects.requireNonNull(mediaType, "mediaType");
        if (!mediaType.equals("image/jpeg") && !mediaType.equals("image/png")) {
            throw new IllegalArgumentException("photo must be image/jpeg or image/png, was " + mediaType);
        }
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("photo must be 1 to " + MAX_BYTES + " bytes, was " + bytes.length);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && p.mediaType.equals(mediaType) && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return mediaType.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Photo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
