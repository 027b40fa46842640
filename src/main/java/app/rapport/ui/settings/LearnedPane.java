package app.rapport.ui.settings;

import app.rapport.suggest.Lesson;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.IntroductionSuggestions;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.common.WhileShown;
import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * What Rapport learned from the user's decisions about suggestions, one sentence per kind of
 * reason that now counts more or less, and a Reset that forgets it (the decisions stay).
 */
public final class LearnedPane extends VBox {

    private final AppContext app;
    private final VBox notes = new VBox(6);
    final Button reset = new Button();

    LearnedPane(AppContext app) {
        super(10);
        this.app = app;
        setId("learned");
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("settings.learned.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        notes.setId("learned-notes");
        reset.setId("learned-reset");
        reset.textProperty().bind(I18n.bind("settings.learned.reset"));
        reset.setGraphic(new FontIcon(Material2MZ.RESTORE));
        reset.setOnAction(e -> reset());
        reset.setDisable(true);
        getChildren().addAll(hint, notes, reset);
        // Read again on changes and language switches (rows are worded in the language of the moment).
        WhileShown.refreshOnChanges(this, app, this::refresh);
        refresh();
    }

    void refresh() {
        var shared = IntroductionSuggestions.of(app.journal());
        long revision = app.journalRevision().get();
        LocalDate today = LocalDate.now(app.clock());
        Tasks.run(() -> shared.engine(revision).lessons(today)).onSuccess(this::show).start();
    }

    private void show(List<Lesson> lessons) {
        notes.getChildren().clear();
        if (lessons.isEmpty()) {
            Label none = new Label(I18n.text("settings.learned.none"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            notes.getChildren().add(none);
        }
        for (Lesson l : lessons) {
            Label note = new Label(sentence(l));
            note.setWrapText(true);
            note.getStyleClass().add("learned-note");
            notes.getChildren().add(note);
        }
        reset.setDisable(lessons.isEmpty());
    }

    /** One sentence in the user's language: what the user did, and what it changed. */
    static String sentence(Lesson l) {
        String kind = "learned.kind." + l.kind().name();
        if (!l.countsLess()) {
            return I18n.text("learned.more", l.wentAhead(), I18n.text(kind + (l.wentAhead() == 1 ? ".one" : ".other")));
        }
        if (l.dismissed() > 0 && l.didNotWorkOut() > 0) {
            return I18n.text("learned.less.both", l.dismissed(),
                    I18n.text(kind + (l.dismissed() == 1 ? ".one" : ".other")), l.didNotWorkOut());
        }
        if (l.dismissed() > 0) {
            return I18n.text("learned.less.dismissed", l.dismissed(),
                    I18n.text(kind + (l.dismissed() == 1 ? ".one" : ".other")));
        }
        return I18n.text("learned.less.failed", l.didNotWorkOut(),
                I18n.text(kind + (l.didNotWorkOut() == 1 ? ".one" : ".other")));
    }

    private void reset() {
        var journal = app.journal();
        Instant now = Instant.now(app.clock());
        Tasks.run(() -> {
            Instant before = journal.teachings().learnFrom();
            journal.learnFrom(now);
            return before == null ? Instant.MIN : before;
        }).onSuccess(before -> {
            app.notify(I18n.text("settings.learned.wasReset"), () -> Tasks.run(
                    () -> journal.learnFrom(before == Instant.MIN ? null : before))
                    .start());
        }).start();
    }
}
