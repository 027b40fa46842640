package app.rapport.ui.common;

import app.rapport.journal.EncounterKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The one icon of each kind of encounter, wherever an encounter is shown or its kind chosen. */
public final class EncounterIcons {

    private EncounterIcons() {
    }

    public static Ikon of(EncounterKind kind) {
        return switch (kind) {
            case MEETING -> Material2AL.GROUP;
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
