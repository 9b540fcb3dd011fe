package org.bianmin.internal.shell;

import java.util.function.Supplier;
import org.bianmin.core.BianminException;

/**
 * Runs a shell command's work and turns a refusal into one line a person at the console can act on
 * ({@code ERROR SEAL_WRONG_STATE: …}, {@code ERROR SHELL_USER_UNKNOWN: …}) instead of a stack trace;
 * shared by the Gogo commands of every bundle.
 */
public final class ShellResult {
    private ShellResult() {
    }

    /** The work's output, or {@code ERROR <code>: <message>} when it was refused. */
    public static String of(Supplier<String> work) {
        try {
            return work.get();
        } catch (BianminException e) {
            return "ERROR " + e.code() + ": " + e.getMessage();
        }
    }
}
