package app.rapport.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Running test code on the JavaFX thread and waiting for background work the user would wait for. */
public final class Fx {

    private Fx() {
    }

    public static <T> T call(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("JavaFX work failed", e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits (up to 20 s: a loaded build machine is slow) until the condition, checked on the JavaFX thread, holds. */
    /** Whether the condition comes true within the seconds given. */
    public static boolean within(int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (call(condition::getAsBoolean)) {
                return true;
            }
            sleep(20);
        }
        return false;
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (call(condition::getAsBoolean)) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
