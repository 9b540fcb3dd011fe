package org.bianmin.audit.internal.shell;

import java.util.function.Supplier;
import org.bianmin.core.BianminException;

/**
 * Runs a shell command's work and turns a refusal into one line an operator can act on
 * ({@code CASE_NOT_FOUND: …}) instead of a stack trace; shared by the Gogo commands of this bundle
 * (audit, standards, proxy).
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
