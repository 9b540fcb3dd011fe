package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vendor OFDs and seals (ofdrw samples): cryptography passes, trust is indeterminate until given. */
class VendorVerificationTest {
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();

    static CheckResult result(SignatureReport report, CheckId id) {
        return report.check(id).orElseThrow().result();
    }

    @ParameterizedTest
    @CsvSource({"1.ofd", "v4signed.ofd"})
    void cryptographicChecksPassAndTheVerdictIsIndeterminateWithoutAnchors(String file) {
        VerificationReport report = verifier.verifyOfd(Vectors.file(file), ValidationPolicy.defaults());
        assertEquals(1, report.signatures().size());
        SignatureReport s = report.signatures().get(0);
        for (CheckId id : List.of(CheckId.FORMAT, CheckId.SIGNATURE_INTACT, CheckId.DATA_INTACT, CheckId.SEAL_INTACT,
                CheckId.SIGNER_AUTHORIZED)) {
            assertEquals(CheckResult.PASSED, result(s, id), id + ": " + s.check(id).orElseThrow().detail());
        }
        assertEquals(Indication.INDETERMINATE, s.indication());
        assertEquals(CheckResult.INDETERMINATE, result(s, CheckId.SIGNER_CHAIN));
        assertEquals(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, s.check(CheckId.SIGNER_CHAIN).orElseThrow()
                .subIndication());
        assertEquals(CheckResult.NOT_APPLICABLE, result(s, CheckId.SEAL_STATUS));
        assertEquals(CheckResult.NOT_APPLICABLE, result(s, CheckId.TIMESTAMP));
        assertTrue(s.check(CheckId.DATA_INTACT).orElseThrow().detail().contains("13 referenced files"),
                s.check(CheckId.DATA_INTACT).orElseThrow().detail());
    }

    /** A verifier whose clock stands at {@code at}: the vendor's files as they were checked when new. */
    @ParameterizedTest
    @CsvSource({"1.ofd, 2020-08-01T00:00:00Z", "v4signed.ofd, 2021-01-01T00:00:00Z"})
    void withTheirCertificatesTrustedAndCheckedWhileValidEverythingPasses(String file, String at) {
        ElectronicSignature sig = SealFormatReader.readSignature(Vectors.signedValue(file));
        ValidationPolicy policy = ValidationPolicy.defaults()
                .withTrustAnchors(List.of(sig.getSignerCertificate(), sig.getSeal().getMakerCertificate()));
        DefaultSealVerifier then = new DefaultSealVerifier(null, null, TimeSource.fixed(Instant.parse(at)),
                OfdLimits.DEFAULT);
        SignatureReport s = then.verifyOfd(Vectors.file(file), policy).signatures().get(0);
        assertEquals(Indication.TOTAL_PASSED, s.indication(), () -> s.checks().toString());
        assertNull(s.subIndication());
        assertEquals(CheckResult.PASSED, result(s, CheckId.SIGNER_CHAIN));
        assertEquals(CheckResult.PASSED, result(s, CheckId.SEAL_MAKER_CHAIN));
        assertEquals(CheckResult.PASSED, result(s, CheckId.SIGNER_CERT_VALIDITY));
        assertEquals(CheckResult.PASSED, result(s, CheckId.SEAL_VALIDITY));
    }

    /**
     * Asked today whether the files were valid "as of" a past instant: the signer's claimed time is all
     * there is (no time-stamp), so every time-dependent check is INDETERMINATE NO_POE, while the
     * cryptographic checks still pass.
     */
    @ParameterizedTest
    @CsvSource({"1.ofd, 2020-08-01T00:00:00Z", "v4signed.ofd, 2021-01-01T00:00:00Z"})
    void asOfAPastInstantWithoutProofOfExistenceTheVerdictIsNoPoe(String file, String at) {
        ElectronicSignature sig = SealFormatReader.readSignature(Vectors.signedValue(file));
        ValidationPolicy policy = ValidationPolicy.defaults()
                .withTrustAnchors(List.of(sig.getSignerCertificate(), sig.getSeal().getMakerCertificate()))
                .withValidationTime(Instant.parse(at));
        SignatureReport s = verifier.verifyOfd(Vectors.file(file), policy).signatures().get(0);
        assertEquals(Indication.INDETERMINATE, s.indication(), () -> s.checks().toString());
        assertEquals(SubIndication.NO_POE, s.subIndication());
        for (CheckId id : List.of(CheckId.SEAL_VALIDITY, CheckId.SIGNER_CERT_VALIDITY, CheckId.SIGNER_CHAIN,
                CheckId.SEAL_MAKER_CHAIN)) {
            assertEquals("past.noPoe", s.check(id).orElseThrow().messageKey(), id::name);
        }
        for (CheckId id : List.of(CheckId.SIGNATURE_INTACT, CheckId.DATA_INTACT, CheckId.SEAL_INTACT,
                CheckId.SIGNER_AUTHORIZED)) {
            assertEquals(CheckResult.PASSED, result(s, id), id::name);
        }
    }

    @Test
    void expiredSealWithoutProofOfExistenceIsOutOfBounds() {
        ElectronicSignature sig = SealFormatReader.readSignature(Vectors.signedValue("1.ofd"));
        ValidationPolicy policy = ValidationPolicy.defaults()
                .withTrustAnchors(List.of(sig.getSignerCertificate(), sig.getSeal().getMakerCertificate()))
                .withValidationTime(Instant.parse("2026-01-01T00:00:00Z"));
        SignatureReport s = verifier.verifyOfd(Vectors.file("1.ofd"), policy).signatures().get(0);
        assertEquals(Indication.INDETERMINATE, s.indication());
        assertEquals(SubIndication.OUT_OF_BOUNDS_NO_POE, s.subIndication());
        assertTrue(s.check(CheckId.SEAL_VALIDITY).orElseThrow().detail().contains("not a proof of existence"));
    }

    @Test
    void detachedVendorSignatureOverItsSignatureXml() {
        byte[] xml = Vectors.entry("1.ofd", "Doc_0/Signs/Sign_0/Signature.xml");
        VerificationReport report = verifier.verifyDetached(Vectors.signedValue("1.ofd"), new ByteArrayInputStream(xml),
                ValidationPolicy.defaults());
        SignatureReport s = report.signatures().get(0);
        assertEquals(CheckResult.PASSED, result(s, CheckId.DATA_INTACT));
        assertEquals(CheckResult.PASSED, result(s, CheckId.SIGNATURE_INTACT));
        byte[] changed = Arrays.copyOf(xml, xml.length);
        changed[100] ^= 1;
        SignatureReport bad = verifier.verifyDetached(Vectors.signedValue("1.ofd"), new ByteArrayInputStream(changed),
                ValidationPolicy.defaults()).signatures().get(0);
        assertEquals(Indication.TOTAL_FAILED, bad.indication());
        assertEquals(SubIndication.HASH_FAILURE, bad.subIndication());
    }

    @Test
    void standaloneSealsOfBothGenerations() {
        for (String file : List.of("UserV4.esl", "UserV1.esl")) {
            SignatureReport s = verifier.verifySeal(Vectors.file(file), ValidationPolicy.defaults()).signatures().get(0);
            assertEquals(CheckResult.PASSED, result(s, CheckId.FORMAT), file);
            assertEquals(CheckResult.PASSED, result(s, CheckId.SEAL_INTACT), file + " " + s.checks());
            assertEquals(CheckResult.NOT_APPLICABLE, result(s, CheckId.SIGNATURE_INTACT));
            assertEquals(CheckResult.FAILED, result(s, CheckId.SEAL_VALIDITY), file); // expired 2022
            assertEquals(Indication.TOTAL_FAILED, s.indication());
            assertEquals(SubIndication.EXPIRED, s.subIndication());
        }
    }

    @Test
    void aChangedReferencedFileFailsWhateverTheSignatureSays() throws Exception {
        byte[] ofd = OfdMutator.replaceEntry(Vectors.file("1.ofd"), "Doc_0/Pages/Page_0/Content.xml",
                old -> {
                    byte[] copy = old.clone();
                    copy[copy.length - 20] ^= 1;
                    return copy;
                });
        SignatureReport s = verifier.verifyOfd(ofd, ValidationPolicy.defaults()).signatures().get(0);
        assertEquals(Indication.TOTAL_FAILED, s.indication());
        assertEquals(SubIndication.HASH_FAILURE, s.subIndication());
        assertTrue(s.check(CheckId.DATA_INTACT).orElseThrow().detail().contains("/Doc_0/Pages/Page_0/Content.xml"));
        assertEquals(CheckResult.PASSED, result(s, CheckId.SIGNATURE_INTACT));
    }

    @Test
    void aMissingReferencedFileIsSignedDataNotFound() throws Exception {
        byte[] ofd = OfdMutator.replaceEntry(Vectors.file("1.ofd"), "Doc_0/Res/image_78.jb2", old -> null);
        SignatureReport s = verifier.verifyOfd(ofd, ValidationPolicy.defaults()).signatures().get(0);
        assertEquals(CheckResult.INDETERMINATE, result(s, CheckId.DATA_INTACT));
        assertEquals(SubIndication.SIGNED_DATA_NOT_FOUND, s.check(CheckId.DATA_INTACT).orElseThrow().subIndication());
        List<String> keys = new ArrayList<>();
        s.checks().forEach(c -> keys.add(c.messageKey()));
        assertTrue(keys.contains("data.referenceMissing"));
    }
}
