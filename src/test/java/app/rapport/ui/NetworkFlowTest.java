package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.ui.network.NetworkData;
import app.rapport.ui.network.NetworkViewModel;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The Network screen on the sample journal: open the map, filter, find and focus, click through to a contact. */
class NetworkFlowTest extends NetworkWindowTest {

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
    }

    @Test
    void theSidebarsOrderIsTheOrderOfItsShortcuts() {
        assertEquals(java.util.List.of("today.title", "contacts.title", "journal.title", "events.title",
                "introductions.title", "network.title", "duplicates.title", "trash.title", "settings.title"),
                Fx.call(() -> window.screens().stream().map(app.rapport.ui.common.Screen::titleKey).toList()));
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        assertEquals("settings.title", Fx.call(() -> window.currentScreenProperty().get().titleKey()));
        openMap();
    }

    @Test
    void theMapShowsEveryActiveContactAndTheirTies() {
        openMap();
        NetworkData d = model().data();
        assertEquals(29, d.size(), "30 people, Tobias Richter archived");
        assertEquals(-1, slot("Tobias Richter"));
        assertEquals(13, d.ties(), "the 14 ties but Tobias Richter's");
        assertEquals("29 people, 13 ties", Fx.call(() -> ((Label) node("#network-shown")).getText()));
        assertTrue(d.lines().stream().anyMatch(l -> l.kind() == NetworkData.Line.Kind.SUGGESTED),
                "the best introductions are drawn");
        // Archived people come back with the switch.
        clickOn("#network-show-archived");
        Fx.waitUntil("reloaded with the archived", () -> model().data().size() == 30 && model().laidOutProperty().get()
                && model().engineDoneProperty().get());
    }

    @Test
    void theEnginesCirclesColourTheMapAndAFilterByCircleLeavesOneOfThem() {
        openMap();
        NetworkData d = model().data();
        java.util.Map<String, Integer> engines = Fx.call(() -> app.rapport.ui.common.IntroductionSuggestions
                .of(journal).engine(window.journalRevision().get()).circles(java.time.LocalDate.now()));
        for (int i = 0; i < d.size(); i++) {
            assertEquals(engines.getOrDefault(d.person(i).id(), -1).intValue(), d.circle(i), "one definition of circles");
        }
        assertFalse(d.circles().isEmpty(), "the sample journal has circles");
        NetworkData.Circle biggest = d.circles().getFirst();
        clickOn("#network-filter-circle");
        clickOn(NetworkViewModel.circleName(biggest) + " (" + biggest.size() + ")");
        assertEquals(biggest.number(), Fx.call(() -> model().circleFilterProperty().get()));
        for (int i = 0; i < d.size(); i++) {
            int k = i;
            assertEquals(d.circle(k) == biggest.number(), Fx.call(() -> model().isVisible(k)), d.person(k).name());
        }
        String shown = Fx.call(() -> ((Label) node("#network-shown")).getText());
        assertEquals(biggest.size() + " of 29 people", shown);
    }

    @Test
    void aFilterByOrganisationLeavesItsPeopleAndSaysHowMany() {
        openMap();
        Fx.run(() -> model().organizationFilterProperty().set("kreislauf gmbh"));
        int anna = slot("Anna Schmidt");
        assertTrue(Fx.call(() -> model().isVisible(anna)));
        assertFalse(Fx.call(() -> model().isVisible(slot("Jürgen Müller"))));
        String shown = Fx.call(() -> ((Label) node("#network-shown")).getText());
        assertTrue(shown.matches("\\d of 29 people"), shown);
        clickOn("#network-clear");
        assertTrue(Fx.call(() -> model().isVisible(slot("Jürgen Müller"))));
    }

    @Test
    void searchFindsAPersonAndFocusShowsThemWithTheirTiesTwoStepsOut() {
        openMap();
        clickOn("#network-search").write("jurgen");
        type(KeyCode.ENTER);
        int jurgen = slot("Jürgen Müller");
        assertEquals(jurgen, Fx.call(() -> model().selectedProperty().get()), "accents do not matter");
        assertEquals("Jürgen Müller", Fx.call(() -> ((Label) node("#network-side-name")).getText()));
        clickOn("#network-side-focus");
        NetworkData d = model().data();
        boolean[] around = d.around(jurgen, 2);
        for (int i = 0; i < d.size(); i++) {
            int k = i;
            assertEquals(around[k], Fx.call(() -> model().isVisible(k)), d.person(k).name());
        }
        assertTrue(Fx.call(() -> model().isVisible(slot("William Hughes"))), "his tie is shown");
        assertFalse(Fx.call(() -> model().isVisible(slot("Anna Schmidt"))), "Anna is further away");
        // Escape on the map ends the focus.
        Fx.run(() -> window.networkScreen().view().lookup("#network-canvas").requestFocus());
        type(KeyCode.ESCAPE);
        assertTrue(Fx.call(() -> model().isVisible(slot("Anna Schmidt"))));
    }

    @Test
    void clickingADotSelectsThePersonAndOpenContactShowsThem() {
        openMap();
        int anna = slot("Anna Schmidt");
        javafx.scene.Node canvas = node("#network-canvas");
        Point2D at = Fx.call(() -> {
            var map = (javafx.scene.layout.Pane) window.stage().getScene().lookup("#network-map");
            window.networkScreen().centreOn(anna);
            return canvas.localToScreen(map.getWidth() / 2, map.getHeight() / 2);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        moveTo(at);
        Fx.waitUntil("the hover names her", () -> {
            String hover = window.networkScreen().hoverText();
            return hover != null && hover.startsWith("Anna Schmidt · Kreislauf GmbH");
        });
        clickOn(at);
        Fx.waitUntil("Anna is selected", () -> model().selectedProperty().get() == anna);
        assertEquals("Anna Schmidt", Fx.call(() -> ((Label) node("#network-side-name")).getText()));
        String described = Fx.call(() -> canvas.getAccessibleText());
        assertTrue(described.startsWith("Anna Schmidt · Kreislauf GmbH"), described);
        clickOn("#network-side-open");
        Fx.waitUntil("the contact is shown", () -> detail() != null && detail().id().equals(people.get("Anna Schmidt").id()));
        assertEquals("contacts.title", Fx.call(() -> window.currentScreenProperty().get().titleKey()));
        // Back on the map, a double-click opens the contact at once.
        showScreen("network.title");
        Fx.run(() -> window.showContact(people.get("Jürgen Müller").id()));
        showScreen("network.title");
        doubleClickOn(at);
        Fx.waitUntil("Anna again", () -> detail() != null && detail().id().equals(people.get("Anna Schmidt").id())
                && Fx.call(() -> window.currentScreenProperty().get().titleKey()).equals("contacts.title"));
    }

    @Test
    void theKeyboardAloneZoomsFitsWalksThroughThePeopleAndOpensOne() {
        openMap();
        Fx.run(() -> node("#network-canvas").requestFocus());
        double before = Fx.call(() -> window.networkScreen().mapScale());
        type(KeyCode.ADD);
        assertTrue(Fx.call(() -> window.networkScreen().mapScale()) > before, "+ zooms in");
        type(KeyCode.SUBTRACT);
        type(KeyCode.SUBTRACT);
        assertTrue(Fx.call(() -> window.networkScreen().mapScale()) < before, "- zooms out");
        type(KeyCode.DIGIT0);
        assertEquals(before, Fx.call(() -> window.networkScreen().mapScale()), 1e-9, "0 fits the map again");
        // Tab walks through the people in the order of their names.
        NetworkData d = model().data();
        java.text.Collator byName = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        java.util.List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> byName.compare(d.person(a).name(), d.person(b).name()));
        type(KeyCode.TAB);
        assertEquals(order.get(0), Fx.call(() -> model().selectedProperty().get()));
        type(KeyCode.TAB);
        assertEquals(order.get(1), Fx.call(() -> model().selectedProperty().get()));
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        int first = order.get(0);
        assertEquals(first, Fx.call(() -> model().selectedProperty().get()));
        String described = Fx.call(() -> node("#network-canvas").getAccessibleText());
        assertTrue(described.startsWith(d.person(first).name()), "a screen reader hears who: " + described);
        assertTrue(described.contains("Relationship: "), "and how warm: " + described);
        type(KeyCode.ENTER);
        Fx.waitUntil("the contact is shown", () -> detail() != null && detail().id().equals(d.person(first).id()));
    }

    @Test
    void theMapExportsAsPngAndAsSvgWithEveryoneShown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        openMap();
        java.nio.file.Path png = folder.resolve("network.png");
        java.nio.file.Path svg = folder.resolve("network.svg");
        Fx.run(() -> window.networkScreen().export(png, "png"));
        Fx.run(() -> window.networkScreen().export(svg, "svg"));
        Fx.waitUntil("both written", () -> java.nio.file.Files.exists(png) && java.nio.file.Files.exists(svg));
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 200, image.getWidth() + "x" + image.getHeight());
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.trim().endsWith("</svg>"));
        NetworkData d = model().data();
        for (int i = 0; i < d.size(); i++) {
            String name = d.person(i).name().replace("&", "&amp;").replace("'", "'");
            assertTrue(text.contains(">" + name + "</text>"), name + " is in the SVG");
        }
        assertTrue(text.contains("stroke-dasharray=\"7 5\""), "suggested introductions are dashed");

        // "You" is in the picture exactly when the map shows you in the middle.
        boolean shown = Fx.call(() -> model().showMeProperty().get());
        assertEquals(shown, text.contains(">You</text>"), "you in the SVG as on the map (shown: " + shown + ")");
        Fx.run(() -> model().showMeProperty().set(!shown));
        java.nio.file.Path other = folder.resolve("network-other.svg");
        Fx.run(() -> window.networkScreen().export(other, "svg"));
        Fx.waitUntil("written again", () -> java.nio.file.Files.exists(other));
        assertEquals(!shown, java.nio.file.Files.readString(other).contains(">You</text>"), "and after the toggle");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBarOfTheActivityChartsListsTheEncountersBehindItAsTheJournalHasThem() {
        openMap();
        Fx.run(() -> ((javafx.scene.control.TabPane) node("#network-tabs")).getSelectionModel().select(1));
        Fx.waitUntil("the charts are drawn", () -> window.stage().getScene().lookup("#activity-encounters") != null);
        settle();
        var chart = (javafx.scene.chart.StackedBarChart<String, Number>) node("#activity-encounters");
        // The busiest kind of the last month with encounters.
        var pick = Fx.call(() -> {
            javafx.scene.chart.XYChart.Data<String, Number> best = null;
            String kind = null;
            for (var series : chart.getData()) {
                for (var d : series.getData()) {
                    if (d.getYValue().intValue() > 0 && (best == null || d.getYValue().intValue() > best.getYValue().intValue())) {
                        best = d;
                        kind = series.getName();
                    }
                }
            }
            return java.util.Map.entry(kind, best);
        });
        int shown = pick.getValue().getYValue().intValue();
        Fx.run(() -> pick.getValue().getNode().requestFocus());
        type(KeyCode.ENTER);
        Fx.waitUntil("the encounters behind the bar are listed", () ->
                ((javafx.scene.control.ListView<?>) window.stage().getScene().lookup("#activity-behind")).getItems().size() == shown);
        // Counted again from the journal: that kind, in that month, in this time zone.
        java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMM yy", java.util.Locale.ENGLISH);
        long expected = journal.encounters(app.rapport.journal.EncounterFilter.all()).stream()
                .filter(e -> app.rapport.ui.common.I18n.text(e.kind().messageKey()).equals(pick.getKey()))
                .filter(e -> month.format(e.date().atZoneSameInstant(java.time.ZoneId.systemDefault())).equals(pick.getValue().getXValue()))
                .count();
        assertEquals(expected, shown);
        String title = Fx.call(() -> ((Label) node("#activity-behind-title")).getText());
        assertTrue(title.startsWith(pick.getKey() + ", " + pick.getValue().getXValue() + ": "), title);
    }
}
