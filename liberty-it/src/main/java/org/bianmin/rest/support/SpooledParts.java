package org.bianmin.rest.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.bianmin.core.BianminException;

/**
 * The parts of a spooled {@code multipart/form-data} body (RFC 7578; the multipart syntax of RFC
 * 2046 §5.1.1), read back from the spool with Apache James mime4j, each part's content spooled in
 * turn ({@link BoundedUpload}): all of them together hold less than {@code inMemory} bytes in
 * memory, the rest in files in the spool directory, which {@link #close()} deletes. A body is
 * refused as bad input (400 {@code INVALID_ARGUMENT}) when it is not well-formed, has more than
 * {@link #MOST_PARTS} parts, a part without a name (§4.2), or a part that is multipart itself
 * (§4.3).
 */
final class SpooledParts implements AutoCloseable {
    /** The most parts a body may have (the endpoints take two): many tiny parts must not make as many files. */
    static final int MOST_PARTS = 16;

    private static final MimeConfig CONFIG = new MimeConfig.Builder().setMaxHeaderCount(32).build();

    private final List<SpooledPart> parts;

    private SpooledParts(List<SpooledPart> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Reads the parts of {@code body}.
     *
     * @param body        the spooled body
     * @param contentType its media type, with the boundary
     * @param inMemory    the parts' contents together take less than this many bytes of memory
     * @param directory   where the contents that do not are spooled
     * @throws IOException when a part cannot be spooled
     */
    static SpooledParts of(BoundedUpload body, String contentType, int inMemory, Path directory) throws IOException {
        List<SpooledPart> parts = new ArrayList<>();
        try (InputStream in = body.open()) {
            MimeTokenStream stream = new MimeTokenStream(CONFIG);
            stream.parseHeadless(in, contentType);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            RawBody disposition = null;
            int depth = 0;
            long memoryLeft = inMemory;
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                switch (state) {
                    case T_START_BODYPART -> {
                        depth++;
                        headers = new LinkedHashMap<>();
                        disposition = null;
                    }
                    case T_END_BODYPART -> depth--;
                    case T_START_MULTIPART -> {
                        if (depth > 0) {
                            throw BianminException.invalid("a part of a multipart/form-data body must not be multipart"
                                    + " itself (RFC 7578 §4.3); send each file as a part of its own");
                        }
                    }
                    case T_FIELD -> {
                        Field field = stream.getField();
                        String name = field.getNameLowerCase();
                        headers.computeIfAbsent(name, any -> new ArrayList<>()).add(field.getBody());
                        if ("content-disposition".equals(name)) {
                            disposition = RawFieldParser.DEFAULT.parseRawBody(
                                    RawFieldParser.DEFAULT.parseField(field.getRaw()));
                        }
                    }
                    case T_BODY -> {
                        if (depth == 0) {
                            throw BianminException.invalid("the body is not multipart/form-data: its Content-Type"
                                    + " needs a boundary (RFC 7578 §4.1), and the body parts between boundaries");
                        }
                        if (parts.size() == MOST_PARTS) {
                            throw BianminException.invalid("a multipart/form-data body may have at most " + MOST_PARTS
                                    + " parts");
                        }
                        String name = parameter(disposition, "name");
                        if (name == null) {
                            throw BianminException.invalid("every part of a multipart/form-data body needs a name"
                                    + " (Content-Disposition: form-data; name=\"...\", RFC 7578 §4.2)");
                        }
                        BoundedUpload content = BoundedUpload.spool(stream.getInputStream(), body.size(),
                                (int) Math.max(1, memoryLeft), directory, UploadDeadline.none());
                        parts.add(new SpooledPart(name, parameter(disposition, "filename"), headers, content));
                        memoryLeft -= content.file().isEmpty() ? content.size() : 0;
                    }
                    default -> {
                        // the preamble, the epilogue, the ends of headers: nothing to keep
                    }
                }
            }
        } catch (MimeException e) {
            throw deleting(parts, BianminException.invalid("the multipart/form-data body is not well-formed: "
                    + e.getMessage()));
        } catch (IOException e) {
            throw deleting(parts, e);
        } catch (RuntimeException e) {
            throw deleting(parts, e);
        }
        return new SpooledParts(parts);
    }

    /** The parts, in the order of the body. */
    List<SpooledPart> parts() {
        return parts;
    }

    /** Deletes every part's spooled content. */
    @Override
    public void close() throws IOException {
        close(parts);
    }

    /**
     * A parameter of {@code Content-Disposition}, null when absent; mime4j reads its bytes as UTF-8,
     * as RFC 7578 §5.1 has them.
     */
    private static String parameter(RawBody disposition, String name) {
        if (disposition == null) {
            return null;
        }
        for (NameValuePair parameter : disposition.getParams()) {
            if (name.equalsIgnoreCase(parameter.getName()) && parameter.getValue() != null) {
                return parameter.getValue();
            }
        }
        return null;
    }

    /** Deletes the parts read so far, and answers the failure that stopped the reading. */
    private static <T extends Exception> T deleting(List<SpooledPart> parts, T failure) {
        try {
            close(parts);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static void close(List<SpooledPart> parts) throws IOException {
        IOException failure = null;
        for (SpooledPart part : parts) {
            try {
                part.delete();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
