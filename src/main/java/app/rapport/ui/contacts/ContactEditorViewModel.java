package app.rapport.ui.contacts;

import app.rapport.interchange.contacts.PhotoScaler;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.Tags;
import app.rapport.journal.ValidationException;
import app.rapport.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The contact editor's fields and rules. {@link #validate()} applies {@link ContactValidator} plus
 * the checks that only the form needs (a birthday that exists, a number of days), and names each
 * problem under its field; only a contact without problems comes out.
 */
public final class ContactEditorViewModel {

    /** Field names as in {@link ValidationException.Problem#field()}, plus the form's own. */
    public static final String NAME = "name";
    public static final String EMAILS = "emails";
    public static final String PHONES = "phones";
    public static final String BIRTHDAY = "birthday";
    public static final String KEEP_IN_TOUCH = "keepInTouchDays";

    private final Contact original;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty organization = new SimpleStringProperty(this, "organization", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final ObservableList<StringProperty> emails = FXCollections.observableArrayList();
    private final ObservableList<StringProperty> phones = FXCollections.observableArrayList();
    private final ObservableList<StringProperty> links = FXCollections.observableArrayList();
    private final ObservableList<AddressRow> addresses = FXCollections.observableArrayList();
    private final ObjectProperty<Photo> photo = new SimpleObjectProperty<>(this, "photo");
    private final StringProperty photoProblem = new SimpleStringProperty(this, "photoProblem");
    private final StringProperty birthdayDay = new SimpleStringProperty(this, "birthdayDay", "");
    private final ObjectProperty<Month> birthdayMonth = new SimpleObjectProperty<>(this, "birthdayMonth");
    private final StringProperty birthdayYear = new SimpleStringProperty(this, "birthdayYear", "");
    private final StringProperty howWeMet = new SimpleStringProperty(this, "howWeMet", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<String> interests = FXCollections.observableArrayList();
    private final ObservableList<String> offers = FXCollections.observableArrayList();
    private final ObservableList<String> seeks = FXCollections.observableArrayList();
    private final StringProperty keepInTouchDays = new SimpleStringProperty(this, "keepInTouchDays", "");
    private final BooleanProperty doNotIntroduce = new SimpleBooleanProperty(this, "doNotIntroduce");
    private final BooleanProperty archived = new SimpleBooleanProperty(this, "archived");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final StringProperty saveProblem = new SimpleStringProperty(this, "saveProblem");
    private boolean checkAsYouType;

    /** An editor on {@code contact}, or on a new contact when it is null. */
    public ContactEditorViewModel(Contact contact) {
        this.original = contact;
        for (String field : List.of(NAME, EMAILS, PHONES, BIRTHDAY, KEEP_IN_TOUCH)) {
            errors.put(field, new ReadOnlyStringWrapper(this, field + "Error", null));
        }
        if (contact != null) {
            name.set(contact.name());
            organization.set(orEmpty(contact.organization()));
            role.set(orEmpty(contact.role()));
            city.set(orEmpty(contact.city()));
            contact.emails().forEach(v -> emails.add(new SimpleStringProperty(v)));
            contact.phones().forEach(v -> phones.add(new SimpleStringProperty(v)));
            contact.links().forEach(v -> links.add(new SimpleStringProperty(v)));
            contact.addresses().forEach(a -> addresses.add(new AddressRow(a)));
            photo.set(contact.photo());
            if (contact.birthday() != null) {
                birthdayDay.set(Integer.toString(contact.birthday().monthDay().getDayOfMonth()));
                birthdayMonth.set(contact.birthday().monthDay().getMonth());
                birthdayYear.set(contact.birthday().year() == null ? "" : contact.birthday().year().toString());
            }
            howWeMet.set(orEmpty(contact.howWeMet()));
            notes.set(orEmpty(contact.notes()));
            interests.setAll(contact.interests());
            offers.setAll(contact.offers());
            seeks.setAll(contact.seeks());
            keepInTouchDays.set(contact.keepInTouchDays() == null ? "" : contact.keepInTouchDays().toString());
            doNotIntroduce.set(contact.doNotIntroduce());
            archived.set(contact.archived());
        }
        // One empty row each, so there is a field to type into right away.
        if (emails.isEmpty()) {
            emails.add(new SimpleStringProperty(""));
        }
        if (phones.isEmpty()) {
            phones.add(new SimpleStringProperty(""));
        }
        if (links.isEmpty()) {
            links.add(new SimpleStringProperty(""));
        }
        // After a first failed attempt to save, messages follow the user's corrections as they type.
        for (Observable o : new Observable[] {name, birthdayDay, birthdayMonth, birthdayYear, keepInTouchDays}) {
            o.addListener(x -> recheck());
        }
        for (ObservableList<StringProperty> list : List.of(emails, phones)) {
            list.addListener((ListChangeListener<StringProperty>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(p -> p.addListener(x -> recheck()));
                }
                recheck();
            });
            list.forEach(p -> p.addListener(x -> recheck()));
        }
    }

    private void recheck() {
        if (checkAsYouType) {
            validate();
        }
    }

    public boolean isNew() {
        return original == null;
    }

    /**
     * Checks every field, sets the inline messages, and returns the contact to save, or empty when
     * anything is wrong.
     */
    public Optional<Contact> validate() {
        checkAsYouType = true;
        Map<String, List<String>> messages = new LinkedHashMap<>();
        Birthday birthday = null;
        try {
            birthday = birthday();
        } catch (FormProblem p) {
            messages.computeIfAbsent(BIRTHDAY, k -> new ArrayList<>()).add(p.getMessage());
        }
        Integer days = null;
        String daysText = keepInTouchDays.get().strip();
        if (!daysText.isEmpty()) {
            try {
                days = Integer.valueOf(daysText);
            } catch (NumberFormatException e) {
                messages.computeIfAbsent(KEEP_IN_TOUCH, k -> new ArrayList<>())
                        .add(I18n.text("validation.keepInTouch.number", daysText));
            }
        }
        Contact contact = build(birthday, days);
        for (ValidationException.Problem p : ContactValidator.problems(contact)) {
            messages.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(I18n.text(p.messageKey(), p.argument()));
        }
        errors.forEach((field, error) -> {
            List<String> m = messages.get(field);
            error.set(m == null ? null : String.join("\n", m));
        });
        return messages.isEmpty() ? Optional.of(contact) : Optional.empty();
    }

    private Contact build(Birthday birthday, Integer days) {
        Contact.Builder b = original == null ? Contact.builder("") : original.toBuilder();
        return b.name(name.get().strip())
                .organization(blankToNull(organization.get()))
                .role(blankToNull(role.get()))
                .city(blankToNull(city.get()))
                .emails(values(emails))
                .phones(values(phones))
                .links(values(links))
                .addresses(addresses.stream().map(AddressRow::address).filter(a -> !a.isEmpty()).toList())
                .photo(photo.get())
                .birthday(birthday)
                .howWeMet(blankToNull(howWeMet.get()))
                .notes(blankToNull(notes.get()))
                .interests(Tags.clean(interests))
                .offers(Tags.clean(offers))
                .seeks(Tags.clean(seeks))
                .keepInTouchDays(days)
                .doNotIntroduce(doNotIntroduce.get())
                .archived(archived.get())
                .build();
    }

    /** The birthday from day, month and optional year; null when all three are empty. */
    private Birthday birthday() {
        String dayText = birthdayDay.get() == null ? "" : birthdayDay.get().strip();
        Month month = birthdayMonth.get();
        String yearText = birthdayYear.get() == null ? "" : birthdayYear.get().strip();
        if (dayText.isEmpty() && month == null && yearText.isEmpty()) {
            return null;
        }
        if (dayText.isEmpty() || month == null) {
            throw new FormProblem(I18n.text("validation.birthday.incomplete"));
        }
        int day;
        Integer year = null;
        try {
            day = Integer.parseInt(dayText);
        } catch (NumberFormatException e) {
            throw new FormProblem(I18n.text("validation.birthday.day", dayText));
        }
        if (!yearText.isEmpty()) {
            try {
                year = Integer.valueOf(yearText);
            } catch (NumberFormatException e) {
                throw new FormProblem(I18n.text("validation.birthday.year", yearText));
            }
            if (year < 1800 || year > java.time.Year.now().getValue()) {
                throw new FormProblem(I18n.text("validation.birthday.year", yearText));
            }
        }
        try {
            return year == null ? Birthday.of(month.getValue(), day) : Birthday.of(year, month.getValue(), day);
        } catch (DateTimeException e) {
            String monthName = month.getDisplayName(TextStyle.FULL, I18n.locale());
            throw new FormProblem(year == null
                    ? I18n.text("validation.birthday.noSuchDay", day, monthName)
                    : I18n.text("validation.birthday.noSuchDayInYear", day, monthName, Integer.toString(year)));
        }
    }

    /** One postal address being edited, a text per part. */
    public static final class AddressRow {
        private final StringProperty street = new SimpleStringProperty(this, "street", "");
        private final StringProperty postalCode = new SimpleStringProperty(this, "postalCode", "");
        private final StringProperty city = new SimpleStringProperty(this, "city", "");
        private final StringProperty region = new SimpleStringProperty(this, "region", "");
        private final StringProperty country = new SimpleStringProperty(this, "country", "");

        public AddressRow() {
        }

        AddressRow(PostalAddress a) {
            street.set(orEmpty(a.street()));
            postalCode.set(orEmpty(a.postalCode()));
            city.set(orEmpty(a.city()));
            region.set(orEmpty(a.region()));
            country.set(orEmpty(a.country()));
        }

        PostalAddress address() {
            return new PostalAddress(street.get(), postalCode.get(), city.get(), region.get(), country.get());
        }

        public StringProperty streetProperty() {
            return street;
        }

        public StringProperty postalCodeProperty() {
            return postalCode;
        }

        public StringProperty cityProperty() {
            return city;
        }

        public StringProperty regionProperty() {
            return region;
        }

        public StringProperty countryProperty() {
            return country;
        }
    }

    /**
     * A picture file made into the contact's photo, scaled down as an imported one is: the
     * photo, or the problem to show. Reads and decodes the file, so call it off the JavaFX thread.
     */
    public static PhotoChoice readPhoto(Path file) {
        try {
            long size = Files.size(file);
            if (size > PhotoScaler.MAX_INPUT_BYTES) {
                return new PhotoChoice(null, I18n.text("editor.photo.tooLarge", file.getFileName().toString(),
                        PhotoScaler.MAX_INPUT_BYTES / (1024 * 1024)));
            }
            return PhotoScaler.scale(Files.readAllBytes(file)).map(p -> new PhotoChoice(p, null))
                    .orElseGet(() -> new PhotoChoice(null, I18n.text("editor.photo.unreadable",
                            file.getFileName().toString())));
        } catch (IOException e) {
            return new PhotoChoice(null, I18n.text("editor.photo.unreadable", file.getFileName().toString()));
        }
    }

    /** What {@link #readPhoto} made of a file: a photo, or why there is none. */
    public record PhotoChoice(Photo photo, String problem) {
    }

    /** Takes what {@link #readPhoto} made of a file: the photo replaces the one shown, a problem is shown. */
    public void usePhoto(PhotoChoice choice) {
        if (choice.photo() != null) {
            photo.set(choice.photo());
        }
        photoProblem.set(choice.problem());
    }

    public void removePhoto() {
        photo.set(null);
        photoProblem.set(null);
    }

    /** A form-only problem, carrying its message. */
    private static final class FormProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FormProblem(String message) {
            super(message, null, false, false);
        }
    }

    private static List<String> values(List<StringProperty> rows) {
        return rows.stream().map(StringProperty::get).filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Why the last save did not go through (the journal was busy), shown above the form; null when it did. */
    public StringProperty saveProblemProperty() {
        return saveProblem;
    }

    /** The message shown under a field, or null. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public ObservableList<StringProperty> emails() {
        return emails;
    }

    public ObservableList<StringProperty> phones() {
        return phones;
    }

    public ObservableList<StringProperty> links() {
        return links;
    }

    /** The addresses being edited, in their order; a row left empty is not kept. */
    public ObservableList<AddressRow> addresses() {
        return addresses;
    }

    public ReadOnlyObjectProperty<Photo> photoProperty() {
        return photo;
    }

    /** Why the last picture chosen did not become the photo; null when it did. */
    public ReadOnlyStringProperty photoProblemProperty() {
        return photoProblem;
    }

    public StringProperty birthdayDayProperty() {
        return birthdayDay;
    }

    public ObjectProperty<Month> birthdayMonthProperty() {
        return birthdayMonth;
    }

    public StringProperty birthdayYearProperty() {
        return birthdayYear;
    }

    public StringProperty howWeMetProperty() {
        return howWeMet;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<String> interests() {
        return interests;
    }

    public ObservableList<String> offers() {
        return offers;
    }

    public ObservableList<String> seeks() {
        return seeks;
    }

    public StringProperty keepInTouchDaysProperty() {
        return keepInTouchDays;
    }

    public BooleanProperty doNotIntroduceProperty() {
        return doNotIntroduce;
    }

    public BooleanProperty archivedProperty() {
        return archived;
    }
}
