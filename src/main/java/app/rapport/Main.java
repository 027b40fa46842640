package app.rapport;

/** Starts the window, or the command line when given a command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Rapport");
    }
}
