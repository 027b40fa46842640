package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Error dialogs stay a readable width, whatever the message. */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aLongMessageWrapsInsteadOfWideningTheDialogOffTheScreen(FxRobot robot) {
        String longMessage = "class biweekly.util.com.google.ical.compat.javautil.DateIteratorFactory (in module "
                + "net.sf.biweekly) cannot access class biweekly.util.com.google.ical.iter.RecurrenceIterator "
                + "because module net.sf.biweekly does not export that package to module app.rapport, and more.";
        Alert[] alert = new Alert[2];
        robot.interact(() -> {
            alert[0] = Dialogs.error(stage, "Rapport", "Something went wrong.", longMessage);
            alert[1] = Dialogs.error(stage, "Rapport", "Something went wrong.", "Disk full.");
            alert[0].show();
        });
        double width = alert[0].getDialogPane().getWidth();
        robot.interact(() -> alert[0].close());
        assertTrue(width <= 640, "the dialog is " + width + " px wide");
        double[] shortWidth = new double[1];
        robot.interact(() -> {
            alert[1].show();
            shortWidth[0] = alert[1].getDialogPane().getWidth();
            alert[1].close();
        });
        assertTrue(shortWidth[0] < width, "a short message gives a narrower dialog: " + shortWidth[0]);
    }
}
