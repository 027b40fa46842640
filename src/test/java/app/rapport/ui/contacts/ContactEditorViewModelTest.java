package app.rapport.ui.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.PostalAddress;
import app.rapport.ui.common.I18n;
import java.time.Month;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contact form without a window: what it makes of a contact, and what it refuses, said where. */
class ContactEditorViewModelTest {

    @BeforeEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    static Contact anna() {
        return Contact.builder("Anna Schmidt").id("c1").organization("Kreislauf GmbH").role("Founder").city("Köln")
                .emails(List.of("anna@kreislauf.de")).phones(List.of("+49 221 555 0101"))
                .addresses(List.of(new PostalAddress("Venloer Str. 1", "50672", "Köln", null, "Deutschland")))
                .birthday(Birthday.of(1988, 4, 12)).howWeMet("Barcamp Köln").notes("Likes trains.")
                .interests(List.of("circular economy")).offers(List.of("mentoring")).seeks(List.of("seed funding"))
                .keepInTouchDays(30).build();
    }

    @Test
    void aContactSavedUntouchedComesBackAsItWas() {
        Contact anna = anna();
        ContactEditorViewModel form = new ContactEditorViewModel(anna);
        assertEquals(anna, form.validate().orElseThrow());
        assertEquals("12", form.birthdayDayProperty().get());
        assertEquals(Month.APRIL, form.birthdayMonthProperty().get());
        assertEquals("1988", form.birthdayYearProperty().get());
    }

    @Test
    void aNewContactHasARowToTypeIntoAndEmptyRowsAreNotSaved() {
        ContactEditorViewModel form = new ContactEditorViewModel(null);
        assertTrue(form.isNew());
        assertEquals(1, form.emails().size(), "one empty row to type into");
        form.nameProperty().set("  Ben Weber ");
        form.emails().add(new SimpleStringProperty("ben@example.org"));
        form.addresses().add(new ContactEditorViewModel.AddressRow());
        Contact ben = form.validate().orElseThrow();
        assertEquals("Ben Weber", ben.name());
        assertEquals(List.of("ben@example.org"), ben.emails());
        assertEquals(List.of(), ben.phones());
        assertEquals(List.of(), ben.addresses(), "an address left empty is none");
    }

    @Test
    void whatIsWrongIsSaidAtItsFieldAndFollowsTheCorrections() {
        ContactEditorViewModel form = new ContactEditorViewModel(anna());
        form.birthdayMonthProperty().set(null);
        form.keepInTouchDaysProperty().set("monthly");
        assertTrue(form.validate().isEmpty());
        assertEquals("A birthday needs a day and a month (the year is optional).",
                form.errorProperty(ContactEditorViewModel.BIRTHDAY).get());
        assertEquals("\"monthly\" is not a number of days.",
                form.errorProperty(ContactEditorViewModel.KEEP_IN_TOUCH).get());
        assertNull(form.errorProperty(ContactEditorViewModel.NAME).get());

        // After the first attempt, the messages follow what the user types.
        form.birthdayMonthProperty().set(Month.FEBRUARY);
        form.birthdayDayProperty().set("30");
        assertEquals("February 1988 has no day 30.", form.errorProperty(ContactEditorViewModel.BIRTHDAY).get());
        form.birthdayDayProperty().set("28");
        assertNull(form.errorProperty(ContactEditorViewModel.BIRTHDAY).get());
        form.keepInTouchDaysProperty().set("14");
        assertNull(form.errorProperty(ContactEditorViewModel.KEEP_IN_TOUCH).get());
        assertEquals(Birthday.of(1988, 2, 28), form.validate().orElseThrow().birthday());
    }

    @Test
    void aContactWithoutANameIsRefused() {
        ContactEditorViewModel form = new ContactEditorViewModel(null);
        form.nameProperty().set("   ");
        assertTrue(form.validate().isEmpty());
        assertNotNull(form.errorProperty(ContactEditorViewModel.NAME).get());
    }
}
