package app.rapport.journal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the user chose when reviewing two records of one person: per field which side to keep
 * (or both texts), and which values of the lists to leave out. Anything not chosen is merged as
 * {@link ContactMerge} does, keeping all that either record knew. Applied to the two records as
 * stored when the merge runs, so a change made meanwhile is not lost to a stale copy.
 */
public final class MergeChoice {

    /** Whose value a field takes: the contact kept, the one merged into it, or (texts) both. */
    public enum Side { KEPT, REMOVED, BOTH }

    public enum Field { NAME, ORGANIZATION, ROLE, CITY, BIRTHDAY, HOW_WE_MET, NOTES, KEEP_IN_TOUCH, PHOTO }

    public enum ListField {
        EMAILS(Contact::emails), PHONES(Contact::phones), LINKS(Contact::links),
        /** Each address as {@link PostalAddress#oneLine()} shows it. */
        ADDRESSES(c -> c.addresses().stream().map(PostalAddress::oneLine).toList()),
        INTERESTS(Contact::interests), OFFERS(Contact::offers), SEEKS(Contact::seeks);

        private final Function<Contact, List<String>> values;

        ListField(Function<Contact, List<String>> values) {
            this.values = values;
        }

        public List<String> of(Contact c) {
            return values.apply(c);
        }
    }

    private final Map<Field, Side> sides = new EnumMap<>(Field.class);
    private final Map<ListField, Set<String>> dropped = new EnumMap<>(ListField.class);

    /** Nothing chosen: the merge keeps everything of both. */
    public static MergeChoice keepAll() {
        return new MergeChoice();
    }

    public MergeChoice take(Field field, Side side) {
        sides.put(field, side);
        return this;
    }

    /** Leaves {@code value} (as either record writes it) out of the merged list. */
    public MergeChoice drop(ListField field, String value) {
        dropped.computeIfAbsent(field, f -> new HashSet<>()).add(value.strip());
        return this;
    }

    public Contact apply(Contact kept, Contact removed) {
        Contact all = ContactMerge.merge(kept, removed);
        Contact.Builder b = all.toBuilder();
        for (Map.Entry<Field, Side> e : sides.entrySet()) {
            Side side = e.getValue();
            Contact from = side == Side.REMOVED ? removed : kept;
            switch (e.getKey()) {
                case NAME -> b.name(side == Side.BOTH ? all.name() : nonBlank(from.name(), all.name()));
                case ORGANIZATION -> b.organization(side == Side.BOTH ? all.organization() : from.organization());
                case ROLE -> b.role(side == Side.BOTH ? all.role() : from.role());
                case CITY -> b.city(side == Side.BOTH ? all.city() : from.city());
                case BIRTHDAY -> b.birthday(side == Side.BOTH ? all.birthday() : from.birthday());
                case HOW_WE_MET -> b.howWeMet(side == Side.BOTH ? all.howWeMet() : from.howWeMet());
                case NOTES -> b.notes(side == Side.BOTH ? all.notes() : from.notes());
                case KEEP_IN_TOUCH -> b.keepInTouchDays(side == Side.BOTH ? all.keepInTouchDays() : from.keepInTouchDays());
                case PHOTO -> b.photo(side == Side.BOTH ? all.photo() : from.photo());
                default -> throw new IllegalStateException(e.getKey().name());
            }
        }
        for (Map.Entry<ListField, Set<String>> e : dropped.entrySet()) {
            List<String> kept2 = e.getKey().of(all).stream().filter(v -> !e.getValue().contains(v.strip())).toList();
            switch (e.getKey()) {
                case EMAILS -> b.emails(kept2);
                case PHONES -> b.phones(kept2);
                case LINKS -> b.links(kept2);
                case ADDRESSES -> b.addresses(all.addresses().stream()
                        .filter(a -> !e.getValue().contains(a.oneLine().strip())).toList());
                case INTERESTS -> b.interests(kept2);
                case OFFERS -> b.offers(kept2);
                case SEEKS -> b.seeks(kept2);
                default -> throw new IllegalStateException(e.getKey().name());
            }
        }
        return b.id(kept.id()).build();
    }

    private static String nonBlank(String v, String otherwise) {
        return v == null || v.isBlank() ? otherwise : v;
    }
}
