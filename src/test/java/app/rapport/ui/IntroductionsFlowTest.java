package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.store.SqliteJournal;
import app.rapport.suggest.Suggestion;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** From a suggestion to a planned introduction, through its steps, to its outcome, on a real journal. */
class IntroductionsFlowTest extends WindowTest {

    private Contact anna;
    private Contact ben;
    private Contact dana;
    private Contact emil;
    private final List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        Fx.run(() -> window.introductionsScreen().model().setDocumentOpener(opened::add));
    }

    @Override
    protected void prepare(SqliteJournal j) {
        anna = j.saveContact(Contact.builder("Anna Schmidt").organization("Kreislauf GmbH").role("Founder")
                .emails(List.of("anna@example.org")).interests(List.of("circular economy", "wordpress"))
                .seeks(List.of("seed funding")).build());
        ben = j.saveContact(Contact.builder("Ben Müller").organization("Rheinland Ventures").role("Partner")
                .emails(List.of("ben@example.org")).interests(List.of("circular economy"))
                .offers(List.of("seed funding")).build());
        dana = j.saveContact(Contact.builder("Dana Wolf").interests(List.of("jazz")).seeks(List.of("web design")).build());
        emil = j.saveContact(Contact.builder("Emil Berg").interests(List.of("jazz")).offers(List.of("web design")).build());
        OffsetDateTime recently = OffsetDateTime.now().minusDays(5);
        // Each met alone: people met together know each other and are not introduced.
        for (Contact c : List.of(anna, ben, dana, emil)) {
            j.saveEncounter(new Encounter(null, recently, EncounterKind.MEAL, "Lunch", null, null,
                    List.of(c.id()), null, 5, List.of()));
        }
    }

    private List<Suggestion> shownSuggestions() {
        return Fx.call(() -> lookup(".suggestion-card").queryAll().stream()
                .map(n -> (Suggestion) n.getUserData()).toList());
    }

    private Node card(Contact x, Contact y) {
        return Fx.call(() -> lookup(".suggestion-card").queryAll().stream()
                .filter(n -> ((Suggestion) n.getUserData()).involvesPair(x.id(), y.id())).findFirst().orElseThrow());
    }

    private void openIntroductions() {
        showScreen("introductions.title");
        Fx.waitUntil("suggestions are shown", () -> shownSuggestions().size() == 2);
        settle();
    }

    private Introduction stored() {
        List<Introduction> all = journal.introductions();
        assertEquals(1, all.size(), all.toString());
        return all.getFirst();
    }

    private String area(String id) {
        return Fx.call(() -> ((TextArea) node(id)).getText());
    }

    @Test
    void fromSuggestionThroughTheStepsToTheOutcome() {
        openIntroductions();
        Node annaAndBen = card(anna, ben);
        // The sentence says why; "Why" lists the reasons with their weights.
        String reason = Fx.call(() -> ((Label) annaAndBen.lookup(".suggestion-reason")).getText());
        assertTrue(reason.contains("seed funding"), reason);
        clickOn(Fx.call(() -> annaAndBen.lookup(".suggestion-why .title")));
        Fx.waitUntil("the reasons are shown", () -> Fx.call(() -> annaAndBen.lookup(".reason-line").isVisible()));
        List<String> weights = Fx.call(() -> annaAndBen.lookupAll(".reason-weight").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertTrue(weights.stream().anyMatch(w -> w.matches("\\+\\d+\\.\\d\\d")), weights.toString());
        if (weights.stream().anyMatch(w -> w.startsWith("×"))) {
            assertEquals("Already counted in the points above:", Fx.call(() ->
                    ((Label) annaAndBen.lookup(".reason-factors")).getText()), "factors are not applied twice");
        }

        // The open "why" (with "Treat as the same") may push the button below the list's visible part.
        Node plan = Fx.call(() -> annaAndBen.lookup(".suggestion-plan"));
        Fx.run(() -> app.rapport.ui.common.Nodes.scrollIntoView(plan));
        settle();
        clickOn(plan);
        Fx.waitUntil("planned and stored", () -> journal.introductions().size() == 1);
        Introduction planned = stored();
        assertEquals(IntroductionStatus.PLANNED, planned.status());
        assertEquals(LocalDate.now(), planned.reachedOn(IntroductionStatus.PLANNED));
        assertTrue(planned.reason().contains("seed funding"));
        settle();
        assertEquals(1, shownSuggestions().size(), "the planned pair left the suggestions");
        assertEquals("Planned the introduction of Anna Schmidt and Ben Müller.", window.notificationText());

        // The drafts: one message to each, then the introduction, with both names.
        String toA = area("#draft-to-a");
        assertTrue(toA.startsWith("Hi Anna,"), toA);
        assertTrue(toA.contains("Ben Müller (Partner at Rheinland Ventures)"), toA);
        assertTrue(toA.contains("Ben offers seed funding, which you are looking for."), toA);
        assertTrue(area("#draft-to-b").startsWith("Hi Ben,"));
        assertTrue(area("#draft-to-b").contains("Anna Schmidt"));
        assertTrue(area("#draft-introduction").startsWith("Hi Anna, hi Ben,"));
        assertEquals(planned.drafts().toA(), toA, "what is shown is what is stored");

        // Another language writes them anew.
        Fx.run(() -> ((ChoiceBox<String>) node("#draft-language")).setValue("de"));
        Fx.waitUntil("German drafts", () -> area("#draft-to-a").startsWith("Hallo Anna,"));
        assertTrue(area("#draft-to-a").contains("Ben bietet seed funding – genau das, was du suchst."), area("#draft-to-a"));
        Fx.waitUntil("stored in German", () -> "de".equals(stored().drafts().language()));

        // Edited text is kept; the mail program gets it with a subject, addressed to Anna.
        clickIntoText("#draft-to-a");
        Fx.run(() -> ((TextArea) node("#draft-to-a")).end());
        write(" PS: Kaffee?");
        Fx.waitUntil("the edit is shown", () -> area("#draft-to-a").endsWith("PS: Kaffee?"));
        clickVisible("#draft-mail-to-a");
        Fx.waitUntil("the edit is stored", () -> stored().drafts().toA().endsWith("PS: Kaffee?"));
        Fx.waitUntil("the message is handed to the mail program", () -> opened.size() == 1);
        Fx.waitUntil("and the user told so", () -> String.valueOf(window.notificationText()).startsWith("Handed to your mail program"));
        assertTrue(opened.getFirst().startsWith("mailto:anna@example.org?subject=Magst%20du%20Ben%20M%C3%BCller%20kennenlernen%3F&body=Hallo%20Anna%2C%0D%0A"),
                opened.getFirst());
        // No mail program: the user is told where the text is (and nothing of it goes to a log).
        Fx.run(() -> window.introductionsScreen().model().setDocumentOpener(uri -> false));
        clickVisible("#draft-mail-to-a");
        Fx.waitUntil("the user is told no mail program opened", () -> ("No mail program could be opened. The text is on"
                + " the clipboard: paste it into a new e-mail.").equals(window.notificationText()));

        // One click per step, and Next stays in its place for the next click.
        Double nextAt = null;
        for (IntroductionStatus next : List.of(IntroductionStatus.ASKED_A, IntroductionStatus.ASKED_B,
                IntroductionStatus.INTRODUCED, IntroductionStatus.MET)) {
            settle();
            double at = Fx.call(() -> {
                javafx.scene.Node detail = node("#introduction-detail");
                javafx.scene.Node advance = node("#introduction-advance");
                return detail.sceneToLocal(advance.localToScene(advance.getBoundsInLocal())).getMinY();
            });
            if (nextAt != null) {
                assertEquals(nextAt, at, 0.5, "Next moved before the click to " + next);
            }
            nextAt = at;
            clickVisible("#introduction-advance");
            Fx.waitUntil("stored as " + next, () -> stored().status() == next);
        }
        settle();
        assertEquals("Met", Fx.call(() -> ((Label) node("#introduction-status")).getText()));
        assertFalse(Fx.call(() -> lookup("#introduction-advance").tryQuery().isPresent()), "the outcome is a choice");
        assertEquals(LocalDate.now(), stored().reachedOn(IntroductionStatus.MET));
        assertTrue(stored().drafts().toA().endsWith("PS: Kaffee?"), "the steps keep the edited drafts");

        // Corrections of the days: planned ten days ago, the first person asked three days ago.
        LocalDate today = LocalDate.now();
        LocalDate tenDaysAgo = today.minusDays(10);
        LocalDate earlier = today.minusDays(3);
        Fx.run(() -> ((DatePicker) node("#step-day-planned")).setValue(tenDaysAgo));
        Fx.waitUntil("planned is corrected", () -> tenDaysAgo.equals(stored().reachedOn(IntroductionStatus.PLANNED)));
        settle();
        Fx.run(() -> ((DatePicker) node("#step-day-asked-a")).setValue(earlier));
        Fx.waitUntil("the day is corrected", () -> earlier.equals(stored().reachedOn(IntroductionStatus.ASKED_A)));
        settle();
        assertFalse(Fx.call(() -> node("#step-day-problem").isVisible()), "nothing to complain about");

        // Out of order: asking Ben before Anna was asked is refused, with the steps named, and not stored.
        LocalDate beforeAnna = today.minusDays(5);
        Fx.run(() -> ((DatePicker) node("#step-day-asked-b")).setValue(beforeAnna));
        Fx.waitUntil("the refusal is shown", () -> Fx.call(() -> node("#step-day-problem").isVisible()));
        assertEquals("“Asked Ben Müller” cannot be on " + app.rapport.ui.common.Formats.date(beforeAnna)
                        + ": that is before “Asked Anna Schmidt” (" + app.rapport.ui.common.Formats.date(earlier)
                        + "). The date was not changed.",
                Fx.call(() -> ((Label) node("#step-day-problem")).getText()));
        Fx.waitUntil("the picker shows the stored day again",
                () -> Fx.call(() -> today.equals(((DatePicker) node("#step-day-asked-b")).getValue())));
        settle();
        assertEquals(today, stored().reachedOn(IntroductionStatus.ASKED_B), "not stored");

        // Tomorrow has not happened yet.
        LocalDate tomorrow = today.plusDays(1);
        Fx.run(() -> ((DatePicker) node("#step-day-met")).setValue(tomorrow));
        Fx.waitUntil("the refusal is shown", () -> Fx.call(() -> ((Label) node("#step-day-problem")).getText())
                .startsWith("“Met” cannot be on " + app.rapport.ui.common.Formats.date(tomorrow) + ": that day has not come yet."));
        settle();
        assertEquals(today, stored().reachedOn(IntroductionStatus.MET), "not stored");
        assertEquals(today, Fx.call(() -> ((DatePicker) node("#step-day-met")).getValue()));

        // The outcome.
        clickVisible("#outcome-yes");
        clickIntoText("#outcome-note").write("They share an office now.");
        clickVisible("#outcome-record");
        Fx.waitUntil("the outcome is stored", () -> stored().status() == IntroductionStatus.WORKING_TOGETHER);
        assertEquals("They share an office now.", stored().outcome());
        settle();
        assertEquals("Working together", Fx.call(() -> ((Label) node("#introduction-status")).getText()));
        assertTrue(Fx.call(() -> lookup("#introductions-pipeline .status-working-together").tryQuery().isPresent()));
        assertEquals(1, shownSuggestions().size(), "a finished pair never comes back");
    }

    @Test
    void editedDraftsGiveWayToAnotherLanguageOnlyWhenTheUserSaysSo() {
        openIntroductions();
        clickOn(Fx.call(() -> card(anna, ben).lookup(".suggestion-plan")));
        Fx.waitUntil("planned and stored", () -> journal.introductions().size() == 1);
        settle();
        clickIntoText("#draft-to-a");
        Fx.run(() -> ((TextArea) node("#draft-to-a")).end());
        write(" PS: Coffee?");
        Fx.waitUntil("the edit is shown", () -> area("#draft-to-a").endsWith("PS: Coffee?"));

        // Edited: the user is asked, in the window's language, before the edit is thrown away.
        chooseDraftLanguage("Deutsch");
        DialogPane asked = waitForDialog();
        assertEquals("Replace your edited drafts with new ones in German?", Fx.call(asked::getHeaderText));
        assertSame(window.stage(), Fx.call(() -> ((Stage) asked.getScene().getWindow()).getOwner()));
        clickOn("Keep my drafts");
        Fx.waitUntil("the question is answered", () -> dialog() == null);
        settle();
        assertEquals("en", draftLanguage(), "the language is put back");
        assertTrue(area("#draft-to-a").startsWith("Hi Anna,"), area("#draft-to-a"));
        assertTrue(area("#draft-to-a").endsWith("PS: Coffee?"), area("#draft-to-a"));
        Fx.waitUntil("the edit is stored", () -> stored().drafts().toA().endsWith("PS: Coffee?"));
        assertEquals("en", stored().drafts().language());

        // Asked again, and this time the user wants them anew.
        chooseDraftLanguage("Deutsch");
        waitForDialog();
        clickOn("Replace drafts");
        Fx.waitUntil("German drafts", () -> area("#draft-to-a").startsWith("Hallo Anna,"));
        assertFalse(area("#draft-to-a").contains("PS: Coffee?"));
        Fx.waitUntil("stored in German", () -> "de".equals(stored().drafts().language()));

        // Drafts as Rapport wrote them switch without a question.
        settle();
        chooseDraftLanguage("English");
        Fx.waitUntil("English drafts", () -> area("#draft-to-a").startsWith("Hi Anna,"));
        assertNull(dialog(), "unedited drafts switch without asking");
        Fx.waitUntil("stored in English", () -> "en".equals(stored().drafts().language()));
    }

    /** Picks a language from the drafts' choice box, as the user does: open it, click the entry. */
    private void chooseDraftLanguage(String name) {
        clickVisible("#draft-language");
        Fx.waitUntil("the languages are listed", () -> lookup(".context-menu .label")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(name)).tryQuery().isPresent());
        Node entry = Fx.call(() -> lookup(".context-menu .label")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(name)).query());
        clickOn(entry);
    }

    private String draftLanguage() {
        return Fx.call(() -> ((ChoiceBox<String>) node("#draft-language")).getValue());
    }

    private DialogPane waitForDialog() {
        Fx.waitUntil("a question is asked", () -> dialog() != null);
        return dialog();
    }

    private DialogPane dialog() {
        return Fx.call(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst().orElse(null));
    }

    @Test
    void dismissingTakesThePairAwayAndUndoBringsItBack() {
        // Introductions is the fifth screen of the sidebar: Ctrl+5.
        settle();
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT5)
                .release(javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.CONTROL);
        assertEquals("introductions.title", Fx.call(() -> window.currentScreenProperty().get().titleKey()));
        openIntroductions();
        clickOn(Fx.call(() -> card(dana, emil).lookup(".suggestion-dismiss")));
        Fx.waitUntil("the dismissal is stored", () -> journal.introductions().size() == 1);
        Introduction dismissal = stored();
        assertEquals(IntroductionStatus.DISMISSED, dismissal.status());
        assertNotNull(dismissal.dismissalFingerprint());
        settle();
        assertEquals(1, shownSuggestions().size());
        assertEquals("Dismissed Dana Wolf and Emil Berg.", window.notificationText());

        clickWhenShown("#notification-undo");
        Fx.waitUntil("the dismissal is undone", () -> journal.introductions().isEmpty());
        Fx.waitUntil("the pair is back", () -> shownSuggestions().size() == 2);
    }

    @Test
    void aDismissedPairComesBackWhenOneOfThemChangesWhatTheySeek() {
        openIntroductions();
        clickOn(Fx.call(() -> card(dana, emil).lookup(".suggestion-dismiss")));
        Fx.waitUntil("the dismissal is stored", () -> journal.introductions().size() == 1);
        settle();
        // A phone number is no material change.
        journal.saveContact(journal.contact(dana.id()).orElseThrow().toBuilder().phones(List.of("+49 221 1")).build());
        Fx.run(window::journalChanged);
        settle();
        Fx.waitUntil("reloaded", () -> shownSuggestions().size() == 1);
        journal.saveContact(journal.contact(dana.id()).orElseThrow().toBuilder()
                .seeks(List.of("web design", "a logo")).build());
        Fx.run(window::journalChanged);
        Fx.waitUntil("the pair is back", () -> shownSuggestions().size() == 2);
    }

    @Test
    void todayOffersTheBestSuggestionsAndPlansOneInOneClick() {
        showScreen("today.title");
        Fx.waitUntil("Today lists the suggestions", () -> Fx.call(() ->
                lookup("#today-introductions .introduction-suggestion").queryAll().size() == 2));
        Node plan = Fx.call(() -> lookup("#today-introductions .today-action-plan").queryAll().iterator().next());
        clickOn(plan);
        Fx.waitUntil("planned and stored", () -> journal.introductions().size() == 1);
        Introduction planned = stored();
        assertEquals(IntroductionStatus.PLANNED, planned.status());
        assertNotNull(planned.drafts());
        Fx.waitUntil("the Introductions screen shows it", () -> Fx.call(() ->
                window.currentScreenProperty().get().titleKey().equals("introductions.title")
                        && window.introductionsScreen().model().selectedProperty().get() != null
                        && window.introductionsScreen().model().selectedProperty().get().id().equals(planned.id())));
        settle();
        assertFalse(area("#draft-to-a").isBlank());
    }

    @Test
    void aPlannedIntroductionSaysWhyInTheLanguageShownNow() {
        openIntroductions();
        clickOn(Fx.call(() -> card(anna, ben).lookup(".suggestion-plan")));
        Fx.waitUntil("planned and stored", () -> journal.introductions().size() == 1);
        assertTrue(stored().reason().contains("seed funding"), "planned in English: " + stored().reason());
        Fx.run(() -> settings.languageProperty().set(app.rapport.ui.common.UiSettings.LanguageChoice.GERMAN));
        showScreen("introductions.title");
        Fx.run(() -> window.introductionsScreen().model().select(stored().id()));
        Fx.waitUntil("the reason is in German", () -> Fx.call(() -> lookup("#introduction-reason").tryQuery()
                .map(n -> ((Label) n).getText()).filter(t -> t.contains("sucht") || t.contains("beide")).isPresent()));
    }

    @Test
    void whereAnIntroductionStandsIsNeverCutShortInTheUnderWayList() {
        LocalDate day = LocalDate.of(2026, 10, 2);
        journal.saveIntroduction(new Introduction(null, anna.id(), ben.id(), IntroductionStatus.SUGGESTED, null, "why", null)
                .reached(IntroductionStatus.MET, day).withOutcome(true, null, day));
        journal.saveIntroduction(new Introduction(null, dana.id(), emil.id(), IntroductionStatus.SUGGESTED, null, "why", null)
                .reached(IntroductionStatus.MET, day).withOutcome(false, null, day));
        Fx.run(() -> {
            window.journalChanged();
            settings.languageProperty().set(app.rapport.ui.common.UiSettings.LanguageChoice.GERMAN);
        });
        showScreen("introductions.title");
        // A narrow list: the longest German states with a date, beside two names.
        Fx.run(() -> ((javafx.scene.control.SplitPane) node("#introductions-screen")).setDividerPositions(0.62));
        Fx.waitUntil("both are listed", () -> Fx.call(() ->
                lookup("#introductions-pipeline .status-chip").queryAll().size() == 2));
        settle();
        for (String chip : List.of(".status-working-together", ".status-did-not-work-out")) {
            String full = Fx.call(() -> ((Label) node("#introductions-pipeline " + chip)).getText());
            assertEquals(full, shownText("#introductions-pipeline " + chip), "the chip shows all of " + full);
        }
        assertEquals(List.of("Arbeiten zusammen", "Hat nicht gepasst"), Fx.call(() ->
                lookup("#introductions-pipeline .status-chip").queryAll().stream()
                        .map(n -> ((Label) n).getText()).sorted().toList()));
        List<String> dates = Fx.call(() -> lookup("#introductions-pipeline .list-cell .label").queryAll().stream()
                .filter(n -> ((Label) n).getStyleClass().contains("text-muted"))
                .map(n -> ((javafx.scene.text.Text) n.lookup(".text")).getText()).toList());
        assertEquals(List.of("02.10.2026", "02.10.2026"), dates, "the dates are shown whole");
        assertFalse(Fx.call(() -> lookup("#introductions-pipeline .scroll-bar:horizontal").queryAll().stream()
                .anyMatch(Node::isVisible)), "nothing to scroll sideways to");
    }

    /** What a label actually shows: its text, or the text cut short with "…" when it has too little room. */
    private String shownText(String selector) {
        return Fx.call(() -> ((javafx.scene.text.Text) node(selector).lookup(".text")).getText());
    }

    @Test
    void aContactShowsTheIntroductionsTheyArePartOf() {
        Introduction planned = journal.saveIntroduction(new Introduction(null, anna.id(), ben.id(),
                IntroductionStatus.SUGGESTED, null, "why", null).reached(IntroductionStatus.ASKED_A, LocalDate.of(2026, 10, 2)));
        Fx.run(window::journalChanged);
        showContact(ben.id());
        Fx.waitUntil("Ben's introductions", () -> Fx.call(() -> lookup("#contact-introductions").tryQuery().isPresent()));
        List<String> texts = Fx.call(() -> lookup("#contact-introductions").query().lookupAll("*").stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList());
        assertTrue(texts.containsAll(List.of("Anna Schmidt", "Asked first person", "Oct 2, 2026")), texts.toString());

        Fx.run(() -> app.rapport.ui.common.Nodes.scrollIntoView(lookup("#contact-introductions .introduction-open").query()));
        clickOn("#contact-introductions .introduction-open");
        Fx.waitUntil("the Introductions screen shows it", () -> Fx.call(() ->
                window.currentScreenProperty().get().titleKey().equals("introductions.title")
                        && window.introductionsScreen().model().selectedProperty().get() != null
                        && window.introductionsScreen().model().selectedProperty().get().id().equals(planned.id())));
    }
}
