package org.bianmin.rest.seal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The endpoints whose request bodies {@link UploadAdmission} bounds, each with its server variable
 * ({@code bianmin.<work>.<name>.max.mib}) and default size, and which request names which
 * ({@link #of(String, String)}).
 */
public enum UploadEndpoint {
    /** {@code POST /api/verification/ofd}: the verifier's own package limit is 64 MiB too. */
    VERIFICATION_OFD(UploadWork.VERIFICATION, "ofd", 64),
    /** {@code POST /api/verification/seal}, and the signature part of {@code /detached}. */
    VERIFICATION_SEAL(UploadWork.VERIFICATION, "seal", 4),
    /** {@code POST /api/verification/detached}: the whole multipart body, document and signature. */
    VERIFICATION_DETACHED(UploadWork.VERIFICATION, "detached", 256),
    /** {@code POST /api/seals/{esId}/sealed-ofd}: the OFD document to seal. */
    SEALING_OFD(UploadWork.SEALING, "ofd", 64),
    /** {@code POST /api/seals/{esId}/sealed-ofd/batch}: the zip of documents to seal. */
    SEALING_BATCH(UploadWork.SEALING, "batch", 64),
    /** {@code POST /api/public/verification}: an OFD document sent by anyone, without login. */
    PUBLIC_OFD(UploadWork.PUBLIC_VERIFICATION, "ofd", 16);

    /** The segment of the sealing endpoints, after the seal's id. */
    private static final String SEALED_OFD = "sealed-ofd";

    private final UploadWork work;
    private final String name;
    private final long defaultMebibytes;

    UploadEndpoint(UploadWork work, String name, long defaultMebibytes) {
        this.work = work;
        this.name = name;
        this.defaultMebibytes = defaultMebibytes;
    }

    /** What the upload is for, and so whose permits it takes. */
    public UploadWork work() {
        return work;
    }

    /** The variable that sets the largest body, e.g. {@code bianmin.sealing.batch.max.mib}. */
    public String variable() {
        return work.variablePrefix() + "." + name + ".max.mib";
    }

    /** The largest body when {@link #variable()} is unset, in MiB. */
    long defaultMebibytes() {
        return defaultMebibytes;
    }

    /**
     * The endpoint a request names, from its method and its path below the context root (decoded,
     * path parameters removed by the container), empty segments skipped; empty when the request
     * is none of them and goes on unbounded (it has no body the API reads, or one the REST runtime
     * bounds itself):
     * <ul>
     * <li>any request under {@code /api/public}: {@link #PUBLIC_OFD};</li>
     * <li>any request under {@code /api/verification}: the endpoint its next segment names; any
     *     other name gets {@link #VERIFICATION_SEAL}, the smallest limit, so that no spelling of a
     *     path escapes the bounds;</li>
     * <li>a {@code POST} under {@code /api/seals} whose last segment is {@code sealed-ofd}
     *     ({@link #SEALING_OFD}) or whose last two are {@code sealed-ofd/batch}
     *     ({@link #SEALING_BATCH}): judged by the end of the path, so that a seal id of any shape
     *     in the middle is still bounded.</li>
     * </ul>
     */
    public static Optional<UploadEndpoint> of(String method, String path) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.size() < 2 || !segments.get(0).equals("api")) {
            return Optional.empty();
        }
        if (segments.get(1).equals("public")) {
            return Optional.of(PUBLIC_OFD);
        }
        if (segments.get(1).equals("verification")) {
            String endpoint = segments.size() > 2 ? segments.get(2) : "";
            return Optional.of(switch (endpoint) {
                case "ofd" -> VERIFICATION_OFD;
                case "detached" -> VERIFICATION_DETACHED;
                default -> VERIFICATION_SEAL;
            });
        }
        if (!segments.get(1).equals("seals") || !"POST".equals(method)) {
            return Optional.empty();
        }
        String last = segments.get(segments.size() - 1);
        if (last.equals(SEALED_OFD)) {
            return Optional.of(SEALING_OFD);
        }
        boolean batch = last.equals("batch") && segments.get(segments.size() - 2).equals(SEALED_OFD);
        return batch ? Optional.of(SEALING_BATCH) : Optional.empty();
    }
}
