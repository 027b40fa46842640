package app.rapport.ui.today;

import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Dates and labels as the Today screen writes them, in the user's language. */
final class TodayTexts {

    private TodayTexts() {
    }

    static String date(LocalDate d) {
        return app.rapport.ui.common.Formats.date(d);
    }

    static String time(java.time.OffsetDateTime t) {
        return app.rapport.ui.common.Formats.time(t.toLocalTime());
    }

    static String longDate(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(I18n.locale()).format(d);
    }

    static String dayMonth(LocalDate d) {
        return app.rapport.ui.common.Formats.dayMonth(d);
    }

    /** The encounter's title, or its kind when it has none. */
    static String encounterTitle(Encounter e) {
        return e.title() != null && !e.title().isBlank() ? e.title() : I18n.text(e.kind().messageKey());
    }

    static Ikon kindIcon(EncounterKind kind) {
        return switch (kind) {
            case MEETING -> Material2MZ.PEOPLE;
            case CALL -> Material2AL.CALL;
            case VIDEO -> Material2MZ.VIDEOCAM;
            case MESSAGE -> Material2AL.CHAT;
            case EMAIL -> Material2AL.EMAIL;
            case MEAL -> Material2MZ.RESTAURANT;
            case EVENT -> Material2AL.EVENT;
            case OTHER -> Material2MZ.MORE_HORIZ;
        };
    }
}
