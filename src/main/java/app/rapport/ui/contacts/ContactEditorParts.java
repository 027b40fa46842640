package app.rapport.ui.contacts;

import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The contact editor's photo and postal addresses: the parts of the form that are more than a text field. */
final class ContactEditorParts {

    private final ContactEditorViewModel model;

    ContactEditorParts(ContactEditorViewModel model) {
        this.model = model;
    }

    /**
     * The photo as the contact's page shows it (initials when there is none), a button that opens
     * a picture file and one that removes the photo. A chosen picture is read and scaled down in
     * the background and replaces the one shown only once it is ready.
     */
    Node photo() {
        StackPane preview = new StackPane();
        preview.setId("editor-photo-preview");
        Runnable show = () -> preview.getChildren().setAll(ContactDetailView.photoOrAvatar(
                model.nameProperty().get().isBlank() ? "?" : model.nameProperty().get(),
                model.photoProperty().get(), "editor-photo"));
        model.photoProperty().addListener((o, was, now) -> show.run());
        show.run();
        Button choose = new Button(I18n.text("editor.photo.choose"), new FontIcon(Material2AL.ADD_PHOTO_ALTERNATE));
        choose.setId("editor-photo-choose");
        choose.getStyleClass().add(Styles.SMALL);
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.text("editor.photo.choose.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("editor.photo.filter"),
                    "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.JPG", "*.JPEG", "*.PNG"));
            java.io.File file = chooser.showOpenDialog(choose.getScene().getWindow());
            if (file != null) {
                usePhotoFile(file.toPath());
            }
        });
        choose.disableProperty().bind(readingPhoto);
        Button remove = new Button(I18n.text("editor.photo.remove"), new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.setId("editor-photo-remove");
        remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        remove.visibleProperty().bind(model.photoProperty().isNotNull());
        remove.managedProperty().bind(remove.visibleProperty());
        remove.setOnAction(e -> model.removePhoto());
        Label problem = new Label();
        problem.setId("editor-photo-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.photoProblemProperty());
        problem.visibleProperty().bind(model.photoProblemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox buttons = new HBox(8, choose, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(4, buttons, problem);
        right.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(12, preview, right);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private final javafx.beans.property.BooleanProperty readingPhoto = new javafx.beans.property.SimpleBooleanProperty();

    /** Makes the picture in {@code file} the photo (what the file chooser does once a file is picked). */
    void usePhotoFile(java.nio.file.Path file) {
        readingPhoto.set(true);
        Tasks.run(() -> ContactEditorViewModel.readPhoto(file))
                .onSuccess(model::usePhoto)
                .onFinally(() -> readingPhoto.set(false))
                .start();
    }

    /**
     * One block per postal address (street over two lines, postal code and city, region and
     * country), a remove button on each, and "add address" below. No empty block is offered
     * before the user asks for one: most contacts have no address.
     */
    Node addresses() {
        VBox blocks = new VBox(10);
        Runnable rebuild = () -> {
            blocks.getChildren().clear();
            for (int i = 0; i < model.addresses().size(); i++) {
                blocks.getChildren().add(addressBlock(model.addresses().get(i), i));
            }
        };
        model.addresses().addListener((ListChangeListener<ContactEditorViewModel.AddressRow>) c -> rebuild.run());
        rebuild.run();
        Button add = new Button(I18n.text("editor.addAddress"), new FontIcon(Material2AL.ADD));
        add.setId("editor-address-add");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setOnAction(e -> {
            model.addresses().add(new ContactEditorViewModel.AddressRow());
            Platform.runLater(() -> {
                Node street = blocks.lookup("#editor-address-street-" + (model.addresses().size() - 1));
                if (street != null) {
                    street.requestFocus();
                }
            });
        });
        return new VBox(4, blocks, add);
    }

    private Node addressBlock(ContactEditorViewModel.AddressRow address, int i) {
        TextArea street = new TextArea();
        street.setId("editor-address-street-" + i);
        street.setPrefRowCount(2);
        street.setWrapText(true);
        street.setPromptText(I18n.text("editor.address.street"));
        street.setAccessibleText(I18n.text("editor.address.street"));
        street.textProperty().bindBidirectional(address.streetProperty());
        // Tab goes on to the postal code, as from a one-line field, instead of typing a tab into the street.
        street.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShiftDown() && !e.isControlDown()) {
                e.consume();
                Node next = street.getParent().lookup("#editor-address-postal-code-" + i);
                if (next != null) {
                    next.requestFocus();
                }
            }
        });
        TextField postalCode = addressPart("editor-address-postal-code-" + i, "editor.address.postalCode",
                address.postalCodeProperty());
        postalCode.setPrefColumnCount(6);
        postalCode.setMaxWidth(110);
        TextField city = addressPart("editor-address-city-" + i, "editor.address.city", address.cityProperty());
        HBox.setHgrow(city, Priority.ALWAYS);
        TextField region = addressPart("editor-address-region-" + i, "editor.address.region", address.regionProperty());
        TextField country = addressPart("editor-address-country-" + i, "editor.address.country",
                address.countryProperty());
        HBox.setHgrow(region, Priority.ALWAYS);
        HBox.setHgrow(country, Priority.ALWAYS);
        VBox parts = new VBox(4, street, new HBox(4, postalCode, city), new HBox(4, region, country));
        HBox.setHgrow(parts, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.setId("editor-address-remove-" + i);
        remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        remove.setFocusTraversable(false);
        remove.setAccessibleText(I18n.text("editor.address.remove"));
        remove.setOnAction(e -> model.addresses().remove(address));
        HBox block = new HBox(4, parts, remove);
        block.setAlignment(Pos.TOP_LEFT);
        return block;
    }

    private static TextField addressPart(String id, String promptKey, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setPromptText(I18n.text(promptKey));
        f.setAccessibleText(I18n.text(promptKey));
        return f;
    }
}
