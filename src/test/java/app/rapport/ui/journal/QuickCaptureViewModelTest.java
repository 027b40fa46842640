package app.rapport.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.ContactSummary;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.ui.common.I18n;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The encounter form without a window: what it makes of what was typed, and which problems it
 * names at which field. Saving goes through the journal and is tested with the dialog.
 */
class QuickCaptureViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T13:47:31Z"), ZoneId.of("Europe/Berlin"));
    private static final ContactSummary ANNA = new ContactSummary("c1", "Anna Schmidt", null, null, false);

    @BeforeEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void aNewEncounterIsNowWithTheContactsChosen() {
        QuickCaptureViewModel form = new QuickCaptureViewModel(null, CLOCK, List.of(ANNA));
        assertFalse(form.isEditing());
        assertEquals(LocalDate.of(2026, 3, 10), form.dateProperty().get());
        assertEquals("2:47 PM", form.timeProperty().get(), "the clock's time where the user is, to the minute");
        form.titleProperty().set("  Coffee ");
        form.notesProperty().set("   ");
        Encounter e = form.draft().orElseThrow();
        assertEquals(OffsetDateTime.parse("2026-03-10T14:47+01:00"), e.date());
        assertEquals(List.of("c1"), e.participants());
        assertEquals(EncounterKind.MEETING, e.kind());
        assertEquals("Coffee", e.title());
        assertEquals(null, e.notes(), "blank notes are none");
        assertEquals(null, e.place());
    }

    @Test
    void problemsAreSaidAtTheirFieldAndFollowTheCorrections() {
        QuickCaptureViewModel form = new QuickCaptureViewModel(null, CLOCK, List.of());
        form.timeProperty().set("25:99");
        assertFalse(form.validate());
        assertEquals(Set.of("participants", "time"), form.invalidFields());
        assertEquals("Time: \"25:99\" is not a time of day: write it like 14:30.\nWith: Add at least one participant.",
                form.messageProperty().get(), "one line per problem, naming its field");

        // Once a save was refused, the problems shown follow what the user types.
        form.timeProperty().set("9.15");
        assertEquals(Set.of("participants"), form.invalidFields());
        form.addNewParticipant("Ben Weber");
        assertEquals(Set.of(), form.invalidFields());
        assertEquals("", form.messageProperty().get());
        Encounter e = form.draft().orElseThrow();
        assertEquals(List.of("new:Ben Weber"), e.participants(), "a new contact stands in until it is created on save");
        assertEquals(9, e.date().getHour());
        assertEquals(15, e.date().getMinute());
    }

    @Test
    void emptyFollowUpRowsAreSkippedAndAProblemNamesTheRowTheUserSees() {
        QuickCaptureViewModel form = new QuickCaptureViewModel(null, CLOCK, List.of(ANNA));
        form.addFollowUp(); // left empty
        QuickCaptureViewModel.FollowUpRow call = form.addFollowUp();
        call.whatProperty().set("Call back");
        QuickCaptureViewModel.FollowUpRow undescribed = form.addFollowUp();
        undescribed.dueProperty().set(LocalDate.of(2026, 3, 20));

        assertFalse(form.validate());
        assertEquals(Set.of("followUps[2].what"), form.invalidFields(),
                "the third row of the form, though the second follow-up the journal would see");

        undescribed.whatProperty().set("Send the deck");
        Encounter e = form.draft().orElseThrow();
        assertEquals(List.of(new FollowUp("Call back", null, false), new FollowUp("Send the deck",
                LocalDate.of(2026, 3, 20), false)), e.followUps());
    }

    @Test
    void aDateTypedButUnreadableIsAProblemOfTheDate() {
        QuickCaptureViewModel form = new QuickCaptureViewModel(null, CLOCK, List.of(ANNA));
        form.dateTextProperty().set("the 45th");
        assertFalse(form.validate());
        assertEquals(Set.of("date"), form.invalidFields());
        form.dateTextProperty().set("");
        assertFalse(form.validate(), "no date at all");
        assertEquals(Set.of("date"), form.invalidFields());
    }

    @Test
    void anEncounterEditedButNotMovedKeepsTheOffsetItWasRecordedWith() {
        OffsetDateTime inTokyo = OffsetDateTime.of(2025, 11, 2, 19, 30, 0, 0, ZoneOffset.ofHours(9));
        Encounter stored = new Encounter("x7", inTokyo, EncounterKind.MEAL, "Ramen", "Shibuya", null,
                List.of("c1", "c2"), "Good talk", 4, List.of(new FollowUp("Send photos", null, true)));
        QuickCaptureViewModel form = new QuickCaptureViewModel(null, CLOCK, stored, Map.of("c1", "Anna Schmidt"));
        assertTrue(form.isEditing());
        assertEquals("7:30 PM", form.timeProperty().get());
        assertEquals(stored, form.draft().orElseThrow(), "saved untouched, it comes back as it was");

        form.timeProperty().set("20:00");
        OffsetDateTime moved = form.draft().orElseThrow().date();
        assertEquals(OffsetDateTime.of(2025, 11, 2, 20, 0, 0, 0, ZoneOffset.ofHours(1)), moved,
                "a new time is where the user is now");
    }
}
