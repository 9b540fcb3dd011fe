package org.bianmin.seal.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;

/**
 * Coverage-guided fuzzing of the DER reader. {@code mvn test} replays the committed
 * inputs under {@code SealFormatReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=SealFormatReaderFuzzTest} fuzzes. The only acceptable failure is SEAL_FORMAT_INVALID; a
 * verification of any bytes yields a report, never an exception.
 */
class SealFormatReaderFuzzTest {
    private static final DefaultSealVerifier VERIFIER = DefaultSealVerifier.standalone();

    @FuzzTest(maxDuration = "30s")
    void derReader(byte[] data) {
        try {
            SealFormatReader.readSignature(data).getDerEncoded();
        } catch (BianminException e) {
            assertEquals(ErrorCode.SEAL_FORMAT_INVALID, e.code());
        }
        try {
            SealFormatReader.readSeal(data).getDerEncoded();
        } catch (BianminException e) {
            assertEquals(ErrorCode.SEAL_FORMAT_INVALID, e.code());
        }
        VerificationReport report = VERIFIER.verifyDetached(data, new ByteArrayInputStream(data),
                ValidationPolicy.defaults());
        assertEquals(1, report.signatures().size());
        VERIFIER.verifySeal(data, ValidationPolicy.defaults());
    }
}
