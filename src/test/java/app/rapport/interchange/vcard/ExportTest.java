package app.rapport.interchange.vcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.contacts.ContactFormat;
import app.rapport.interchange.contacts.ImportedContact;
import app.rapport.interchange.csv.CsvContactWriter;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.Progress;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.ValidationWarnings;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTest {

    static final Photo PHOTO = app.rapport.interchange.contacts.PhotoScaler.scale(
            java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"))
            .orElseThrow();

    static List<Contact> sample() {
        return List.of(
                Contact.builder("Anna Schmidt").id("c1").organization("Kreislauf GmbH").role("Founder").city("Köln")
                        .emails(List.of("anna@example.org", "anna@kreislauf.de")).phones(List.of("+49 221 555 0101"))
                        .links(List.of("https://example.org/anna")).birthday(Birthday.of(4, 12))
                        .notes("Building a marketplace;\nrefurbished furniture, \"used\".")
                        .interests(List.of("circular economy", "wordpress")).offers(List.of("marketplace design"))
                        .photo(PHOTO).build(),
                Contact.builder("Jürgen Müller").id("c2").birthday(Birthday.of(1975, 8, 15)).build(),
                Contact.builder("Cher").id("c3").build());
    }

    @Test
    void vCard4PassesEzVcardsValidationAndReadsBack() throws Exception {
        StringWriter out = new StringWriter();
        VCardContactWriter.write(sample(), out);
        List<VCard> cards = Ezvcard.parse(out.toString()).all();
        assertEquals(3, cards.size());
        for (VCard card : cards) {
            assertEquals(VCardVersion.V4_0, card.getVersion());
            ValidationWarnings warnings = card.validate(VCardVersion.V4_0);
            assertTrue(warnings.isEmpty(), card.getFormattedName().getValue() + ": " + warnings);
        }
        AddressBook back = ContactFiles.read("export.vcf", out.toString().getBytes(StandardCharsets.UTF_8), Progress.NONE);
        assertEquals(ContactFormat.VCARD, back.format());
        Contact anna = back.contacts().getFirst().contact();
        Contact original = sample().getFirst();
        assertEquals(original.name(), anna.name());
        assertEquals(original.organization(), anna.organization());
        assertEquals(original.role(), anna.role());
        assertEquals(original.city(), anna.city());
        assertEquals(original.emails(), anna.emails());
        assertEquals(original.phones(), anna.phones());
        assertEquals(original.links(), anna.links());
        assertEquals(original.birthday(), anna.birthday());
        assertEquals(original.notes(), anna.notes());
        assertEquals(original.interests(), anna.interests());
        assertEquals(original.photo().mediaType(), anna.photo().mediaType());
        assertEquals(Birthday.of(1975, 8, 15), back.contacts().get(1).contact().birthday());
        assertEquals("Cher", back.contacts().get(2).contact().name());
    }

    /** ADR both ways: every address comes back in its order, the city too, and a city alone makes no address. */
    @Test
    void postalAddressesAndTheCityReadBackFromVCard() throws Exception {
        PostalAddress bonn = new PostalAddress("Rheinallee 3\nc/o Kreislauf", "53173", "Bonn", "NRW", "Germany");
        PostalAddress koeln = new PostalAddress("Venloer Str. 12", "50672", "Köln", null, null);
        List<Contact> contacts = List.of(
                Contact.builder("Anna Schmidt").id("c1").city("Köln").addresses(List.of(bonn, koeln)).build(),
                Contact.builder("Ben Weber").id("c2").city("Köln").addresses(List.of(koeln)).build(),
                Contact.builder("Cher").id("c3").city("Berlin").build(),
                Contact.builder("Dana").id("c4").addresses(List.of(bonn)).build());
        StringWriter out = new StringWriter();
        VCardContactWriter.write(contacts, out);
        String vcf = out.toString();
        assertTrue(vcf.contains("ADR:;;Rheinallee 3\\nc/o Kreislauf;Bonn;NRW;53173;Germany"), vcf);
        List<VCard> cards = Ezvcard.parse(vcf).all();
        assertEquals(List.of(3, 1, 1, 1), cards.stream().map(c -> c.getAddresses().size()).toList(),
                "the city alone only where no address names it first");
        AddressBook back = ContactFiles.read("export.vcf", vcf.getBytes(StandardCharsets.UTF_8), Progress.NONE);
        for (int i = 0; i < contacts.size(); i++) {
            Contact read = back.contacts().get(i).contact();
            assertEquals(contacts.get(i).addresses(), read.addresses(), read.name());
            assertEquals(contacts.get(i).city() == null ? "Bonn" : contacts.get(i).city(), read.city(), read.name());
        }
    }

    @Test
    void csvHasAHeaderAndReadsBackIntoTheSameContacts() throws Exception {
        StringWriter out = new StringWriter();
        CsvContactWriter.write(sample(), out);
        String csv = out.toString();
        assertTrue(csv.startsWith("id,name,organization,role,city,emails,phones,links,birthday,"), csv);
        AddressBook back = ContactFiles.read("export.csv", csv.getBytes(StandardCharsets.UTF_8), Progress.NONE);
        assertEquals(ContactFormat.RAPPORT_CSV, back.format());
        List<Contact> read = back.contacts().stream().map(ImportedContact::contact).toList();
        Contact anna = read.getFirst();
        Contact original = sample().getFirst();
        assertEquals(original.emails(), anna.emails());
        assertEquals(original.notes(), anna.notes());
        assertEquals(original.interests(), anna.interests());
        assertEquals(original.offers(), anna.offers());
        assertEquals(original.birthday(), anna.birthday());
        assertEquals(List.of("Anna Schmidt", "Jürgen Müller", "Cher"), read.stream().map(Contact::name).toList());
    }
}
