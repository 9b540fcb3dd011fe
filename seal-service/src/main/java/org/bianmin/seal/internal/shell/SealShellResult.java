package org.bianmin.seal.internal.shell;

import java.util.function.Supplier;
import org.bianmin.core.BianminException;

/**
 * Runs a shell command's work and turns a refusal into one line an administrator can act on
 * ({@code SEAL_WRONG_STATE: …}) instead of a stack trace.
 */
final class SealShellResult {
    private SealShellResult() {
    }

    static String of(Supplier<String> work) {
        try {
            return work.get();
        } catch (BianminException e) {
            return "ERROR " + e.code() + ": " + e.getMessage();
        }
    }
}
