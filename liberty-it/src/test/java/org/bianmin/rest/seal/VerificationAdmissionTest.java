package org.bianmin.rest.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which limit a verification request gets: the endpoint is read from the path however it is
 * spelt, and a path that names no known endpoint gets the seal's (smallest) limit, so no spelling
 * escapes the bounds; and every limit, the upload time too, must be positive. (The admission itself
 * is checked against the server by VerificationLimitsIT.)
 */
class VerificationAdmissionTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final VerificationLimits LIMITS = new VerificationLimits(64 * VerificationLimits.MIB,
            4 * VerificationLimits.MIB, 256 * VerificationLimits.MIB, MINUTE, 2, Path.of("spool"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/verification/ofd,         ofd,      67108864,  bianmin.verification.ofd.max.mib",
        "/api/verification/ofd/,        ofd,      67108864,  bianmin.verification.ofd.max.mib",
        "/api//verification//detached,  detached, 268435456, bianmin.verification.detached.max.mib",
        "/api/verification/seal,        seal,     4194304,   bianmin.verification.seal.max.mib",
        "/api/verification/OFD,         OFD,      4194304,   bianmin.verification.seal.max.mib",
        "/api/verification,             '',       4194304,   bianmin.verification.seal.max.mib",
    })
    void theEndpointAndItsLimitFollowFromThePath(String path, String endpoint, long limit, String variable) {
        assertEquals(endpoint, VerificationAdmission.endpoint(path));
        assertEquals(limit, LIMITS.bodyBytes(endpoint));
        assertEquals(variable, VerificationLimits.variable(endpoint));
    }

    @Test
    void limitsMustBePositive() {
        Path spool = Path.of("spool");
        assertThrows(IllegalArgumentException.class, () -> new VerificationLimits(0, 1, 1, MINUTE, 1, spool));
        assertThrows(IllegalArgumentException.class, () -> new VerificationLimits(1, 1, 1, MINUTE, 0, spool));
        assertThrows(IllegalArgumentException.class, () -> new VerificationLimits(1, 1L << 31, 1, MINUTE, 1, spool));
        assertThrows(IllegalArgumentException.class, () -> new VerificationLimits(1, 1, 1, MINUTE, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new VerificationLimits(1, 1, 1, Duration.ZERO, 1, spool));
        assertThrows(IllegalArgumentException.class, () -> new VerificationLimits(1, 1, 1, null, 1, spool));
    }
}
