package org.bianmin.seal.internal.ofd;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Paths inside an OFD package (GB/T 33190-2016 §7.5: "/" separated, absolute from the package root
 * when they start with "/", otherwise relative to the file that names them). Normalised without
 * leading "/"; a path that climbs above the root is refused.
 */
public final class OfdPaths {
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");

    private OfdPaths() {
    }

    /** The directory of {@code path} ("" for the root), normalised. */
    public static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * {@code reference} resolved against {@code baseDirectory}.
     *
     * @throws OfdFormatException when the path is empty, has a backslash, NUL or drive letter, or climbs above the root
     */
    public static String resolve(String baseDirectory, String reference) throws OfdFormatException {
        if (reference == null || reference.isBlank()) {
            throw new OfdFormatException("an empty path");
        }
        String ref = reference.strip();
        String joined = ref.startsWith("/") ? ref : baseDirectory.isEmpty() ? ref : baseDirectory + "/" + ref;
        return normalise(joined, reference);
    }

    /** An entry name of the zip, normalised; refused when it is absolute or climbs above the root. */
    public static String entryName(String name) throws OfdFormatException {
        if (name.startsWith("/") || name.startsWith("\\")) {
            throw new OfdFormatException("zip entry '" + printable(name) + "' has an absolute path");
        }
        return normalise(name, name);
    }

    private static String normalise(String path, String original) throws OfdFormatException {
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || DRIVE.matcher(path).lookingAt()) {
            throw new OfdFormatException("path '" + printable(original) + "' has a backslash, NUL or drive letter");
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new OfdFormatException("path '" + printable(original) + "' climbs above the package root");
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        if (parts.isEmpty()) {
            throw new OfdFormatException("path '" + printable(original) + "' names no file");
        }
        return String.join("/", parts);
    }

    /** The text with control characters replaced, cut to 200 characters, for messages. */
    static String printable(String text) {
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }
}
