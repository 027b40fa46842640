package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The window loads its own stylesheets in JavaFX's binary form (.bss), which needs no CSS parser
 * before the first frame. This keeps each .bss equal to its .css: when a .css changed, the test
 * writes the new .bss next to it and fails, so that the regenerated file gets committed.
 */
class CompiledStylesheetsTest {

    private static final Path FOLDER = Path.of("src/main/resources/app/rapport/ui");

    @Test
    void everyBinaryStylesheetMatchesItsSource() throws IOException {
        List<String> regenerated = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
                Path bss = css.resolveSibling(css.getFileName().toString().replace(".css", ".bss"));
                Path fresh = Files.createTempFile("rapport", ".bss");
                try {
                    Stylesheet.convertToBinary(css.toFile(), fresh.toFile());
                    if (!Files.exists(bss) || !Arrays.equals(Files.readAllBytes(fresh), Files.readAllBytes(bss))) {
                        Files.copy(fresh, bss, StandardCopyOption.REPLACE_EXISTING);
                        regenerated.add(bss.toString());
                    }
                } finally {
                    Files.deleteIfExists(fresh);
                }
            }
        }
        assertEquals(List.of(), regenerated, "stylesheets were out of date and have been recompiled; commit them");
    }
}
