package org.bianmin.audit.internal.note;

/**
 * The rule for key names (C2SP signed-note, "Format"): non-empty, no Unicode space and no plus
 * sign. Checkpoint origins follow it too, since a log's key name is its origin.
 */
final class NoteKeyNames {
    private NoteKeyNames() {
    }

    /** Returns {@code name} when it is a valid key name; fails with {@link NoteFormatException}. */
    static String require(String name) {
        if (name == null || name.isEmpty()) {
            throw new NoteFormatException("a key name must not be empty");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c == 0x7f) {
                throw new NoteFormatException("key name '" + name + "' holds a space, a control character or '+'"
                        + " at index " + i + ", which signed notes forbid");
            }
            i += Character.charCount(c);
        }
        return name;
    }
}
