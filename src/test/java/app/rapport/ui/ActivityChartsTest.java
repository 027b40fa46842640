package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.reminders.Activity;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.Warmth;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The activity charts against a small journal, counted again here from the journal's records:
 * every bar of every chart, and what a click on a bar lists. Anna and Ben were added and met in the
 * last months; Cara came with an import today but was first met five months ago (she counts then,
 * not today); Dora came with the import and was never met; Emil is archived.
 */
class ActivityChartsTest extends WindowTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate TODAY = LocalDate.now(ZONE);
    /** How many months the charts show, this one included. */
    private static final int MONTHS = 24;

    private Contact anna;
    private Contact ben;
    private Contact cara;
    private Contact dora;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
    }

    private static Instant daysAgo(int days) {
        return TODAY.minusDays(days).atTime(12, 0).atZone(ZONE).toInstant();
    }

    private static Encounter met(int daysAgo, EncounterKind kind, String... who) {
        OffsetDateTime at = TODAY.minusDays(daysAgo).atTime(12, 0).atZone(ZONE).toOffsetDateTime();
        return new Encounter(null, at, kind, kind.name().toLowerCase(), null, null, List.of(who), null, null, List.of());
    }

    @Override
    protected void prepare(SqliteJournal j) {
        anna = j.saveContact(Contact.builder("Anna Adler").createdAt(daysAgo(70)).build());
        ben = j.saveContact(Contact.builder("Ben Brandt").createdAt(daysAgo(40)).build());
        cara = j.saveContact(Contact.builder("Cara Conrad").createdAt(daysAgo(0)).build());
        dora = j.saveContact(Contact.builder("Dora Dietz").createdAt(daysAgo(0)).build());
        Contact emil = j.saveContact(Contact.builder("Emil Engel").archived(true).createdAt(daysAgo(300)).build());
        j.saveEncounter(met(70, EncounterKind.MEETING, anna.id()));
        j.saveEncounter(met(65, EncounterKind.CALL, anna.id()));
        j.saveEncounter(met(40, EncounterKind.MEETING, anna.id(), ben.id()));
        j.saveEncounter(met(35, EncounterKind.MEAL, ben.id()));
        j.saveEncounter(met(150, EncounterKind.EVENT, cara.id()));
        j.saveEncounter(met(3, EncounterKind.VIDEO, anna.id()));
        j.saveEncounter(met(300, EncounterKind.MEETING, emil.id()));
        j.saveExchange(new Exchange(anna.id(), ExchangeDirection.GIVEN, TODAY.minusDays(60), "a lead"));
        j.saveExchange(new Exchange(ben.id(), ExchangeDirection.RECEIVED, TODAY.minusDays(30), "slides"));
        j.saveExchange(new Exchange(anna.id(), ExchangeDirection.RECEIVED, TODAY.minusDays(2), "feedback"));
        j.saveIntroduction(new Introduction(null, anna.id(), cara.id(), IntroductionStatus.SUGGESTED,
                daysAgo(10), "both in Köln", null).reached(IntroductionStatus.PLANNED, TODAY));
        j.saveIntroduction(new Introduction(null, ben.id(), cara.id(), IntroductionStatus.SUGGESTED,
                daysAgo(10), "same trade", null).reached(IntroductionStatus.PLANNED, TODAY)
                .reached(IntroductionStatus.ASKED_A, TODAY).reached(IntroductionStatus.INTRODUCED, TODAY));
        j.saveIntroduction(new Introduction(null, anna.id(), ben.id(), IntroductionStatus.SUGGESTED,
                daysAgo(10), "met at a barcamp", null).reached(IntroductionStatus.PLANNED, TODAY)
                .reached(IntroductionStatus.INTRODUCED, TODAY));
    }

    private void openCharts() {
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        Fx.waitUntil("the network screen", () -> window.currentScreenProperty().get().titleKey().equals("network.title"));
        Fx.run(() -> ((TabPane) node("#network-tabs")).getSelectionModel().select(1));
        Fx.waitUntil("the charts are drawn", () -> window.stage().getScene().lookup("#activity-give-take") != null);
        settle();
    }

    /** The month of the chart's {@code index}-th bar: 24 months up to this one. */
    private static YearMonth month(int index) {
        return YearMonth.from(TODAY).minusMonths(MONTHS - 1L - index);
    }

    @SuppressWarnings("unchecked")
    private <X, Y> List<XYChart.Series<X, Y>> series(String id) {
        return Fx.call(() -> new ArrayList<>(((XYChart<X, Y>) node(id)).getData()));
    }

    private List<String> listAfterEnterOn(Node bar) {
        Fx.run(bar::requestFocus);
        type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return listed();
    }

    /** What the list below the charts shows, row by row. */
    private List<String> listed() {
        return Fx.call(() -> {
            ListView<?> list = (ListView<?>) node("#activity-behind");
            list.layout();
            return list.lookupAll(".list-cell").stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                    .filter(c -> !c.isEmpty() && c.getIndex() >= 0 && c.getIndex() < list.getItems().size())
                    .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex))
                    .map(javafx.scene.control.ListCell::getText).distinct().toList();
        });
    }

    @Test
    void everyEncounterBarIsTheJournalsCountOfThatKindThatMonth() {
        openCharts();
        List<Encounter> all = journal.encounters(EncounterFilter.all());
        int total = 0;
        for (XYChart.Series<String, Number> s : this.<String, Number>series("#activity-encounters")) {
            EncounterKind kind = null;
            for (EncounterKind k : EncounterKind.values()) {
                if (I18n.text(k.messageKey()).equals(s.getName())) {
                    kind = k;
                }
            }
            for (int i = 0; i < s.getData().size(); i++) {
                EncounterKind k = kind;
                YearMonth m = month(i);
                long expected = all.stream().filter(e -> e.kind() == k)
                        .filter(e -> YearMonth.from(e.date().atZoneSameInstant(ZONE)).equals(m)).count();
                assertEquals(expected, s.getData().get(i).getYValue().longValue(), s.getName() + " in " + m);
                total += s.getData().get(i).getYValue().intValue();
            }
        }
        assertEquals(7, total, "Emil's too: archived people keep their history");
    }

    @Test
    void newContactsCountWhenTheyWereFirstMetAndTheImportedUnmetApart() {
        openCharts();
        List<XYChart.Series<String, Number>> s = series("#activity-new-contacts");
        assertEquals(List.of("First met", "Added, not met yet"), s.stream().map(XYChart.Series::getName).toList());
        int now = MONTHS - 1;
        int caraMet = MONTHS - 1 - (int) java.time.temporal.ChronoUnit.MONTHS.between(
                YearMonth.from(TODAY.minusDays(150)), YearMonth.from(TODAY));
        assertEquals(List.of("Cara Conrad"), listAfterEnterOn(Fx.call(() -> s.get(0).getData().get(caraMet).getNode())),
                "Cara counts when first met, not on the day of the import");
        assertEquals(List.of("Dora Dietz"), listAfterEnterOn(Fx.call(() -> s.get(1).getData().get(now).getNode())));
        int met = 0;
        int added = 0;
        for (int i = 0; i <= now; i++) {
            met += s.get(0).getData().get(i).getYValue().intValue();
            added += s.get(1).getData().get(i).getYValue().intValue();
        }
        assertEquals(4, met, "Anna, Ben, Cara, and Emil ten months ago (archived people keep their history)");
        assertEquals(1, added, "Dora");
    }

    @Test
    void warmthSharesAreTheActiveContactsWarmthAndAClickListsThem() {
        openCharts();
        Relationships r = Relationships.of(journal.snapshot().timeline(), TODAY, ZONE);
        List<Contact> active = List.of(anna, ben, cara, dora);
        XYChart.Series<String, Number> s = this.<String, Number>series("#activity-warmth").getFirst();
        Warmth[] order = {Warmth.WARM, Warmth.COOLING, Warmth.COLD};
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            Warmth w = order[i];
            List<String> expected = active.stream().filter(c -> r.of(c.id()).warmth() == w).map(Contact::name).sorted().toList();
            XYChart.Data<String, Number> bar = s.getData().get(i + 1);
            assertEquals(100.0 * expected.size() / active.size(), bar.getYValue().doubleValue(), 1e-9, w.name());
            sum += bar.getYValue().doubleValue();
            if (!expected.isEmpty()) {
                assertEquals(expected, listAfterEnterOn(Fx.call(bar::getNode)), w.name());
            }
        }
        assertEquals(100.0, sum, 1e-9, "warm, cooling and cold are everyone active");
    }

    @Test
    void introductionsByStageAreTheJournalsAndAClickNamesThePairs() {
        openCharts();
        List<Introduction> all = journal.introductions();
        XYChart.Series<Number, String> s = this.<Number, String>series("#activity-introductions").getFirst();
        for (XYChart.Data<Number, String> bar : s.getData()) {
            IntroductionStatus stage = null;
            for (IntroductionStatus st : Activity.STAGES) {
                if (I18n.text(st.messageKey()).equals(bar.getYValue())) {
                    stage = st;
                }
            }
            IntroductionStatus st = stage;
            assertEquals(all.stream().filter(i -> i.status() == st).count(), bar.getXValue().longValue(), bar.getYValue());
        }
        XYChart.Data<Number, String> introduced = s.getData().stream()
                .filter(d -> d.getYValue().equals(I18n.text(IntroductionStatus.INTRODUCED.messageKey()))).findFirst().orElseThrow();
        assertEquals(2, introduced.getXValue().intValue());
        List<String> pairs = listAfterEnterOn(Fx.call(introduced::getNode));
        assertEquals(List.of("Anna Adler and Ben Brandt", "Ben Brandt and Cara Conrad"), pairs.stream().sorted().toList());
    }

    @Test
    void giveAndTakeIsTheLedgerByMonthAndAMouseClickListsIt() {
        openCharts();
        List<XYChart.Series<String, Number>> s = series("#activity-give-take");
        int now = MONTHS - 1;
        for (int i = 0; i <= now; i++) {
            YearMonth m = month(i);
            long given = journal.snapshot().exchanges().stream().filter(x -> x.direction() == ExchangeDirection.GIVEN)
                    .filter(x -> YearMonth.from(x.date()).equals(m)).count();
            long received = journal.snapshot().exchanges().stream().filter(x -> x.direction() == ExchangeDirection.RECEIVED)
                    .filter(x -> YearMonth.from(x.date()).equals(m)).count();
            assertEquals(given, s.get(0).getData().get(i).getYValue().longValue(), "given in " + m);
            assertEquals(received, s.get(1).getData().get(i).getYValue().longValue(), "received in " + m);
        }
        // The encounters chart is at the top of the tab: a click with the mouse on this month's bar.
        XYChart.Series<String, Number> videoCalls = this.<String, Number>series("#activity-encounters").stream()
                .filter(x -> x.getName().equals("Video call")).findFirst().orElseThrow();
        Node bar = Fx.call(() -> videoCalls.getData().get(now).getNode());
        clickOn(bar);
        Fx.waitUntil("the encounter is listed", () -> listed().size() == 1);
        assertTrue(listed().getFirst().contains("Anna Adler"), listed().toString());
        assertTrue(Fx.call(() -> ((Label) node("#activity-behind-title")).getText()).startsWith("Video call, "));
    }
}
