package app.rapport.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A postal address of a contact, in the parts an address book and a vCard's {@code ADR} keep.
 * Every part is optional; blank parts are absent, and the street may run over several lines
 * (a c/o line, a building). The contact's {@code city} stays what it was: where the person is,
 * which an address may or may not say.
 */
public record PostalAddress(String street, String postalCode, String city, String region, String country) {

    public PostalAddress {
        street = street == null ? null : blankToNull(String.join("\n",
                street.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
        postalCode = oneLine(postalCode);
        city = oneLine(city);
        region = oneLine(region);
        country = oneLine(country);
    }

    public PostalAddress withCity(String newCity) {
        return new PostalAddress(street, postalCode, newCity, region, country);
    }

    /** Whether no part is given: such an address is not kept. */
    public boolean isEmpty() {
        return parts().allMatch(p -> p == null);
    }

    /** The address as written on an envelope: street lines, postal code with city, region, country. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (street != null) {
            out.addAll(street.lines().toList());
        }
        String place = String.join(" ", Stream.of(postalCode, city).filter(p -> p != null).toList());
        if (!place.isEmpty()) {
            out.add(place);
        }
        if (region != null) {
            out.add(region);
        }
        if (country != null) {
            out.add(country);
        }
        return out;
    }

    /** The address on one line, parts separated by commas: how lists and the merge review show it. */
    public String oneLine() {
        return String.join(", ", lines());
    }

    /** What two spellings of one address share: case, spaces and punctuation aside. */
    public String key() {
        return oneLine().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private Stream<String> parts() {
        return Stream.of(street, postalCode, city, region, country);
    }

    private static String oneLine(String s) {
        return s == null ? null : blankToNull(s.strip().replaceAll("\\s+", " "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
