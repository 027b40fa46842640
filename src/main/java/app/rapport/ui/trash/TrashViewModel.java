package app.rapport.ui.trash;

import app.rapport.journal.TrashItem;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What is in the trash, newest deletion first, and the two things one does with it. */
public final class TrashViewModel {

    private final AppContext app;
    private final ObservableList<TrashItem> items = FXCollections.observableArrayList();

    public TrashViewModel(AppContext app) {
        this.app = app;
        app.journalRevision().addListener((o, was, now) -> reload());
    }

    public void reload() {
        Tasks.run(() -> app.journal().trash()).onSuccess(list -> items.setAll(sorted(list))).start();
    }

    private static List<TrashItem> sorted(List<TrashItem> list) {
        return list.stream().sorted(Comparator.comparing(TrashItem::deletedAt,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    public void restore(TrashItem item) {
        Tasks.run(() -> {
            switch (item.kind()) {
                case CONTACT -> app.journal().restoreContact(item.id());
                case ENCOUNTER -> app.journal().restoreEncounter(item.id());
                case EVENT -> app.journal().restoreEvent(item.id());
            }
        }).onSuccess(v -> {
            app.notify(I18n.text("trash.restored", title(item)), null);
        }).start();
    }

    /** Destroys everything in the trash; the view asks for confirmation first. */
    public void emptyTrash() {
        int count = items.size();
        Tasks.run(() -> app.journal().emptyTrash()).onSuccess(v -> {
            app.notify(I18n.text("trash.emptied", count), null);
        }).start();
    }

    public ObservableList<TrashItem> items() {
        return items;
    }

    /** "Stammtisch #12 (3 Dec 2026)": the label, and the day of an encounter or event in the user's format. */
    static String title(TrashItem item) {
        return item.date() == null ? item.label()
                : item.label() + " (" + Formats.date(item.date()) + ")";
    }
}
