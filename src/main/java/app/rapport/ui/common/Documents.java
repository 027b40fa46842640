package app.rapport.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Hands a URI (a {@code mailto:} link) to the operating system, which opens the program the user
 * chose for it. The application sets the opener from its host services at start-up; Rapport
 * itself never sends anything.
 */
public final class Documents {

    private static final Logger LOG = Logger.getLogger(Documents.class.getName());
    private static volatile Consumer<String> opener = uri -> LOG.info("no document opener set; not opening " + uri);

    private Documents() {
    }

    public static void setOpener(Consumer<String> documentOpener) {
        opener = Objects.requireNonNull(documentOpener);
    }

    public static void open(String uri) {
        opener.accept(uri);
    }
}
