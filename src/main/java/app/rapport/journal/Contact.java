package app.rapport.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person in the journal. Tags ({@code interests}, {@code offers}, {@code seeks}) are kept as the
 * user wrote them; {@link Tags#normalize} gives the form used for matching. The photo is optional;
 * postal addresses are kept in the order the user gave them.
 */
public record Contact(
        String id,
        String name,
        String organization,
        String role,
        String city,
        List<String> emails,
        List<String> phones,
        List<String> links,
        List<PostalAddress> addresses,
        Birthday birthday,
        String howWeMet,
        String notes,
        List<String> interests,
        List<String> offers,
        List<String> seeks,
        Integer keepInTouchDays,
        boolean doNotIntroduce,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        Photo photo) {

    public Contact {
        Objects.requireNonNull(name, "name");
        emails = List.copyOf(emails == null ? List.of() : emails);
        phones = List.copyOf(phones == null ? List.of() : phones);
        links = List.copyOf(links == null ? List.of() : links);
        addresses = List.copyOf(addresses == null ? List.of() : addresses);
        interests = List.copyOf(interests == null ? List.of() : interests);
        offers = List.copyOf(offers == null ? List.of() : offers);
        seeks = List.copyOf(seeks == null ? List.of() : seeks);
    }

    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    public Builder toBuilder() {
        return new Builder()
                .id(id).name(name).organization(organization).role(role).city(city)
                .emails(emails).phones(phones).links(links).addresses(addresses).birthday(birthday)
                .howWeMet(howWeMet).notes(notes)
                .interests(interests).offers(offers).seeks(seeks)
                .keepInTouchDays(keepInTouchDays).doNotIntroduce(doNotIntroduce).archived(archived)
                .createdAt(createdAt).updatedAt(updatedAt).photo(photo);
    }

    /**
     * The contact as the journal keeps it: a name is one line (tabs, line breaks and runs of
     * spaces become one space, as every importer reads them, so that a name comes back from an
     * export as it went out), blank texts are absent, list values stripped and empty ones
     * dropped, tags cleaned as {@link Tags#clean} says.
     */
    public Contact cleaned() {
        return toBuilder()
                .name(name.strip().replaceAll("\\s+", " "))
                .organization(blankToNull(organization))
                .role(blankToNull(role))
                .city(blankToNull(city))
                .howWeMet(blankToNull(howWeMet))
                .notes(blankToNull(notes))
                .emails(stripAll(emails))
                .phones(stripAll(phones))
                .links(stripAll(links))
                .addresses(addresses.stream().filter(a -> !a.isEmpty()).toList())
                .interests(Tags.clean(interests))
                .offers(Tags.clean(offers))
                .seeks(Tags.clean(seeks))
                .build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> stripAll(List<String> values) {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Fluent construction; records with this many fields are unreadable as constructor calls. */
    public static final class Builder {
        private String id;
        private String name;
        private String organization;
        private String role;
        private String city;
        private List<String> emails = List.of();
        private List<String> phones = List.of();
        private List<String> links = List.of();
        private List<PostalAddress> addresses = List.of();
        private Birthday birthday;
        private String howWeMet;
        private String notes;
        private List<String> interests = List.of();
        private List<String> offers = List.of();
        private List<String> seeks = List.of();
        private Integer keepInTouchDays;
        private boolean doNotIntroduce;
        private boolean archived;
        private Instant createdAt;
        private Instant updatedAt;
        private Photo photo;

        public Builder id(String v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder organization(String v) { organization = v; return this; }
        public Builder role(String v) { role = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder emails(List<String> v) { emails = v; return this; }
        public Builder phones(List<String> v) { phones = v; return this; }
        public Builder links(List<String> v) { links = v; return this; }
        public Builder addresses(List<PostalAddress> v) { addresses = v; return this; }
        public Builder birthday(Birthday v) { birthday = v; return this; }
        public Builder howWeMet(String v) { howWeMet = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder interests(List<String> v) { interests = v; return this; }
        public Builder offers(List<String> v) { offers = v; return this; }
        public Builder seeks(List<String> v) { seeks = v; return this; }
        public Builder keepInTouchDays(Integer v) { keepInTouchDays = v; return this; }
        public Builder doNotIntroduce(boolean v) { doNotIntroduce = v; return this; }
        public Builder archived(boolean v) { archived = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder photo(Photo v) { photo = v; return this; }

        public Contact build() {
            return new Contact(id, name, organization, role, city, emails, phones, links, addresses,
                    birthday, howWeMet, notes, interests, offers, seeks, keepInTouchDays, doNotIntroduce,
                    archived, createdAt, updatedAt, photo);
        }
    }
}
