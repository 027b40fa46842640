package app.rapport.ui.contacts;

import app.rapport.journal.Journal;
import app.rapport.reminders.Relationship;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.Warmth;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.LatestTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How warm every relationship is, for the contact list's dots, filter and sort. Computed in the
 * background from the store's lean encounter stamps, again after every change to the journal.
 */
public final class ContactWarmth {

    private final AppContext app;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Relationships> relationships;
    private final LatestTask<Relationships> loader;

    public ContactWarmth(AppContext app, Clock clock) {
        this.app = app;
        this.clock = clock;
        this.relationships = new ReadOnlyObjectWrapper<>(this, "relationships",
                Relationships.of(List.of(), LocalDate.now(clock), clock.getZone()));
        this.loader = new LatestTask<>(relationships::set);
    }

    public void load() {
        Journal journal = app.journal();
        loader.submit(() -> Relationships.ofStamps(journal.encounterStamps(), LocalDate.now(clock), clock.getZone()));
    }

    public ReadOnlyObjectProperty<Relationships> relationshipsProperty() {
        return relationships.getReadOnlyProperty();
    }

    public Relationship of(String contactId) {
        return relationships.get().of(contactId);
    }

    public Warmth warmth(String contactId) {
        return relationships.get().warmth(contactId);
    }
}
