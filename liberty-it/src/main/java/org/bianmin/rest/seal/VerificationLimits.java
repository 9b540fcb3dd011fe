package org.bianmin.rest.seal;

import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * What the verification endpoints take on (验章的承载上限): the largest request body of each, the
 * time a body may take to arrive, the verifications run at once, and where bodies too large for
 * memory are spooled. Read from
 * MicroProfile Config, so server.xml variables set them:
 *
 * <table>
 * <caption>variables</caption>
 * <tr><th>variable</th><th>default</th><th>bounds</th></tr>
 * <tr><td>{@code bianmin.verification.ofd.max.mib}</td><td>64</td><td>{@code POST /verification/ofd}
 *     (the verifier's own package limit)</td></tr>
 * <tr><td>{@code bianmin.verification.seal.max.mib}</td><td>4</td><td>{@code POST /verification/seal},
 *     and the signature part of {@code /detached}</td></tr>
 * <tr><td>{@code bianmin.verification.detached.max.mib}</td><td>256</td><td>{@code POST /verification/detached}
 *     (document and signature)</td></tr>
 * <tr><td>{@code bianmin.verification.upload.max.seconds}</td><td>60</td><td>the time a request body
 *     of any of them may take to arrive</td></tr>
 * <tr><td>{@code bianmin.verification.permits}</td><td>2 × processors</td><td>verifications at once</td></tr>
 * <tr><td>{@code bianmin.verification.spool.dir}</td><td>{@code java.io.tmpdir}</td><td>temporary files</td></tr>
 * </table>
 *
 * @param ofdBytes       the largest OFD request body
 * @param sealBytes      the largest seal request body, and the largest detached signature
 * @param detachedBytes  the largest detached-signature request body (multipart, document included)
 * @param uploadTime     the time a request body may take to arrive
 * @param permits        how many verifications run at once
 * @param spoolDirectory where bodies beyond the memory threshold are spooled
 */
public record VerificationLimits(long ofdBytes, long sealBytes, long detachedBytes, Duration uploadTime, int permits,
        Path spoolDirectory) {
    /** One mebibyte, the unit of the size variables. */
    public static final long MIB = 1L << 20;

    /** The variable that sets {@link #uploadTime()}, in whole seconds. */
    public static final String UPLOAD_TIME_VARIABLE = "bianmin.verification.upload.max.seconds";

    public VerificationLimits {
        if (ofdBytes < 1 || sealBytes < 1 || sealBytes > Integer.MAX_VALUE - 8 || detachedBytes < 1 || permits < 1) {
            throw new IllegalArgumentException("verification limits must be positive (and a seal below 2 GiB): ofd "
                    + ofdBytes + ", seal " + sealBytes + ", detached " + detachedBytes + " bytes, permits " + permits);
        }
        if (uploadTime == null || uploadTime.isNegative() || uploadTime.isZero()) {
            throw new IllegalArgumentException("the upload time must be positive: " + uploadTime);
        }
        if (spoolDirectory == null) {
            throw new IllegalArgumentException("the spool directory is missing");
        }
    }

    /** The limits configured, each variable falling back to its default. */
    public static VerificationLimits from(Config config) {
        return new VerificationLimits(
                mebibytes(config, "bianmin.verification.ofd.max.mib", 64),
                mebibytes(config, "bianmin.verification.seal.max.mib", 4),
                mebibytes(config, "bianmin.verification.detached.max.mib", 256),
                Duration.ofSeconds(config.getOptionalValue(UPLOAD_TIME_VARIABLE, Long.class).orElse(60L)),
                config.getOptionalValue("bianmin.verification.permits", Integer.class)
                        .orElse(2 * Runtime.getRuntime().availableProcessors()),
                Path.of(config.getOptionalValue("bianmin.verification.spool.dir", String.class)
                        .orElse(System.getProperty("java.io.tmpdir"))));
    }

    /**
     * The largest request body of an endpoint ({@code ofd}, {@code seal}, {@code detached}); any
     * other name gets the seal's limit, so that no spelling of a path escapes the bounds.
     */
    public long bodyBytes(String endpoint) {
        return switch (endpoint) {
            case "ofd" -> ofdBytes;
            case "detached" -> detachedBytes;
            default -> sealBytes;
        };
    }

    /** The name of the variable that sets {@link #bodyBytes(String)} for an endpoint. */
    public static String variable(String endpoint) {
        return "bianmin.verification." + switch (endpoint) {
            case "ofd", "detached" -> endpoint;
            default -> "seal";
        } + ".max.mib";
    }

    private static long mebibytes(Config config, String name, long fallback) {
        return config.getOptionalValue(name, Long.class).orElse(fallback) * MIB;
    }
}
