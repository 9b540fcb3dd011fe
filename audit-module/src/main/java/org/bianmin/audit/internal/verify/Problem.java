package org.bianmin.audit.internal.verify;

/**
 * A fact the replay found wrong, where it found it.
 *
 * @param line    the export line, from 1
 * @param message what is wrong there
 */
public record Problem(long line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
