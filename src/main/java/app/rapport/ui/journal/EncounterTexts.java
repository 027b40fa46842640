package app.rapport.ui.journal;

import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** How an encounter reads on screen: dates in the user's locale, kinds with icons, snippets. */
final class EncounterTexts {

    static final int SNIPPET_LENGTH = 160;

    private EncounterTexts() {
    }

    /**
     * The date and time as the user recorded them (in the offset they were recorded in), so that a
     * meeting in another time zone keeps the hour it had there.
     */
    static String dateTime(OffsetDateTime date) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(I18n.locale()).format(date.toLocalDateTime());
    }

    static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(I18n.locale()).format(date);
    }

    static String kind(EncounterKind kind) {
        return I18n.text(kind.messageKey());
    }

    static String participantName(String id, Map<String, String> names) {
        String name = names.get(id);
        return name != null ? name : I18n.text("journal.unknownContact");
    }

    static String participants(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> participantName(id, names)).collect(Collectors.joining(", "));
    }

    /** The title, or when the user gave none, the kind and who was there. */
    static String heading(Encounter e, Map<String, String> names) {
        if (e.title() != null && !e.title().isBlank()) {
            return e.title().strip();
        }
        return I18n.text("journal.untitled", kind(e.kind()), participants(e.participants(), names));
    }

    /** The start of the notes on one line. */
    static String snippet(String notes) {
        if (notes == null || notes.isBlank()) {
            return "";
        }
        String line = notes.strip().replaceAll("\\s+", " ");
        if (line.length() <= SNIPPET_LENGTH) {
            return line;
        }
        int end = SNIPPET_LENGTH;
        // Never cut a surrogate pair (emoji) in half.
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).stripTrailing() + "…";
    }

    static boolean isOverdue(FollowUp f, LocalDate today) {
        return !f.done() && f.due() != null && f.due().isBefore(today);
    }

    static long overdueCount(Encounter e, LocalDate today) {
        return e.followUps().stream().filter(f -> isOverdue(f, today)).count();
    }

    static long openCount(Encounter e) {
        return e.followUps().stream().filter(f -> !f.done()).count();
    }

    /** Filled and empty stars; nothing when the encounter has no rating. */
    static HBox stars(Integer rating) {
        HBox box = new HBox(1);
        box.getStyleClass().add("stars");
        if (rating != null) {
            for (int i = 1; i <= Encounter.MAX_RATING; i++) {
                FontIcon star = new FontIcon(i <= rating ? Material2MZ.STAR : Material2MZ.STAR_BORDER);
                star.getStyleClass().add(i <= rating ? "star-filled" : "star-empty");
                box.getChildren().add(star);
            }
            box.setAccessibleText(I18n.text("journal.rating.accessible", rating, Encounter.MAX_RATING));
        }
        return box;
    }
}
