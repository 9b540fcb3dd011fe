package org.bianmin.seal.internal.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A structure does not follow its grammar. Carries the path of the offending element (element
 * indices from the outermost structure inward, and the field names along that path) so that
 * {@link SealFormatReader} can turn it into a message naming the field and its byte offset.
 * Internal: callers outside this package see {@link org.bianmin.core.BianminException} with
 * {@code SEAL_FORMAT_INVALID}.
 */
public final class FormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<Integer> indexPath;
    private final List<String> fieldPath;
    private final String reason;

    public FormatException(String reason) {
        this(List.of(), List.of(), reason, null);
    }

    FormatException(String reason, Throwable cause) {
        this(List.of(), List.of(), reason, cause);
    }

    private FormatException(List<Integer> indexPath, List<String> fieldPath, String reason, Throwable cause) {
        super(describe(fieldPath, reason), cause);
        this.indexPath = List.copyOf(indexPath);
        this.fieldPath = List.copyOf(fieldPath);
        this.reason = reason;
    }

    /** The same failure seen from the enclosing structure: element {@code index}, field {@code name}. */
    public FormatException within(int index, String name) {
        List<Integer> indices = new ArrayList<>(indexPath.size() + 1);
        indices.add(index);
        indices.addAll(indexPath);
        List<String> names = new ArrayList<>(fieldPath.size() + 1);
        names.add(name);
        names.addAll(fieldPath);
        return new FormatException(indices, names, reason, getCause());
    }

    /** The same failure with the outermost structure's name in front of the field path. */
    public FormatException named(String structure) {
        List<String> names = new ArrayList<>(fieldPath.size() + 1);
        names.add(structure);
        names.addAll(fieldPath);
        return new FormatException(indexPath, names, reason, getCause());
    }

    /** Element indices from the outermost structure to the offending element. */
    public List<Integer> indexPath() {
        return Collections.unmodifiableList(indexPath);
    }

    /** The dotted field path, e.g. {@code SES_Signature.toSign.eseal.esealInfo.header.version}. */
    public String field() {
        return String.join(".", fieldPath);
    }

    /** What is wrong with the field. */
    public String reason() {
        return reason;
    }

    private static String describe(List<String> fieldPath, String reason) {
        return fieldPath.isEmpty() ? reason : String.join(".", fieldPath) + ": " + reason;
    }
}
