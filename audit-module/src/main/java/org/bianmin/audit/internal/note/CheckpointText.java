package org.bianmin.audit.internal.note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The text of a checkpoint note (C2SP tlog-checkpoint): the origin line, the tree size in
 * decimal, the root hash in base64, then optional non-empty extension lines, each ending in a line
 * feed. This log's root hash is SM3 (GB/T 32905) over the RFC 9162 tree, 32 bytes.
 *
 * @param origin     the log's origin, e.g. {@code luding.gov.cn/bianmin/audit}
 * @param treeSize   the number of entries
 * @param rootHash   the Merkle tree hash
 * @param extensions extension lines without their line feeds
 */
public record CheckpointText(String origin, long treeSize, byte[] rootHash, List<String> extensions) {
    public CheckpointText {
        NoteKeyNames.require(origin);
        if (treeSize < 0) {
            throw new NoteFormatException("a tree size must not be negative");
        }
        if (rootHash == null || rootHash.length == 0) {
            throw new NoteFormatException("a checkpoint needs a root hash");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.indexOf('\n') >= 0) {
                throw new NoteFormatException("an extension line must be one non-empty line");
            }
        }
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text: origin, size, root and extension lines, each ending in a line feed. */
    public String text() {
        StringBuilder out = new StringBuilder(origin).append('\n').append(treeSize).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** Reads the text of a checkpoint note; fails with {@link NoteFormatException} naming the line. */
    public static CheckpointText parse(String text) {
        if (!text.endsWith("\n")) {
            throw new NoteFormatException("a checkpoint text must end in a line feed");
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
        if (lines.size() < 3) {
            throw new NoteFormatException("a checkpoint has an origin, a tree size and a root hash line, this one has "
                    + lines.size() + " line(s)");
        }
        String size = lines.get(1);
        if (!size.matches("0|[1-9][0-9]{0,18}")) {
            throw new NoteFormatException("line 2 of a checkpoint is the tree size in decimal without leading zeros,"
                    + " got '" + size + "'");
        }
        long treeSize;
        try {
            treeSize = Long.parseLong(size);
        } catch (NumberFormatException e) {
            throw new NoteFormatException("the tree size " + size + " is too large");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines.get(2));
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException("line 3 of a checkpoint is the root hash in base64: " + e.getMessage());
        }
        if (!Base64.getEncoder().encodeToString(root).equals(lines.get(2))) {
            throw new NoteFormatException("line 3 of a checkpoint is not canonical base64");
        }
        return new CheckpointText(lines.get(0), treeSize, root, lines.subList(3, lines.size()));
    }
}
