package org.bianmin.rest.seal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * What the upload endpoints take on (验章与用印的承载上限): the largest request body of each
 * {@link UploadEndpoint}, and for each {@link UploadWork} the time a body may take to arrive and
 * how many run at once; and where bodies too large for memory are spooled. Read from
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
 * <tr><td>{@code bianmin.sealing.ofd.max.mib}</td><td>64</td><td>{@code POST /seals/{esId}/sealed-ofd}</td></tr>
 * <tr><td>{@code bianmin.sealing.batch.max.mib}</td><td>64</td><td>{@code POST /seals/{esId}/sealed-ofd/batch}</td></tr>
 * <tr><td>{@code bianmin.sealing.upload.max.seconds}</td><td>60</td><td>the time a request body
 *     of either may take to arrive</td></tr>
 * <tr><td>{@code bianmin.sealing.permits}</td><td>processors</td><td>sealings at once</td></tr>
 * <tr><td>{@code bianmin.public.verification.ofd.max.mib}</td><td>16</td><td>{@code POST /public/verification}
 *     (anyone, without login)</td></tr>
 * <tr><td>{@code bianmin.public.verification.upload.max.seconds}</td><td>60</td><td>the time its body
 *     may take to arrive</td></tr>
 * <tr><td>{@code bianmin.public.verification.permits}</td><td>processors</td><td>public verifications at once</td></tr>
 * <tr><td>{@code bianmin.public.verification.per.minute}</td><td>10</td><td>public verifications a
 *     minute from one client address ({@link PublicAllowance})</td></tr>
 * <tr><td>{@code bianmin.verification.spool.dir}</td><td>{@code java.io.tmpdir}</td><td>temporary
 *     files of every upload, sealing too (the name is from when only verification was bounded)</td></tr>
 * </table>
 *
 * @param bodyBytes      the largest request body of each endpoint
 * @param uploadTimes    the time a request body of each work may take to arrive
 * @param permits        how many of each work run at once
 * @param spoolDirectory where bodies beyond the memory threshold are spooled
 */
public record UploadLimits(Map<UploadEndpoint, Long> bodyBytes, Map<UploadWork, Duration> uploadTimes,
        Map<UploadWork, Integer> permits, Path spoolDirectory) {
    /** One mebibyte, the unit of the size variables. */
    public static final long MIB = 1L << 20;

    /** The largest body a resource may read into one byte array. */
    static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    /** The variable that sets {@link #spoolDirectory()}. */
    static final String SPOOL_DIRECTORY_VARIABLE = "bianmin.verification.spool.dir";

    public UploadLimits {
        bodyBytes = Map.copyOf(bodyBytes);
        uploadTimes = Map.copyOf(uploadTimes);
        permits = Map.copyOf(permits);
        for (UploadEndpoint endpoint : UploadEndpoint.values()) {
            Long bytes = bodyBytes.get(endpoint);
            // the resources read a seal, a signature or a document to seal into memory
            boolean inMemory = endpoint != UploadEndpoint.VERIFICATION_OFD
                    && endpoint != UploadEndpoint.VERIFICATION_DETACHED && endpoint != UploadEndpoint.PUBLIC_OFD;
            if (bytes == null || bytes < 1 || inMemory && bytes > LARGEST_ARRAY) {
                throw new IllegalArgumentException(endpoint.variable() + " must be positive"
                        + (inMemory ? " and below 2 GiB" : "") + ": " + bytes + " bytes");
            }
        }
        for (UploadWork work : UploadWork.values()) {
            Duration time = uploadTimes.get(work);
            if (time == null || time.isNegative() || time.isZero()) {
                throw new IllegalArgumentException(work.uploadTimeVariable() + " must be positive: " + time);
            }
            Integer count = permits.get(work);
            if (count == null || count < 1) {
                throw new IllegalArgumentException(work.permitsVariable() + " must be positive: " + count);
            }
        }
        if (spoolDirectory == null) {
            throw new IllegalArgumentException("the spool directory is missing");
        }
    }

    /** The limits configured, each variable falling back to its default. */
    public static UploadLimits from(Config config) {
        Map<UploadEndpoint, Long> bodyBytes = new EnumMap<>(UploadEndpoint.class);
        for (UploadEndpoint endpoint : UploadEndpoint.values()) {
            bodyBytes.put(endpoint, config.getOptionalValue(endpoint.variable(), Long.class)
                    .orElse(endpoint.defaultMebibytes()) * MIB);
        }
        Map<UploadWork, Duration> uploadTimes = new EnumMap<>(UploadWork.class);
        Map<UploadWork, Integer> permits = new EnumMap<>(UploadWork.class);
        int processors = Runtime.getRuntime().availableProcessors();
        for (UploadWork work : UploadWork.values()) {
            uploadTimes.put(work, Duration.ofSeconds(config.getOptionalValue(work.uploadTimeVariable(), Long.class)
                    .orElse(60L)));
            permits.put(work, config.getOptionalValue(work.permitsVariable(), Integer.class)
                    .orElse(work.defaultPermits(processors)));
        }
        return new UploadLimits(bodyBytes, uploadTimes, permits, Path.of(config
                .getOptionalValue(SPOOL_DIRECTORY_VARIABLE, String.class).orElse(System.getProperty("java.io.tmpdir"))));
    }

    /** The largest request body of an endpoint. */
    public long bodyBytes(UploadEndpoint endpoint) {
        return bodyBytes.get(endpoint);
    }

    /** The time a request body of a work may take to arrive. */
    public Duration uploadTime(UploadWork work) {
        return uploadTimes.get(work);
    }

    /** How many of a work run at once. */
    public int permits(UploadWork work) {
        return permits.get(work);
    }
}
