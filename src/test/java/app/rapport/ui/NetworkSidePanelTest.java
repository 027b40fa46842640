package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.EncounterFilter;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.ui.common.Formats;
import app.rapport.ui.network.NetworkData;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The Network screen's side panel and what the map tells on hover, on the sample journal: log an
 * encounter and plan an introduction from the panel, read a suggested introduction's reason on its
 * dashed line, and put "you" in the middle.
 */
class NetworkSidePanelTest extends NetworkWindowTest {

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
    }

    private void select(String name) {
        int slot = slot(name);
        Fx.run(() -> model().selectedProperty().set(slot));
        Fx.waitUntil(name + " in the side panel", () -> window.stage().getScene().lookup("#network-side-name") != null
                && name.equals(((Label) window.stage().getScene().lookup("#network-side-name")).getText()));
    }

    /** A point of the map canvas, on the screen. */
    private Point2D onScreen(Point2D inCanvas) {
        return Fx.call(() -> node("#network-canvas").localToScreen(inCanvas));
    }

    private boolean onCanvas(Point2D inCanvas) {
        return Fx.call(() -> {
            Node canvas = node("#network-canvas");
            var b = canvas.getLayoutBounds();
            return inCanvas.getX() > 8 && inCanvas.getY() > 8 && inCanvas.getX() < b.getWidth() - 8
                    && inCanvas.getY() < b.getHeight() - 8;
        });
    }

    @Test
    void logEncounterInTheSidePanelRecordsItWithThatPerson() {
        openMap();
        String anna = people.get("Anna Schmidt").id();
        int before = journal.encounters(EncounterFilter.all()).size();
        select("Anna Schmidt");
        clickOn("#network-side-log");
        Fx.waitUntil("quick capture opens", () -> lookup("#capture-title").tryQuery().isPresent());
        clickOn("#capture-title").write("Coffee at the Rheinauhafen");
        clickOn("#capture-save");
        Fx.waitUntil("the encounter is stored", () -> journal.encounters(EncounterFilter.all()).size() == before + 1);
        var logged = journal.encounters(EncounterFilter.all()).stream()
                .filter(e -> "Coffee at the Rheinauhafen".equals(e.title())).findFirst().orElseThrow();
        assertEquals(List.of(anna), logged.participants(), "Anna is filled in, and only she");
        // The panel, filled again from the reloaded journal, says she was met today.
        String today = Formats.date(LocalDate.now());
        Fx.waitUntil("the side panel says she was met today", () -> window.stage().getScene().lookup("#network-side")
                .lookupAll(".label").stream().anyMatch(l -> ((Label) l).getText() != null
                        && ((Label) l).getText().contains(today)));
    }

    @Test
    void planInTheSidePanelPlansTheIntroductionAndTheMapDrawsItPlannedUntilUndone() {
        openMap();
        // Someone the engine suggests an introduction for: one end of a dashed line.
        NetworkData d = model().data();
        NetworkData.Line suggested = d.lines().stream().filter(l -> l.kind() == NetworkData.Line.Kind.SUGGESTED)
                .findFirst().orElseThrow();
        String name = d.person(suggested.a()).name();
        select(name);
        Fx.waitUntil("the engine's suggestions for them", () -> !window.stage().getScene().lookup("#network-side")
                .lookupAll(".network-side-plan").isEmpty());
        Button plan = Fx.call(() -> (Button) window.stage().getScene().lookup("#network-side").lookup(".network-side-plan"));
        String other = Fx.call(() -> ((Label) ((VBox) plan.getParent()).getChildren().getFirst()).getText());
        clickOn(plan);
        Fx.waitUntil("the introduction is planned", () -> journal.introductions().stream()
                .anyMatch(i -> i.status() == IntroductionStatus.PLANNED && pair(i, name, other)));
        Fx.waitUntil("and the user told so", () -> String.valueOf(window.notificationText()).startsWith("Planned the introduction of "));
        Fx.waitUntil("the map draws it as planned", () -> {
            NetworkData now = model().data();
            return now != null && now.lines().stream().anyMatch(l -> l.kind() == NetworkData.Line.Kind.PLANNED
                    && pairOfNames(now, l, name, other));
        });
        // Undo takes it back, and the map, told by the journal, no longer draws it planned.
        clickOn("#notification-undo");
        Fx.waitUntil("the introduction is taken back", () -> journal.introductions().stream()
                .noneMatch(i -> i.status() == IntroductionStatus.PLANNED && pair(i, name, other)));
        Fx.waitUntil("the map no longer draws it planned", () -> {
            NetworkData now = model().data();
            return now != null && now.lines().stream().noneMatch(l -> l.kind() == NetworkData.Line.Kind.PLANNED
                    && pairOfNames(now, l, name, other));
        });
    }

    private boolean pair(Introduction i, String x, String y) {
        String a = journal.contact(i.a()).orElseThrow().name();
        String b = journal.contact(i.b()).orElseThrow().name();
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }

    private static boolean pairOfNames(NetworkData d, NetworkData.Line l, String x, String y) {
        String a = d.person(l.a()).name();
        String b = d.person(l.b()).name();
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }

    @Test
    void hoveringASuggestedIntroductionsDashedLineGivesTheEnginesSentence() {
        openMap();
        NetworkData d = model().data();
        String found = null;
        String wanted = null;
        for (NetworkData.Line line : d.lines()) {
            if (line.kind() != NetworkData.Line.Kind.SUGGESTED || found != null) {
                continue;
            }
            Point2D a = Fx.call(() -> window.networkScreen().mapPosition(line.a()));
            Point2D b = Fx.call(() -> window.networkScreen().mapPosition(line.b()));
            wanted = "Suggested: introduce " + d.person(line.a()).name() + " and " + d.person(line.b()).name()
                    + "\n" + line.text();
            // Along the line, away from the dots at its ends (and from the legend over the map).
            for (double t : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65}) {
                Point2D at = a.add(b.subtract(a).multiply(t));
                if (!onCanvas(at)) {
                    continue;
                }
                moveTo(onScreen(at));
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                String hover = Fx.call(() -> window.networkScreen().hoverText());
                if (wanted.equals(hover)) {
                    found = hover;
                    break;
                }
            }
        }
        assertNotNull(found, "a suggested introduction's line says, on hover: " + wanted);
        assertFalse(found.lines().skip(1).findFirst().orElse("").isBlank(), "with the engine's reason");
    }

    @Test
    void meInTheMiddleIsDrawnAndSaysWhoTheLinesLeadTo() {
        openMap();
        assertNull(Fx.call(() -> window.networkScreen().mePosition()), "off at first");
        clickOn("#network-show-me");
        assertTrue(model().showMeProperty().get());
        Point2D me = Fx.call(() -> window.networkScreen().mePosition());
        assertNotNull(me);
        NetworkData d = model().data();
        long inTouch = java.util.stream.IntStream.range(0, d.size())
                .filter(i -> d.warmth(i) != app.rapport.reminders.Warmth.COLD).count();
        String expected = "You: in touch with " + inTouch + " people shown (warm or cooling; the lines lead to them)";
        // "You" may lie under someone's dot (people are drawn over "you"): around it, too.
        String hover = null;
        for (double[] off : new double[][] {{0, 0}, {6, 0}, {-6, 0}, {0, 6}, {0, -6}, {5, 5}, {-5, -5}, {5, -5}, {-5, 5}}) {
            moveTo(onScreen(me.add(off[0], off[1])));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            hover = Fx.call(() -> window.networkScreen().hoverText());
            if (expected.equals(hover)) {
                break;
            }
        }
        assertEquals(expected, hover);
        // Off again: no one in the middle.
        clickOn("#network-show-me");
        assertFalse(model().showMeProperty().get());
        assertNull(Fx.call(() -> window.networkScreen().mePosition()));
    }
}
