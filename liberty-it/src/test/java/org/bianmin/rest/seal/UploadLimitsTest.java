package org.bianmin.rest.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every limit must be positive, and a body a resource holds in memory below 2 GiB; a refusal names the variable. */
class UploadLimitsTest {
    private static final Path SPOOL = Path.of("spool");

    @Test
    void limitsMustBePositive() {
        assertRefused("bianmin.sealing.batch.max.mib", limits(UploadEndpoint.SEALING_BATCH, 0L), times(), permits());
        assertRefused("bianmin.sealing.ofd.max.mib", limits(UploadEndpoint.SEALING_OFD, 1L << 31), times(), permits());
        assertRefused("bianmin.verification.seal.max.mib", limits(UploadEndpoint.VERIFICATION_SEAL, 1L << 31), times(),
                permits());
        assertRefused("bianmin.sealing.permits", limits(UploadEndpoint.SEALING_OFD, 1L), times(),
                Map.of(UploadWork.VERIFICATION, 1, UploadWork.SEALING, 0));
        assertRefused("bianmin.verification.upload.max.seconds", limits(UploadEndpoint.SEALING_OFD, 1L),
                Map.of(UploadWork.VERIFICATION, Duration.ZERO, UploadWork.SEALING, Duration.ofMinutes(1)), permits());
        assertRefused("bianmin.sealing.upload.max.seconds", limits(UploadEndpoint.SEALING_OFD, 1L),
                Map.of(UploadWork.VERIFICATION, Duration.ofMinutes(1)), permits());
        assertThrows(IllegalArgumentException.class,
                () -> new UploadLimits(limits(UploadEndpoint.SEALING_OFD, 1L), times(), permits(), null));
    }

    @Test
    void aDocumentVerifiedAsItStreamsMayBeLarger() {
        UploadLimits limits = new UploadLimits(limits(UploadEndpoint.VERIFICATION_DETACHED, 4L << 30), times(), permits(),
                SPOOL);
        assertEquals(4L << 30, limits.bodyBytes(UploadEndpoint.VERIFICATION_DETACHED));
        assertEquals(2, limits.permits(UploadWork.SEALING));
    }

    private static void assertRefused(String variable, Map<UploadEndpoint, Long> bodyBytes,
            Map<UploadWork, Duration> times, Map<UploadWork, Integer> permits) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new UploadLimits(bodyBytes, times, permits, SPOOL));
        assertTrue(refused.getMessage().startsWith(variable), refused::getMessage);
    }

    /** 1 MiB for every endpoint, but {@code bytes} for {@code endpoint}. */
    private static Map<UploadEndpoint, Long> limits(UploadEndpoint endpoint, long bytes) {
        Map<UploadEndpoint, Long> limits = new EnumMap<>(UploadEndpoint.class);
        for (UploadEndpoint each : UploadEndpoint.values()) {
            limits.put(each, UploadLimits.MIB);
        }
        limits.put(endpoint, bytes);
        return limits;
    }

    private static Map<UploadWork, Duration> times() {
        return Map.of(UploadWork.VERIFICATION, Duration.ofMinutes(1), UploadWork.SEALING, Duration.ofMinutes(1),
                UploadWork.PUBLIC_VERIFICATION, Duration.ofMinutes(1));
    }

    private static Map<UploadWork, Integer> permits() {
        return Map.of(UploadWork.VERIFICATION, 2, UploadWork.SEALING, 2, UploadWork.PUBLIC_VERIFICATION, 2);
    }
}
