package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.demo.DemoJournal;
import app.rapport.journal.Contact;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Tie;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.suggest.IntroductionEngine;
import app.rapport.suggest.Suggestion;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared engine of a journal, brought up to date by what changed, answers as one built afresh. */
class IntroductionSuggestionsTest {

    @TempDir
    Path dir;

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static List<String> pairs(List<Suggestion> list) {
        return list.stream().map(s -> s.a().id() + "+" + s.b().id() + " " + String.format(Locale.ROOT, "%.6f", s.score()))
                .toList();
    }

    @Test
    void anUpdatedEngineEqualsAFreshOneAfterEveryKindOfChange() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            j.importSnapshot(DemoJournal.generate(250, 3, DAY));
            IntroductionSuggestions shared = IntroductionSuggestions.of(j);
            IntroductionEngine engine = shared.engine(1);
            assertSame(engine, shared.engine(1), "nothing changed: the same engine, nothing read");
            List<Suggestion> before = engine.top(20, DAY, Locale.ENGLISH);
            Suggestion best = before.getFirst();
            Suggestion second = before.get(1);
            Suggestion third = before.get(2);

            // Plan the best, dismiss the second, tie the third, change someone's seeks, trash someone.
            j.saveIntroduction(new Introduction(null, best.a().id(), best.b().id(), IntroductionStatus.PLANNED,
                    Instant.now(), null, null));
            String dismissalId = j.saveIntroduction(Introduction.dismissal(second.a().id(), second.b().id(),
                    Instant.now(), null, second.dismissal().fingerprint())).id();
            j.saveTie(Tie.of(third.a().id(), third.b().id()));
            java.util.Set<String> involved = new java.util.HashSet<>();
            for (Suggestion s : List.of(best, second, third)) {
                involved.add(s.a().id());
                involved.add(s.b().id());
            }
            List<Contact> others = before.stream().flatMap(s -> java.util.stream.Stream.of(s.a(), s.b()))
                    .filter(c -> !involved.contains(c.id())).distinct().toList();
            Contact someone = others.get(0);
            j.saveContact(j.contact(someone.id()).orElseThrow().toBuilder().seeks(List.of("seed funding", "sailing crew")).build());
            j.trashContact(others.get(1).id());

            List<Suggestion> updated = shared.engine(2).top(20, DAY, Locale.ENGLISH);
            List<Suggestion> fresh = IntroductionEngine.of(j.snapshot()).top(20, DAY, Locale.ENGLISH);
            assertEquals(pairs(fresh), pairs(updated));
            assertTrue(updated.stream().noneMatch(s -> s.involvesPair(best.a().id(), best.b().id())));
            assertTrue(updated.stream().noneMatch(s -> s.involvesPair(second.a().id(), second.b().id())));
            assertTrue(updated.stream().noneMatch(s -> s.involvesPair(third.a().id(), third.b().id())));

            // Undo of the dismissal brings the pair back.
            j.removeIntroduction(dismissalId);
            List<Suggestion> afterUndo = shared.engine(3).top(20, DAY, Locale.ENGLISH);
            assertEquals(pairs(IntroductionEngine.of(j.snapshot()).top(20, DAY, Locale.ENGLISH)), pairs(afterUndo));
            assertTrue(afterUndo.stream().anyMatch(s -> s.involvesPair(second.a().id(), second.b().id())),
                    second.a().name() + " + " + second.b().name() + " in " + afterUndo.stream()
                            .map(s -> s.a().name() + " + " + s.b().name()).toList());
        }
    }
}
