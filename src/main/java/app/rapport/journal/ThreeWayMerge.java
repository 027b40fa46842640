package app.rapport.journal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Two edits of one record, each made from the same earlier version ({@code base}): the user's
 * ({@code mine}, not yet saved) and what was stored meanwhile ({@code theirs}, by an import on the
 * command line, say). Field by field, a change only one side made is taken; where both changed a
 * field, lists keep what either added and lose what either removed, notes keep the lines the
 * other side added below the user's, and single values keep the user's.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /** Who changed a field since the base. */
    public enum Side {
        MINE,
        THEIRS,
        /** Both, to the same value. */
        BOTH_ALIKE,
        /** Both, differently: the merge combines them ({@link RecordFields.Kind}). */
        BOTH
    }

    /** A field one side or both changed, with its three versions and what the merge makes of it. */
    public record Change(String field, RecordFields.Kind kind, Side side, Object base, Object mine, Object theirs,
                         Object merged) {
    }

    /** The fields that differ from the base on either side, in the record's field order. */
    public static <T> List<Change> changes(RecordFields<T> fields, T base, T mine, T theirs) {
        List<Change> out = new ArrayList<>();
        for (RecordFields.Field<T> f : fields.fields()) {
            Object b = base == null ? null : f.value().apply(base);
            Object m = f.value().apply(mine);
            Object t = f.value().apply(theirs);
            boolean mineChanged = !Objects.equals(b, m);
            boolean theirsChanged = !Objects.equals(b, t);
            if (!mineChanged && !theirsChanged) {
                continue;
            }
            Side side = !theirsChanged ? Side.MINE : !mineChanged ? Side.THEIRS
                    : Objects.equals(m, t) ? Side.BOTH_ALIKE : Side.BOTH;
            out.add(new Change(f.name(), f.kind(), side, b, m, t, merged(f.kind(), side, b, m, t)));
        }
        return out;
    }

    /**
     * The record with both sides' changes: everything not among the fields (id, times of storing)
     * is taken from {@code theirs}, the version stored now.
     */
    public static <T> T merge(RecordFields<T> fields, T base, T mine, T theirs) {
        T result = theirs;
        for (Change c : changes(fields, base, mine, theirs)) {
            RecordFields.Field<T> f = fields.fields().stream().filter(x -> x.name().equals(c.field())).findFirst()
                    .orElseThrow();
            result = f.with().apply(result, c.merged());
        }
        return result;
    }

    /**
     * Saves a change the user made with one action (a tick, an archive switch, a step of an
     * introduction) to {@code base}. When the stored record changed meanwhile, the action is
     * applied to it instead, merged, so that neither side is lost; nobody needs to be asked. Fails
     * with {@link ChangedMeanwhileException} only if the record is gone, or keeps changing.
     *
     * @param save saves its first argument if the stored record still equals its second
     */
    public static <T> T saveMerged(RecordFields<T> fields, T mine, T base, BiFunction<T, T, T> save) {
        T ours = mine;
        T from = base;
        for (int attempt = 0; ; attempt++) {
            try {
                return save.apply(ours, from);
            } catch (ChangedMeanwhileException e) {
                T theirs = e.current(fields);
                if (theirs == null || attempt >= 4) {
                    throw e;
                }
                ours = merge(fields, from, ours, theirs);
                from = theirs;
            }
        }
    }

    private static Object merged(RecordFields.Kind kind, Side side, Object base, Object mine, Object theirs) {
        return switch (side) {
            case MINE, BOTH_ALIKE -> mine;
            case THEIRS -> theirs;
            case BOTH -> switch (kind) {
                case VALUE -> mine;
                case TEXT -> text((String) base, (String) mine, (String) theirs);
                case LIST -> list((List<?>) base, (List<?>) mine, (List<?>) theirs);
            };
        };
    }

    /** The user's entries without those the other side removed, then those the other side added. */
    static List<Object> list(List<?> base, List<?> mine, List<?> theirs) {
        List<?> b = base == null ? List.of() : base;
        List<?> t = theirs == null ? List.of() : theirs;
        Set<Object> removedByThem = new LinkedHashSet<>(b);
        removedByThem.removeAll(t);
        List<Object> out = new ArrayList<>();
        for (Object x : mine == null ? List.of() : mine) {
            if (!removedByThem.contains(x) && !out.contains(x)) {
                out.add(x);
            }
        }
        for (Object x : t) {
            if (!b.contains(x) && !out.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * The user's text, then the lines the other side wrote that are neither in the base nor in the
     * user's text, after a blank line. What the other side deleted stays: deleting is the lesser
     * loss to undo by hand.
     */
    static String text(String base, String mine, String theirs) {
        if (theirs == null || theirs.isBlank()) {
            return mine;
        }
        if (mine == null || mine.isBlank()) {
            return theirs;
        }
        Set<String> known = new LinkedHashSet<>();
        known.addAll(lines(base));
        known.addAll(lines(mine));
        List<String> added = new ArrayList<>();
        for (String line : lines(theirs)) {
            if (!line.isBlank() && !known.contains(line)) {
                added.add(line);
            }
        }
        return added.isEmpty() ? mine : mine.stripTrailing() + "\n\n" + String.join("\n", added);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
