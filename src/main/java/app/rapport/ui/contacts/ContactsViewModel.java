package app.rapport.ui.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.Journal;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Journal;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ThreeWayMerge;
import app.rapport.journal.Tie;
import app.rapport.reminders.Warmth;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.LatestTask;
import app.rapport.ui.common.Tasks;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Contacts screen: the filtered list, the selected contact's detail, and
 * what the user can do to a contact. Every query runs in the background; when the user types
 * faster than the journal answers, only the newest search is run and shown.
 */
public final class ContactsViewModel {

    private final AppContext app;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
    private final ObjectProperty<String> organization = new SimpleObjectProperty<>(this, "organization");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived", false);
    private final ObservableList<ContactSummary> contacts = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> organizations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> selectedId = new ReadOnlyObjectWrapper<>(this, "selectedId");
    private final ReadOnlyObjectWrapper<ContactDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final LatestTask<List<ContactSummary>> search = new LatestTask<>(this::found);
    // Warmth filter and sort (issue 5): applied to what the search found, with the warmth of every relationship.
    private final ObjectProperty<Warmth> warmth = new SimpleObjectProperty<>(this, "warmth");
    private final ObjectProperty<ContactOrder> order = new SimpleObjectProperty<>(this, "order", ContactOrder.NAME);
    private final ContactWarmth warmthIndex;
    private List<ContactSummary> found = List.of();
    private final LatestTask<Optional<ContactDetail>> detailLoader = new LatestTask<>(this::detailLoaded);
    private final LatestTask<List<List<String>>> filterLoader = new LatestTask<>(lists -> {
        tags.setAll(lists.get(0));
        organizations.setAll(lists.get(1));
    });

    public ContactsViewModel(AppContext app) {
        this.app = app;
        this.warmthIndex = new ContactWarmth(app, app.clock());
        warmth.addListener((o, was, now) -> {
            arrange();
            dropHiddenSelection();
        });
        order.addListener((o, was, now) -> arrange());
        warmthIndex.relationshipsProperty().addListener((o, was, now) -> arrange());
        query.addListener((o, was, now) -> narrowed());
        tag.addListener((o, was, now) -> narrowed());
        organization.addListener((o, was, now) -> narrowed());
        showArchived.addListener((o, was, now) -> narrowed());
        app.journalRevision().addListener((o, was, now) -> reload());
    }

    /**
     * The user changed the search or a filter: once the answer is there, a selected contact it no
     * longer holds leaves the detail pane too, so that the pane never shows someone the list does
     * not. (After a save the new contact stays shown even if the filter would hide it.)
     */
    private boolean narrowedByUser;

    private void narrowed() {
        narrowedByUser = true;
        refresh();
    }

    /** Whether the user has narrowed the list (search, tag, organisation or warmth), so it shows a choice of people. */
    public boolean isNarrowed() {
        ContactFilter f = filter();
        return f.text() != null && !f.text().isBlank() || f.tag() != null || f.organization() != null
                || warmth.get() != null;
    }

    /** The filter the list shows now. */
    public ContactFilter filter() {
        return ContactFilter.all().withText(query.get()).withTag(tag.get())
                .withOrganization(organization.get()).withArchived(showArchived.get());
    }

    /** Runs the search for the current filter. */
    public void refresh() {
        ContactFilter f = filter();
        search.submit(() -> app.journal().contacts(f));
    }

    /** Reloads everything shown, after the journal changed. */
    public void reload() {
        refresh();
        warmthIndex.load();
        filterLoader.submit(() -> List.of(app.journal().tags(), app.journal().organizations()));
        String id = selectedId.get();
        if (id != null) {
            loadDetail(id);
        }
    }

    /** How the list is ordered. */
    public enum ContactOrder {
        NAME, WARMTH;

        public String messageKey() {
            return "contacts.order." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private void found(List<ContactSummary> list) {
        found = list;
        arrange();
        // Only the answer to the search is the moment to drop a hidden selection: a warmth reload
        // arranging the previous answer must not use up the user's narrowing.
        if (narrowedByUser) {
            narrowedByUser = false;
            dropHiddenSelection();
        }
    }

    private void dropHiddenSelection() {
        String id = selectedId.get();
        if (id != null && contacts.stream().noneMatch(c -> c.id().equals(id))) {
            select(null);
        }
    }

    /** The search result, narrowed to one warmth and ordered warm first when asked. */
    private void arrange() {
        Warmth only = warmth.get();
        java.util.stream.Stream<ContactSummary> shown = found.stream();
        if (only != null) {
            shown = shown.filter(c -> warmthIndex.warmth(c.id()) == only);
        }
        if (order.get() == ContactOrder.WARMTH) {
            // Warm, cooling, cold; within each the stronger relationship first; ties keep the name order (stable).
            shown = shown.sorted(java.util.Comparator
                    .comparing((ContactSummary c) -> warmthIndex.warmth(c.id()))
                    .thenComparing(c -> warmthIndex.of(c.id()).score(), java.util.Comparator.reverseOrder()));
        }
        List<ContactSummary> list = shown.toList();
        contacts.setAll(list);
    }

    public ObjectProperty<Warmth> warmthProperty() {
        return warmth;
    }

    public ObjectProperty<ContactOrder> orderProperty() {
        return order;
    }

    public ContactWarmth warmthIndex() {
        return warmthIndex;
    }

    /** Shows this contact's detail; null clears the detail pane. */
    public void select(String id) {
        selectedId.set(id);
        if (id == null) {
            detailLoader.cancel();
            detail.set(null);
        } else {
            loadDetail(id);
        }
    }

    private void loadDetail(String id) {
        java.util.Locale locale = I18n.locale();
        detailLoader.submit(() -> ContactDetail.load(app.journal(), id, locale));
    }

    private void detailLoaded(Optional<ContactDetail> loaded) {
        if (loaded.isPresent() && loaded.get().id().equals(selectedId.get())) {
            detail.set(loaded.get());
        } else if (loaded.isEmpty()) {
            selectedId.set(null);
            detail.set(null);
        }
    }

    // Actions: each one commits in the background; the journal announces the change.

    /** A new or edited contact was saved (the editor saves it): it is selected and shown. */
    public void saved(Contact saved) {
        selectedId.set(saved.id());
        loadDetail(saved.id());
    }

    /**
     * Archives the contact as shown, or takes it out of the archive. Had it changed elsewhere
     * since it was shown, the switch is applied to the stored contact rather than the one shown.
     */
    public void setArchived(Contact contact, boolean archived) {
        Contact changed = contact.toBuilder().archived(archived).build();
        Journal journal = app.journal();
        Tasks.run(() -> ThreeWayMerge.saveMerged(RecordFields.CONTACT, changed, contact, journal::saveContact))
                .onSuccess(saved -> {
                    app.notify(I18n.text(archived ? "contacts.archived.done" : "contacts.unarchived.done",
                            contact.name()), () -> setArchivedQuietly(saved, !archived));
                }).start();
    }

    private void setArchivedQuietly(Contact contact, boolean archived) {
        Contact changed = contact.toBuilder().archived(archived).build();
        Journal journal = app.journal();
        Tasks.run(() -> ThreeWayMerge.saveMerged(RecordFields.CONTACT, changed, contact, journal::saveContact))
                .start();
    }

    /** Moves the contact to the trash; the notification offers Undo. */
    public void trash(String id, String name) {
        Tasks.run(() -> app.journal().trashContact(id)).onSuccess(v -> {
            if (id.equals(selectedId.get())) {
                select(null);
            }
            app.notify(I18n.text("contacts.deleted", name), () -> restore(id));
        }).start();
    }

    public void restore(String id) {
        Tasks.run(() -> app.journal().restoreContact(id)).onSuccess(v -> {
            select(id);
        }).start();
    }

    public void saveTie(Tie tie) {
        Tasks.run(() -> app.journal().saveTie(tie)).start();
    }

    public void removeTie(Tie tie, String otherName) {
        Tasks.run(() -> app.journal().removeTie(tie.a(), tie.b())).onSuccess(v -> {
            app.notify(I18n.text("ties.removed", otherName), () -> saveTie(tie));
        }).start();
    }

    /**
     * The user says the two do not know each other: a tie between them goes, and the introductions
     * may suggest them although they work at one organisation or met; with Undo.
     */
    public void markStrangers(String a, String b, String nameA, String nameB, Tie tie) {
        var pair = Journal.ContactPair.of(a, b);
        var journal = app.journal();
        Tasks.run(() -> {
            if (tie != null) {
                journal.removeTie(tie.a(), tie.b());
            }
            journal.markStrangers(pair);
        }).onSuccess(v -> {
            app.notify(I18n.text("strangers.marked", nameA, nameB), () -> Tasks.run(() -> {
                journal.unmarkStrangers(pair);
                if (tie != null) {
                    journal.saveTie(tie);
                }
            }).start());
        }).start();
    }

    /** The user takes back that the two do not know each other; with Undo. */
    public void unmarkStrangers(String a, String b, String nameA, String nameB) {
        var pair = Journal.ContactPair.of(a, b);
        var journal = app.journal();
        Tasks.run(() -> journal.unmarkStrangers(pair)).onSuccess(v -> {
            app.notify(I18n.text("strangers.unmarked", nameA, nameB), () -> Tasks.run(() -> journal.markStrangers(pair))
                    .start());
        }).start();
    }

    /** Moves an encounter of the contact's timeline to the trash, with Undo, as the Journal does. */
    public void trashEncounter(app.rapport.journal.Encounter encounter, String label) {
        String id = encounter.id();
        Tasks.run(() -> app.journal().trashEncounter(id)).onSuccess(v -> {
            app.notify(I18n.text("journal.deleted", label), () -> Tasks.run(() -> app.journal().restoreEncounter(id))
                    .start());
        }).start();
    }

    /** Contacts whose name matches what was typed, for pickers; runs on the calling (background) thread. */
    public List<ContactSummary> suggestContacts(String typed, String except) {
        return app.journal().contacts(ContactFilter.all().withText(typed).withArchived(true).withLimit(9))
                .stream().filter(c -> !c.id().equals(except)).limit(8).toList();
    }

    public AppContext app() {
        return app;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ObjectProperty<String> organizationProperty() {
        return organization;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObservableList<ContactSummary> contacts() {
        return contacts;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<String> organizations() {
        return organizations;
    }

    public ReadOnlyObjectProperty<String> selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContactDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return search.busyProperty();
    }
}
