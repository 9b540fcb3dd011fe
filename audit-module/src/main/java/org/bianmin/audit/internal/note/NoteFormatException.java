package org.bianmin.audit.internal.note;

/** A signed note, verifier key or checkpoint text that breaks its format; the message names the offence. */
public final class NoteFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NoteFormatException(String message) {
        super(message);
    }
}
