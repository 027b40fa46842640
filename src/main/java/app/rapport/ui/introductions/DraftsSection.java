package app.rapport.ui.introductions;

import app.rapport.journal.Introduction;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The double opt-in drafts of the selected introduction: a message to each of the two and the
 * introduction itself, in a language of the user's choice, saved when a text area is left, each
 * copied or opened in the mail program in one click.
 */
final class DraftsSection {

    private final AppContext ctx;
    private final IntroductionsViewModel model;

    DraftsSection(AppContext ctx, IntroductionsViewModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    /** The section for introduction {@code i}: its three drafts in the language chosen. */
    Node section(Introduction i) {
        Introduction.Drafts d = model.draftsOf(i);
        String lang = d.language() == null ? DoubleOptInDrafts.languageOf(I18n.locale()) : d.language();
        ChoiceBox<String> language = languageChoice(lang);
        Label hint = new Label(I18n.text("introductions.drafts.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        TextArea toA = draftArea("draft-to-a", d.toA());
        TextArea toB = draftArea("draft-to-b", d.toB());
        TextArea intro = draftArea("draft-introduction", d.introduction());
        Runnable save = () -> model.saveDrafts(i, new Introduction.Drafts(lang, toA.getText(), toB.getText(),
                intro.getText()));
        for (TextArea area : List.of(toA, toB, intro)) {
            area.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    save.run();
                }
            });
        }
        followLanguage(i, language, List.of(toA, toB, intro), save);
        VBox box = new VBox(8, head(language), hint,
                draft(I18n.text("introductions.draft.toA", model.name(i.a())), "to-a", toA, i,
                        IntroductionsViewModel.Message.TO_A, save),
                draft(I18n.text("introductions.draft.toB", model.name(i.b())), "to-b", toB, i,
                        IntroductionsViewModel.Message.TO_B, save),
                draft(I18n.text("introductions.draft.introductionTitle"), "introduction", intro, i,
                        IntroductionsViewModel.Message.INTRODUCTION, save));
        box.getStyleClass().add("detail-section");
        return box;
    }

    private static ChoiceBox<String> languageChoice(String lang) {
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("draft-language");
        language.getItems().setAll(DoubleOptInDrafts.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : I18n.text("introductions.language." + tag);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.setValue(lang);
        language.setTooltip(new Tooltip(I18n.text("introductions.language.hint")));
        return language;
    }

    /** The title, and the language choice beside it (below it on a narrow column, instead of squeezing it). */
    private static Node head(ChoiceBox<String> language) {
        Label languageLabel = new Label(I18n.text("introductions.language"));
        HBox languageChoice = new HBox(8, languageLabel, language);
        languageChoice.setAlignment(Pos.CENTER_LEFT);
        languageLabel.setMinWidth(Region.USE_PREF_SIZE);
        language.setMinWidth(Region.USE_PREF_SIZE);
        Node title = IntroductionsScreen.sectionTitle("introductions.drafts");
        ((Region) title).setMinWidth(Region.USE_PREF_SIZE);
        // On a narrow column the language choice goes below the title instead of squeezing it.
        FlowPane head = new FlowPane(8, 6, title, languageChoice);
        head.setPrefWrapLength(0);
        head.setAlignment(Pos.CENTER_LEFT);
        return head;
    }

    /**
     * Another language writes the drafts anew in it; drafts the user edited are the user's work,
     * replaced only when the user says so, and otherwise kept with the language put back.
     */
    private void followLanguage(Introduction i, ChoiceBox<String> language, List<TextArea> areas, Runnable save) {
        TextArea toA = areas.get(0);
        TextArea toB = areas.get(1);
        TextArea intro = areas.get(2);
        boolean[] puttingBack = {false};
        language.valueProperty().addListener((o, was, now) -> {
            if (puttingBack[0] || now == null || now.equals(was)) {
                return;
            }
            Introduction.Drafts shown = new Introduction.Drafts(was, toA.getText(), toB.getText(), intro.getText());
            if (!model.draftsEdited(i, shown)) {
                model.writeDraftsIn(i, now);
                return;
            }
            // Edited drafts are the user's work: asked once the choice box's menu has closed.
            Platform.runLater(() -> {
                if (confirmReplacingDrafts(now)) {
                    model.writeDraftsIn(i, now);
                } else {
                    save.run();
                    puttingBack[0] = true;
                    try {
                        language.setValue(was);
                    } finally {
                        puttingBack[0] = false;
                    }
                }
            });
        });
    }

    /** "Replace your edited drafts with new ones in German?"; keeping them is the default. */
    private boolean confirmReplacingDrafts(String language) {
        return Dialogs.confirm(ctx.window(), I18n.text("introductions.language.replace.title"),
                I18n.text("introductions.language.replace." + language),
                I18n.text("introductions.language.replace.text"),
                I18n.text("introductions.language.replace.confirm"),
                I18n.text("introductions.language.replace.keep"));
    }

    private static TextArea draftArea(String id, String text) {
        TextArea area = new TextArea(text == null ? "" : text);
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(7);
        area.getStyleClass().add("draft-text");
        return area;
    }

    private Node draft(String title, String id, TextArea area, Introduction i, IntroductionsViewModel.Message which,
                       Runnable save) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = iconButton(Material2AL.CONTENT_COPY, "introductions.copy", "draft-copy-" + id, () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
            ctx.notify(I18n.text("introductions.copied"), null);
        });
        Button mail = iconButton(Material2MZ.MAIL_OUTLINE, "introductions.mail", "draft-mail-" + id, () -> {
            save.run();
            // The text goes on the clipboard too: a mail program may open without the body (a
            // long one), and when none opens, the notice says to paste it into a new e-mail.
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
            model.openInMailProgram(i, which, area.getText());
        });
        // Title and buttons wrap onto two lines where the pane is narrow (German labels are long),
        // rather than cutting off either.
        copy.setMinWidth(Region.USE_PREF_SIZE);
        mail.setMinWidth(Region.USE_PREF_SIZE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(4, copy, mail);
        buttons.setAlignment(Pos.CENTER_LEFT);
        FlowPane head = new FlowPane(12, 2, label, buttons);
        head.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, head, area);
    }

    private static Button iconButton(Ikon icon, String textKey, String id, Runnable action) {
        Button b = new Button(I18n.text(textKey), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }
}
