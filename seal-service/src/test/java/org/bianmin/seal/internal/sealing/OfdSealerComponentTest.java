package org.bianmin.seal.internal.sealing;

import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.OfdBatchDocument;
import org.bianmin.seal.OfdBatchResult;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealUse;
import org.bianmin.seal.SealedOfd;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.StampLocation;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * Sealing OFD documents with the registry's seals: the sealed package verifies TOTAL_PASSED under
 * the county CA with the seal's status from the registry, its stamp stands where the placement put
 * it, later changes are caught, and every refusal records nothing.
 */
class OfdSealerComponentTest {
    private static final String CASE = "泸兴审〔2026〕7号";
    private static final Actor STRANGER = Actor.of("lengqi.clerk.zhao");

    @TempDir
    Path directory;

    private AuditTrail trail;
    private RegistryFixture fixture;
    private DefaultSealVerifier verifier;
    private OfdSealerComponent sealer;
    private Seal seal;

    @BeforeEach
    void open() {
        trail = mock(AuditTrail.class);
        fixture = new RegistryFixture(directory, trail);
        verifier = fixture.verifier();
        sealer = fixture.ofdSealer(trail, verifier);
        seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSealedInvoiceVerifiesTotalPassedAndItsUseIsRecorded() throws IOException {
        byte[] input = UnsignedInvoice.bytes();
        SealedOfd sealed = sealer.seal(new OfdSealRequest(seal.esId(), input, StampPlacement.at(1, 150, 100), CASE),
                CUSTODIAN);

        VerificationReport report = report(sealed.ofd());
        assertEquals(1, report.signatures().size());
        SignatureReport signature = report.signatures().get(0);
        assertEquals(Indication.TOTAL_PASSED, signature.indication(), () -> failures(signature));
        assertEquals(seal.esId(), signature.esId());
        assertEquals(CheckResult.PASSED, outcome(signature, CheckId.SEAL_STATUS).result());
        assertEquals(CheckResult.PASSED, outcome(signature, CheckId.DATA_COVERAGE).result());
        assertEquals(CheckResult.PASSED, outcome(signature, CheckId.TIMESTAMP).result(),
                "SignedValue.dat carries the county TSA's token over its signature value");

        // 42 mm picture centred on (150, 100)
        assertEquals(List.of(new StampLocation(1, 129, 79, 42, 42)), sealed.stamps());
        String xml = text(entries(sealed.ofd()).get("Doc_0/Signs/Sign_0/Signature.xml"));
        assertTrue(xml.contains("<ofd:StampAnnot ID=\"2\" PageRef=\"1\" Boundary=\"129.00 79.00 42.00 42.00\"/>"),
                xml);
        assertEquals("/Doc_0/Signs/Sign_0/Signature.xml", sealed.signaturePath());
        assertEquals("1", sealed.signatureId());

        String packageHash = sm3(sealed.ofd());
        assertEquals(packageHash, sealed.packageHash());
        List<SealUse> uses = fixture.registry.uses(seal.esId());
        assertEquals(1, uses.size());
        SealUse use = uses.get(0);
        assertEquals(packageHash, use.documentHash());
        assertEquals(sm3(entries(sealed.ofd()).get("Doc_0/Signs/Sign_0/SignedValue.dat")), use.signatureHash());
        assertEquals(CASE, use.caseNumber());
        assertEquals(CUSTODIAN, use.operator());
        assertEquals(sealed.stamps(), use.stamps());
        byte[] token = SealFormatReader.readSignature(entries(sealed.ofd()).get("Doc_0/Signs/Sign_0/SignedValue.dat"))
                .getTimeStamp();
        assertNotNull(token);
        assertEquals(fixture.now.get(), use.timeStampedAt());
        assertEquals(org.bianmin.seal.internal.tsa.TimeStampTokenValidator.validate(token,
                org.bouncycastle.asn1.gm.GMObjectIdentifiers.sm3, Hex.decode(sm3(SealFormatReader.readSignature(
                        entries(sealed.ofd()).get("Doc_0/Signs/Sign_0/SignedValue.dat")).getSignatureValue())),
                fixture.tsa.certificate()).genTime(), use.timeStampedAt());
        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(trail, org.mockito.Mockito.atLeastOnce()).append(events.capture());
        AuditEvent last = events.getAllValues().get(events.getAllValues().size() - 1);
        assertEquals(AuditEventType.SEAL_USED, last.type());
        assertEquals(packageHash, last.details().get("documentHash"));
    }

    @Test
    void everyOtherFileKeepsItsBytesAndOfdXmlOnlyGainsThePointer() throws IOException {
        byte[] input = UnsignedInvoice.bytes();
        SealedOfd sealed = sealer.seal(new OfdSealRequest(seal.esId(), input, StampPlacement.at(1, 60, 60), CASE),
                CUSTODIAN);
        Map<String, byte[]> before = entries(input);
        Map<String, byte[]> after = entries(sealed.ofd());
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            if (!file.getKey().equals("OFD.xml")) {
                assertArrayEquals(file.getValue(), after.get(file.getKey()), file.getKey());
            }
        }
        assertEquals(text(before.get("OFD.xml")).replace("</ofd:DocRoot>",
                "</ofd:DocRoot><ofd:Signatures>/Doc_0/Signs/Signatures.xml</ofd:Signatures>"),
                text(after.get("OFD.xml")));
        assertEquals(before.size() + 4, after.size(), "Signatures.xml, Signature.xml, Seal.esl, SignedValue.dat");
        assertArrayEquals(fixture.registry.sealStructure(seal.esId()), after.get("Doc_0/Signs/Sign_0/Seal.esl"));
    }

    @Test
    void aKeywordPlacesTheStampOnTheTextItNames() {
        // page 1: TextObject Boundary="69 7 72 7.6749" Size="6.7028", TextCode X="0" Y="5.7577"
        // DeltaX="g 10 6.5297" "浙江增值税电子普通发票": 增值税 is characters 3 to 5, so it spans
        // x 69 + 2 × 6.5297 = 82.0594 to 69 + 5 × 6.5297 = 101.6485 and, above the baseline
        // 7 + 5.7577 = 12.7577, y 12.7577 − 6.7028 = 6.0549 to 12.7577: centre (91.854, 9.406).
        SealedOfd sealed = sealer.seal(new OfdSealRequest(seal.esId(), UnsignedInvoice.bytes(),
                StampPlacement.keyword("增值税"), CASE), CUSTODIAN);
        StampLocation stamp = sealed.stamps().get(0);
        assertEquals(91.854, stamp.centreX(), 0.01);
        assertEquals(9.406, stamp.centreY(), 0.01);
        assertEquals(Indication.TOTAL_PASSED, report(sealed.ofd()).overall());
    }

    @Test
    void aRidingSealCutsThePictureIntoOneSliceAPageAtTheRightEdge() throws IOException {
        byte[] input = UnsignedInvoice.withPages(3);
        SealedOfd sealed = sealer.seal(new OfdSealRequest(seal.esId(), input, StampPlacement.riding(), CASE),
                CUSTODIAN);
        // the page is 210 × 140 mm; three slices of 14 mm, each at x 196–210, centred at 70 mm high
        assertEquals(List.of(new StampLocation(1, 196, 49, 14, 42), new StampLocation(2, 196, 49, 14, 42),
                new StampLocation(3, 196, 49, 14, 42)), sealed.stamps());
        String xml = text(entries(sealed.ofd()).get("Doc_0/Signs/Sign_0/Signature.xml"));
        assertTrue(xml.contains("PageRef=\"1\" Boundary=\"196.00 49.00 42.00 42.00\" Clip=\"0.00 0.00 14.00 42.00\""),
                xml);
        assertTrue(xml.contains("Boundary=\"182.00 49.00 42.00 42.00\" Clip=\"14.00 0.00 14.00 42.00\""), xml);
        assertTrue(xml.contains("Boundary=\"168.00 49.00 42.00 42.00\" Clip=\"28.00 0.00 14.00 42.00\""), xml);
        assertEquals(Indication.TOTAL_PASSED, report(sealed.ofd()).overall());
    }

    @Test
    void aSecondSealKeepsTheFirstValidAndProtectsItsFiles() throws IOException {
        SealedOfd first = sealer.seal(new OfdSealRequest(seal.esId(), UnsignedInvoice.bytes(),
                StampPlacement.at(1, 60, 60), CASE), CUSTODIAN);
        fixture.advance(Duration.ofMinutes(1));
        SealedOfd second = sealer.seal(new OfdSealRequest(seal.esId(), first.ofd(), StampPlacement.at(1, 150, 60),
                CASE), CUSTODIAN);

        VerificationReport report = report(second.ofd());
        assertEquals(2, report.signatures().size());
        report.signatures().forEach(s -> assertEquals(Indication.TOTAL_PASSED, s.indication(), () -> failures(s)));
        Map<String, byte[]> once = entries(first.ofd());
        Map<String, byte[]> twice = entries(second.ofd());
        for (String path : List.of("OFD.xml", "Doc_0/Signs/Sign_0/Signature.xml", "Doc_0/Signs/Sign_0/SignedValue.dat",
                "Doc_0/Signs/Sign_0/Seal.esl")) {
            assertArrayEquals(once.get(path), twice.get(path), path);
        }
        String list = text(twice.get("Doc_0/Signs/Signatures.xml"));
        assertTrue(list.contains("<ofd:MaxSignId>4</ofd:MaxSignId>"), list);
        assertTrue(list.contains("<ofd:Signature ID=\"3\" Type=\"Seal\" BaseLoc=\"/Doc_0/Signs/Sign_1/Signature.xml\"/>"),
                list);
        String xml = text(twice.get("Doc_0/Signs/Sign_1/Signature.xml"));
        assertTrue(xml.contains("FileRef=\"/Doc_0/Signs/Sign_0/SignedValue.dat\""), xml);
        assertTrue(xml.contains("FileRef=\"/Doc_0/Signs/Sign_0/Signature.xml\""), xml);
        assertTrue(!xml.contains("FileRef=\"/Doc_0/Signs/Signatures.xml\""), xml);
    }

    @Test
    void aPageChangedAfterSealingFailsWithHashFailure() throws IOException {
        SignatureReport report = afterSealing("Doc_0/Pages/Page_0/Content.xml",
                content -> content.replace("兰溪市悦济舫餐厅", "兰溪市悦济舫酒店"));
        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.HASH_FAILURE, report.subIndication());
    }

    @Test
    void removingTheStampAnnotationIsDetected() throws IOException {
        SignatureReport report = afterSealing("Doc_0/Signs/Sign_0/Signature.xml",
                content -> content.replaceAll("<ofd:StampAnnot [^>]*/>", ""));
        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.HASH_FAILURE, report.subIndication());
    }

    /** The verdict on the sealed invoice after the file at {@code path} was changed. */
    private SignatureReport afterSealing(String path, UnaryOperator<String> change) throws IOException {
        SealedOfd sealed = sealer.seal(new OfdSealRequest(seal.esId(), UnsignedInvoice.bytes(),
                StampPlacement.at(1, 60, 60), CASE), CUSTODIAN);
        byte[] changed = rewrite(sealed.ofd(), path,
                content -> change.apply(text(content)).getBytes(StandardCharsets.UTF_8));
        return report(changed).signatures().get(0);
    }

    @Test
    void everyRefusalRecordsNothing() {
        byte[] invoice = UnsignedInvoice.bytes();
        refused(ErrorCode.OFD_INVALID, new OfdSealRequest(seal.esId(), "not a zip".getBytes(StandardCharsets.UTF_8),
                StampPlacement.at(1, 10, 10), CASE), CUSTODIAN);
        refused(ErrorCode.OFD_PLACEMENT_INVALID, new OfdSealRequest(seal.esId(), invoice, StampPlacement.at(2, 10, 10),
                CASE), CUSTODIAN);
        refused(ErrorCode.OFD_PLACEMENT_INVALID, new OfdSealRequest(seal.esId(), invoice,
                StampPlacement.at(1, 300, 10), CASE), CUSTODIAN);
        refused(ErrorCode.OFD_PLACEMENT_INVALID, new OfdSealRequest(seal.esId(), invoice, StampPlacement.riding(),
                CASE), CUSTODIAN);
        refused(ErrorCode.OFD_KEYWORD_NOT_FOUND, new OfdSealRequest(seal.esId(), invoice,
                StampPlacement.keyword("盖章处"), CASE), CUSTODIAN);
        refused(ErrorCode.SEAL_OPERATOR_NOT_AUTHORIZED, new OfdSealRequest(seal.esId(), invoice,
                StampPlacement.at(1, 10, 10), CASE), STRANGER);
        refused(ErrorCode.SEAL_NOT_FOUND, new OfdSealRequest("513322999999999", invoice,
                StampPlacement.at(1, 10, 10), CASE), CUSTODIAN);
        // the vendor's own signature does not chain to the county CA: not TOTAL_PASSED here
        refused(ErrorCode.OFD_EXISTING_SIGNATURE_INVALID, new OfdSealRequest(seal.esId(), Vectors.file("1.ofd"),
                StampPlacement.at(1, 10, 10), CASE), CUSTODIAN);
        fixture.timeStamps.set(null);
        refused(ErrorCode.TIMESTAMP_UNAVAILABLE, new OfdSealRequest(seal.esId(), invoice,
                StampPlacement.at(1, 10, 10), CASE), CUSTODIAN);
        fixture.timeStamps.set(fixture.tsa);
        fixture.registry.suspend(seal.esId(), RegistryFixture.APPROVER, "挂失");
        refused(ErrorCode.SEAL_NOT_ACTIVE, new OfdSealRequest(seal.esId(), invoice, StampPlacement.at(1, 10, 10), CASE),
                CUSTODIAN);
        assertEquals(0, fixture.count("seal_use"));
        verify(trail, never()).append(org.mockito.ArgumentMatchers.<AuditEvent>argThat(e -> e.type() == AuditEventType.SEAL_USED));
    }

    @Test
    void aDocumentWithAnUntrustedSignatureIsSealedWhenTheCallerAcceptsIt() throws IOException {
        byte[] vendor = Vectors.file("1.ofd");
        SealedOfd sealed = sealer.seal(new OfdSealRequest(seal.esId(), vendor, StampPlacement.at(1, 150, 100), CASE,
                true), CUSTODIAN);
        Map<String, byte[]> before = entries(vendor);
        Map<String, byte[]> after = entries(sealed.ofd());
        before.forEach((path, bytes) -> {
            if (!path.equals("Doc_0/Signs/Signatures.xml") && !path.endsWith("/")) {
                assertArrayEquals(bytes, after.get(path), path);
            }
        });
        assertEquals("/Doc_0/Signs/Sign_1/Signature.xml", sealed.signaturePath());
        assertEquals("3", sealed.signatureId(), "after the vendor's MaxSignId 2");
        SignatureReport ours = report(sealed.ofd()).signatures().stream()
                .filter(s -> seal.esId().equals(s.esId())).findFirst().orElseThrow();
        assertEquals(Indication.TOTAL_PASSED, ours.indication(), () -> failures(ours));
    }

    @Test
    void aBatchSealsEachDocumentOnItsOwnAndReportsEachRefusal() {
        List<OfdBatchResult> results = sealer.sealBatch(seal.esId(), List.of(
                new OfdBatchDocument("a.ofd", "泸兴审〔2026〕8号", UnsignedInvoice.bytes()),
                new OfdBatchDocument("b.ofd", "泸兴审〔2026〕9号", "not an OFD".getBytes(StandardCharsets.UTF_8)),
                new OfdBatchDocument("c.ofd", "泸兴审〔2026〕10号", UnsignedInvoice.bytes())),
                StampPlacement.at(1, 150, 100), CUSTODIAN);
        assertEquals(List.of("a.ofd", "b.ofd", "c.ofd"), results.stream().map(OfdBatchResult::name).toList());
        assertNotNull(results.get(0).sealed());
        assertEquals(ErrorCode.OFD_INVALID, results.get(1).error());
        assertNull(results.get(1).sealed());
        assertNotNull(results.get(2).sealed());
        assertEquals(java.util.Set.of("泸兴审〔2026〕8号", "泸兴审〔2026〕10号"),
                fixture.registry.uses(seal.esId()).stream().map(SealUse::caseNumber).collect(java.util.stream.Collectors.toSet()));
        verify(trail, times(2)).append(org.mockito.ArgumentMatchers.<AuditEvent>argThat(e -> e.type() == AuditEventType.SEAL_USED));
    }

    @Test
    void aBatchWithTwoDocumentsOfOneNameIsRefusedWhole() {
        byte[] invoice = UnsignedInvoice.bytes();
        BianminException e = assertThrows(BianminException.class, () -> sealer.sealBatch(seal.esId(), List.of(
                new OfdBatchDocument("a.ofd", "1", invoice), new OfdBatchDocument("a.ofd", "2", invoice)),
                StampPlacement.at(1, 150, 100), CUSTODIAN));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        assertEquals(0, fixture.count("seal_use"));
    }

    private void refused(ErrorCode code, OfdSealRequest request, Actor operator) {
        BianminException e = assertThrows(BianminException.class, () -> sealer.seal(request, operator));
        assertEquals(code, e.code(), e.getMessage());
    }

    private VerificationReport report(byte[] ofd) {
        return verifier.verifyOfd(new ByteArrayInputStream(ofd), verifier.defaultPolicy());
    }

    private static CheckOutcome outcome(SignatureReport report, CheckId id) {
        return report.checks().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private static String failures(SignatureReport report) {
        return report.checks().stream().filter(c -> c.result() != CheckResult.PASSED)
                .map(c -> c.id() + " " + c.result() + " " + c.messageKey()).toList().toString();
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] rewrite(byte[] zip, String path, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream writer = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries(zip).entrySet()) {
                writer.putNextEntry(new ZipEntry(entry.getKey()));
                writer.write(entry.getKey().equals(path) ? change.apply(entry.getValue()) : entry.getValue());
                writer.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return Hex.toHexString(out);
    }
}
