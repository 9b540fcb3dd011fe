package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;

/**
 * Coverage-guided fuzzing of the OFD reader (zip, XML, signature navigation).
 * {@code mvn test} replays the committed inputs under {@code OfdReaderFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=OfdReaderFuzzTest} fuzzes. Any bytes yield a report.
 */
class OfdReaderFuzzTest {
    private static final DefaultSealVerifier VERIFIER = DefaultSealVerifier.standalone();

    @FuzzTest(maxDuration = "30s")
    void ofdReader(byte[] data) {
        VerificationReport report = VERIFIER.verifyOfd(data, ValidationPolicy.defaults());
        assertNotNull(report.overall());
    }
}
