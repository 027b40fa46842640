/** Rapport: an offline, private networking journal. */
module app.rapport {
    requires java.sql;
    requires java.prefs;
    requires javafx.controls;
    requires javafx.swing;
    requires java.desktop;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.material2;
    requires org.xerial.sqlitejdbc;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires com.googlecode.ezvcard;
    requires net.sf.biweekly;
    requires org.apache.commons.csv;
    requires org.apache.lucene.analysis.common;

    exports app.rapport;
    exports app.rapport.journal;
    // JavaFX instantiates the Application class reflectively.
    exports app.rapport.ui to javafx.graphics;
    exports app.rapport.suggest;

    opens app.rapport.i18n;

    opens app.rapport to info.picocli;
    opens app.rapport.cli to info.picocli;
}
