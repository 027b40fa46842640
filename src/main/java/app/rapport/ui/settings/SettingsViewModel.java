package app.rapport.ui.settings;

import app.rapport.ui.common.UiSettings;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;

/**
 * The Settings screen's state. Language and theme are the stored window settings themselves; the
 * main window applies them as they change, so choosing a language relabels every open screen.
 */
public final class SettingsViewModel {

    private final UiSettings settings;
    private final Path dataDir;

    public SettingsViewModel(UiSettings settings, Path dataDir) {
        this.settings = settings;
        this.dataDir = dataDir;
    }

    public ObjectProperty<UiSettings.LanguageChoice> languageProperty() {
        return settings.languageProperty();
    }

    public ObjectProperty<UiSettings.ThemeChoice> themeProperty() {
        return settings.themeProperty();
    }

    public String dataFolder() {
        return dataDir == null ? "" : dataDir.toAbsolutePath().toString();
    }
}
