package org.bianmin.audit.internal.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed note (C2SP signed-note): a text ending in a line feed, a blank line, and one or more
 * signature lines. The parser keeps the specification's rules and this project's limits: at most
 * {@value #MAX_BYTES} bytes and {@value #MAX_SIGNATURES} signatures (the specification asks for at
 * least 16), valid UTF-8 without control characters other than the line feed, and key names
 * without spaces or {@code +}. It checks the form only: which signatures count is for the verifier.
 *
 * @param text       the note text, ending in a line feed (what every signature covers)
 * @param signatures the signature lines, in order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {
    /** The largest note read: room for 16 signatures of nearly 5 kB each (post-quantum) and a text. */
    public static final int MAX_BYTES = 128 * 1024;
    /** The most signature lines read. */
    public static final int MAX_SIGNATURES = 64;

    public SignedNote {
        if (text == null || text.isEmpty() || !text.endsWith("\n")) {
            throw new NoteFormatException("a note text must end in a line feed");
        }
        signatures = List.copyOf(signatures);
    }

    /** The note as it is sent: text, blank line, signature lines. */
    public String encoded() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(signature -> out.append(signature.line()));
        return out.toString();
    }

    /** The note with {@code more} signature lines after its own. */
    public SignedNote with(List<NoteSignature> more) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.addAll(more);
        return new SignedNote(text, all);
    }

    /** Reads a note; fails with {@link NoteFormatException} naming the first offence. */
    public static SignedNote parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new NoteFormatException("a note may hold at most " + MAX_BYTES + " bytes, this one holds " + bytes.length);
        }
        String note;
        try {
            note = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NoteFormatException("a note must be valid UTF-8: " + e.getMessage());
        }
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new NoteFormatException("a note must not hold control characters other than the line feed;"
                        + " found U+" + String.format("%04X", (int) c) + " at character " + i);
            }
        }
        if (!note.endsWith("\n")) {
            throw new NoteFormatException("a note must end in a line feed");
        }
        int blank = note.lastIndexOf("\n\n");
        if (blank < 0) {
            throw new NoteFormatException("a note needs a blank line between its text and its signatures");
        }
        String text = note.substring(0, blank + 1);
        String[] lines = note.substring(blank + 2).split("\n", -1);
        int count = lines.length - 1;
        if (count == 0) {
            throw new NoteFormatException("a note needs at least one signature line after the blank line");
        }
        if (count > MAX_SIGNATURES) {
            throw new NoteFormatException("a note may carry at most " + MAX_SIGNATURES + " signatures, this one carries "
                    + count);
        }
        List<NoteSignature> signatures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            signatures.add(NoteSignature.parse(lines[i]));
        }
        return new SignedNote(text, signatures);
    }

    /** Reads a note from its text. */
    public static SignedNote parse(String note) {
        return parse(note.getBytes(StandardCharsets.UTF_8));
    }
}
