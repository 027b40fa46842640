package app.rapport.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.ui.common.I18n;
import app.rapport.ui.testing.TestAppContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New people after an event, without a window: what one save would store (contacts, encounters at
 * the event, the event's attendees, ties) and what it refuses. Storing it is tested with the dialog.
 */
class PostEventCaptureViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-09T18:30+01:00");
    private static final Event MEETUP = new Event("e1", "Climate Tech Night", null, START, START.plusHours(3),
            "Impact Hub", null, List.of("c1"), List.of(), null);

    private PostEventCaptureViewModel form;

    @BeforeEach
    void setUp() {
        I18n.setLocale(I18n.ENGLISH);
        // No journal: nobody typed is known, and nothing is looked up in the background.
        form = new PostEventCaptureViewModel(new TestAppContext(null, null), CLOCK, MEETUP);
    }

    @Test
    void eachNamedRowIsAContactMetAtTheEventAndAnAttendeeOfIt() {
        assertEquals(PostEventCaptureViewModel.FIRST_ROWS, form.rows().size(), "rows to type into");
        PostEventCaptureViewModel.PersonRow lea = form.rows().get(0);
        lea.nameProperty().set("  Lea Wagner ");
        lea.organizationProperty().set("Solarwerk");
        lea.lineProperty().set("Builds balcony solar kits");
        lea.interestsProperty().set("solar, ; community energy");
        form.rows().get(2).nameProperty().set("Tom Berger");
        assertEquals(2, form.count());

        JournalSnapshot changes = form.changes();
        assertEquals(List.of("Lea Wagner", "Tom Berger"), changes.contacts().stream().map(Contact::name).toList());
        Contact stored = changes.contacts().getFirst();
        assertEquals("Solarwerk", stored.organization());
        assertEquals("Builds balcony solar kits", stored.notes());
        assertEquals(List.of("solar", "community energy"), stored.interests());
        assertEquals("Climate Tech Night, " + EventTexts.shortDate(START), stored.howWeMet());
        assertNull(changes.contacts().get(1).organization(), "nothing typed is nothing stored");

        assertEquals(2, changes.encounters().size());
        Encounter met = changes.encounters().getFirst();
        assertEquals(START, met.date());
        assertEquals(EncounterKind.EVENT, met.kind());
        assertEquals("e1", met.eventId());
        assertEquals("Met at Climate Tech Night", met.title());
        assertEquals(List.of(stored.id()), met.participants());

        Event event = changes.events().getFirst();
        assertEquals(List.of("c1", stored.id(), changes.contacts().get(1).id()), event.attendees(),
                "those who were already there first, then the new people in the order typed");
        assertEquals(List.of(), changes.ties(), "no one ticked as knowing each other");
        assertEquals("", form.messageProperty().get());
    }

    @Test
    void aRowWithoutANameOrNoRowAtAllIsRefused() {
        assertNull(form.changes());
        assertEquals("Enter at least one name.", form.messageProperty().get());
        form.rows().get(0).nameProperty().set("Lea Wagner");
        form.rows().get(1).organizationProperty().set("Solarwerk");
        assertNull(form.changes());
        assertEquals("Row 2 needs a name.", form.messageProperty().get());
        form.rows().get(1).nameProperty().set("Tom Berger");
        assertTrue(form.changes() != null);
        assertEquals("", form.messageProperty().get());
    }

    @Test
    void pairsOfNamedRowsCanBeTickedAndKeepTheirTicksAsRowsAreAdded() {
        form.rows().get(0).nameProperty().set("Lea Wagner");
        assertEquals(0, form.ties().size(), "one name is no pair");
        form.rows().get(1).nameProperty().set("Tom Berger");
        assertEquals(1, form.ties().size());
        form.ties().getFirst().chosen().set(true);
        PostEventCaptureViewModel.PersonRow third = form.addRow();
        third.nameProperty().set("Mia Roth");
        assertEquals(3, form.ties().size(), "every pair of named rows");
        assertEquals(List.of(true, false, false), form.ties().stream().map(t -> t.chosen().get()).toList(),
                "the tick made before stays");

        JournalSnapshot changes = form.changes();
        assertEquals(1, changes.ties().size());
        Tie tie = changes.ties().getFirst();
        List<String> ids = changes.contacts().stream().map(Contact::id).toList();
        assertEquals(Tie.of(ids.get(0), ids.get(1)), Tie.of(tie.a(), tie.b()));
        assertEquals("Both at Climate Tech Night", tie.note());
    }

    @Test
    void aNameSeveralPeopleShareIsNobodyInParticular() {
        ContactSummary anna = new ContactSummary("c1", "Anna Schmidt", null, null, false);
        ContactSummary ben = new ContactSummary("c2", "Ben Weber", null, null, false);
        ContactSummary otherBen = new ContactSummary("c3", "Ben  Weber", null, null, false);
        Map<String, ContactSummary> byName = PostEventCaptureViewModel.namesOf(List.of(anna, ben, otherBen));
        assertEquals(anna, byName.values().stream().filter(c -> c != null).findFirst().orElseThrow());
        assertEquals(2, byName.size());
        assertTrue(byName.containsValue(null), "two Ben Webers: the name says not which");
    }

    @Test
    void whatARowAddsToSomeoneKnownNeverReplacesWhatTheJournalKnows() {
        Contact anna = Contact.builder("Anna Schmidt").id("c1").organization("Kreislauf GmbH")
                .interests(List.of("Circular Economy")).build();
        PostEventCaptureViewModel.PersonRow row = new PostEventCaptureViewModel.PersonRow();
        row.organizationProperty().set("Somewhere else");
        row.interestsProperty().set("circular economy, repair cafés");
        Contact merged = PostEventCaptureViewModel.withRow(anna, row);
        assertEquals("Kreislauf GmbH", merged.organization());
        assertEquals(List.of("Circular Economy", "repair cafés"), merged.interests());

        Contact noOrganization = PostEventCaptureViewModel.withRow(Contact.builder("Ben").id("c2").build(), row);
        assertEquals("Somewhere else", noOrganization.organization(), "an organisation where there was none");
    }
}
