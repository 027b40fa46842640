package app.rapport.interchange.vcard;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.PostalAddress;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.ImageType;
import ezvcard.property.Categories;
import ezvcard.property.Photo;
import ezvcard.property.StructuredName;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Writes contacts as vCard 4.0 (RFC 6350), which common address books import: name (FN and a
 * best-effort N), organisation, title, e-mails, phones, URLs, city, birthday (without year as
 * --MMDD), notes, interests as CATEGORIES, the photo, and Rapport's id as UID so that a later
 * import can recognise the same people.
 */
public final class VCardContactWriter {

    private VCardContactWriter() {
    }

    public static void write(Collection<Contact> contacts, Writer out) throws IOException {
        VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0);
        writer.setAddProdId(false); // our own PRODID names Rapport, not the library that wrote the file
        for (Contact c : contacts) {
            writer.write(toCard(c));
        }
        writer.flush();
    }

    public static VCard toCard(Contact c) {
        VCard card = new VCard(VCardVersion.V4_0);
        card.setProductId("-//Rapport//Rapport networking journal//EN");
        card.setFormattedName(c.name());
        card.setStructuredName(structuredName(c.name()));
        if (c.id() != null) {
            card.setUid(new ezvcard.property.Uid("urn:rapport:" + c.id()));
        }
        if (c.organization() != null) {
            card.setOrganization(c.organization());
        }
        if (c.role() != null) {
            card.addTitle(c.role());
        }
        c.emails().forEach(card::addEmail);
        c.phones().forEach(p -> card.addTelephoneNumber(p));
        c.links().forEach(card::addUrl);
        // The city alone when no address says it first, so that reading the card gives it back.
        String firstLocality = c.addresses().stream().map(PostalAddress::city).filter(l -> l != null).findFirst()
                .orElse(null);
        if (c.city() != null && !c.city().equals(firstLocality)) {
            ezvcard.property.Address a = new ezvcard.property.Address();
            a.setLocality(c.city());
            card.addAddress(a);
        }
        for (PostalAddress address : c.addresses()) {
            ezvcard.property.Address a = new ezvcard.property.Address();
            if (address.street() != null) {
                a.setStreetAddress(address.street());
            }
            a.setPostalCode(address.postalCode());
            a.setLocality(address.city());
            a.setRegion(address.region());
            a.setCountry(address.country());
            card.addAddress(a);
        }
        if (c.birthday() != null) {
            Birthday b = c.birthday();
            if (b.year() != null) {
                card.setBirthday(new ezvcard.property.Birthday(LocalDate.of(b.year(), b.monthDay().getMonth(),
                        b.monthDay().getDayOfMonth())));
            } else {
                card.setBirthday(new ezvcard.property.Birthday(
                        PartialDate.builder().month(b.monthDay().getMonthValue()).date(b.monthDay().getDayOfMonth()).build()));
            }
        }
        if (c.notes() != null) {
            card.addNote(c.notes());
        }
        if (!c.interests().isEmpty()) {
            Categories cat = new Categories();
            cat.getValues().addAll(c.interests());
            card.setCategories(cat);
        }
        if (c.photo() != null) {
            card.addPhoto(new Photo(c.photo().bytes(),
                    c.photo().mediaType().equals("image/png") ? ImageType.PNG : ImageType.JPEG));
        }
        return card;
    }

    /** N from the display name: the last word is taken as the family name, the rest as given names. */
    private static StructuredName structuredName(String name) {
        StructuredName n = new StructuredName();
        String t = name.strip();
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            n.setGiven(t);
        } else {
            n.setGiven(t.substring(0, space).strip());
            n.setFamily(t.substring(space + 1));
        }
        return n;
    }
}
