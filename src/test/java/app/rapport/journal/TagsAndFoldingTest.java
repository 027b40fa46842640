package app.rapport.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tag normalisation and search folding, on plain ASCII (the quick path) and on everything else. */
class TagsAndFoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kreislaufwirtschaft|kreislaufwirtschaft",
            "Open-Source|open source",
            "open_source|open source",
            "'  Machine   Learning '|machine learning",
            "'a\tb'|a b",
            "E\u2013Commerce|e commerce",
            "Stra\u00DFe|stra\u00DFe",
            "Cafe\u0301|caf\u00E9",
            "B2B Sales|b2b sales"})
    void tagsMatchAfterCaseDashesAndSpaces(String tag, String normal) {
        assertEquals(normal, Tags.normalize(tag));
    }

    @Test
    void cleanKeepsTheFirstSpellingOfTagsThatNormaliseAlike() {
        assertEquals(List.of("Open Source", "AI"), Tags.clean(List.of(" Open Source ", "open-source", "AI", "", "ai")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "M\u00FCller|muller", "Mueller|muller", "MULLER|muller",
            "K\u00F6ln|koln", "KOELN|koln",
            "Samuel|samul",
            "Stra\u00DFe|strasse",
            "Bj\u00F8rn|bjorn",
            "plain text 42|plain text 42"})
    void searchFoldsGermanSpellingsTogether(String text, String folded) {
        assertEquals(folded, TextFolding.fold(text));
    }
}
