package org.bianmin.audit.internal.shell;

import java.util.function.Supplier;
import org.bianmin.core.BianminException;

/**
 * Runs a shell command's work and turns a refusal into one line an operator can act on
 * ({@code CASE_NOT_FOUND: …}) instead of a stack trace.
 */
public final class ShellResult {
    private ShellResult() {
    }

    /** Runs {@code work}; a refusal comes back as {@code ERROR CODE: message}. */
    public static String of(Supplier<String> work) {
        try {
            return work.get();
        } catch (BianminException e) {
            return "ERROR " + e.code() + ": " + e.getMessage();
        }
    }
}
