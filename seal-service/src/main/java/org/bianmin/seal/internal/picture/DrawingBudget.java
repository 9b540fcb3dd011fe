package org.bianmin.seal.internal.picture;

import org.bianmin.seal.internal.ofd.OfdFormatException;

/**
 * The most drawing one seal picture may ask for: a picture is a few dozen objects, so a page of
 * thousands, a path of hundreds of thousands of commands or pages of text is hostile or broken and
 * is refused before it costs anything worth mentioning. One budget per picture; not thread-safe.
 */
final class DrawingBudget {
    /** Drawing objects (paths, texts, images, blocks) on the page. */
    static final int MAX_OBJECTS = 2_000;
    /** Path commands over all paths. */
    static final int MAX_PATH_COMMANDS = 50_000;
    /** Characters of one path's AbbreviatedData. */
    static final int MAX_PATH_DATA = 256 * 1024;
    /** Characters of text over all text objects. */
    static final int MAX_TEXT = 4_000;

    private int objects;
    private int pathCommands;
    private int text;

    void object() throws OfdFormatException {
        if (++objects > MAX_OBJECTS) {
            throw new OfdFormatException("more than " + MAX_OBJECTS + " drawing objects");
        }
    }

    void pathData(int length) throws OfdFormatException {
        if (length > MAX_PATH_DATA) {
            throw new OfdFormatException("a path's data is longer than " + MAX_PATH_DATA + " characters");
        }
    }

    void pathCommand() throws OfdFormatException {
        if (++pathCommands > MAX_PATH_COMMANDS) {
            throw new OfdFormatException("more than " + MAX_PATH_COMMANDS + " path commands");
        }
    }

    void text(int characters) throws OfdFormatException {
        text += characters;
        if (text > MAX_TEXT) {
            throw new OfdFormatException("more than " + MAX_TEXT + " characters of text");
        }
    }
}
