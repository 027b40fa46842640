package app.rapport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ENGINEERING.md: they point one way, and nothing below the UI knows JavaFX. */
class LayeringTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
    }

    @Test
    void theDomainKnowsNoUiNoSqlAndNoOtherLayer() {
        noClasses().that().resideInAPackage("app.rapport.journal..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "org.sqlite..", "app.rapport.store..", "app.rapport.ui..",
                        "app.rapport.cli..", "app.rapport.suggest..", "app.rapport.interchange..",
                        "app.rapport.reminders..", "com.fasterxml..", "picocli..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiImportsJavaFx() {
        noClasses().that().resideInAnyPackage("app.rapport.journal..", "app.rapport.store..",
                        "app.rapport.suggest..", "app.rapport.reminders..", "app.rapport.interchange..",
                        "app.rapport.cli..", "app.rapport.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..",
                        "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void engineAndRemindersArePureFunctionsOverTheDomain() {
        // One exception: the concept list reads the resource it ships as (never a file of the user's).
        noClasses().that().resideInAnyPackage("app.rapport.suggest..", "app.rapport.reminders..")
                .and().doNotHaveFullyQualifiedName("app.rapport.suggest.ConceptList")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.io..", "java.nio.file..",
                        "app.rapport.store..", "app.rapport.interchange..", "app.rapport.ui..", "app.rapport.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theStoreDoesNotReachUp() {
        noClasses().that().resideInAPackage("app.rapport.store..")
                .should().dependOnClassesThat().resideInAnyPackage("app.rapport.ui..", "app.rapport.cli..",
                        "app.rapport.suggest..", "app.rapport.interchange..", "app.rapport.reminders..")
                .check(classes);
    }

    @Test
    void syncWorksOnTheJournalPortAndTheInterchangeFormatOnly() {
        // Never the SQLite file or its store: sync reads and writes the journal through its port.
        noClasses().that().resideInAPackage("app.rapport.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..",
                        "app.rapport.store..", "app.rapport.ui..", "app.rapport.cli..", "java.net..")
                .check(classes);
    }

    @Test
    void uiAndCommandLineUseTheStoreOnlyThroughTheCompositionRoot() {
        // The composition root opens the SQLite journal and hands the Journal port to screens.
        noClasses().that().resideInAnyPackage("app.rapport.ui..", "app.rapport.cli..")
                .should().dependOnClassesThat().resideInAPackage("app.rapport.store..")
                .check(classes);
    }

    @Test
    void theUiAndTheCommandLineDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("app.rapport.cli..")
                .should().dependOnClassesThat().resideInAPackage("app.rapport.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("app.rapport.ui..")
                .should().dependOnClassesThat().resideInAPackage("app.rapport.cli..")
                .check(classes);
    }
}
