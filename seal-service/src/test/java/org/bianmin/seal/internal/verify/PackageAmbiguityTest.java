package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.sealing.UnsignedInvoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Packages that show a viewer one document and a streaming reader another (the zip index and the
 * zip stream disagree), built from a genuine sealed vendor invoice: each is refused at FORMAT, and a
 * well-formed ZIP64 package of the same files verifies like the original.
 */
class PackageAmbiguityTest {
    private static final Set<String> VIEWED = Set.of("OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();

    @TempDir
    Path dir;

    /** The files of the genuine invoice, in its order. */
    private static Map<String, byte[]> genuine() throws IOException {
        return files(Vectors.file("1.ofd"));
    }

    /** The files of a package, in its order. */
    private static Map<String, byte[]> files(byte[] pkg) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    private static byte[] altered(byte[] xml) {
        // a different document: what the viewer would draw (the attacker's text appended as a comment
        // keeps the XML well-formed; any change of the drawn content is the same attack)
        return (new String(xml, StandardCharsets.UTF_8) + "<!-- 金额改为 ¥999999.00 -->").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The gap attack: every genuine file as a local entry (what a streaming reader hashes), then a
     * central-directory signature that stops streaming readers, then altered copies of the files a
     * viewer draws, and a central directory that points at the altered copies.
     */
    private static byte[] gapAttack(boolean zip64) throws IOException {
        return gapAttack(genuine(), zip64);
    }

    private static byte[] gapAttack(Map<String, byte[]> files, boolean zip64) throws IOException {
        ZipForge forge = new ZipForge();
        Map<String, Long> offsets = new LinkedHashMap<>();
        files.forEach((name, data) -> offsets.put(name, forge.local(name, data)));
        forge.raw(new byte[] {0x50, 0x4b, 0x01, 0x02, 0, 0, 0, 0});
        Map<String, byte[]> shown = new LinkedHashMap<>(files);
        for (String name : VIEWED) {
            shown.put(name, altered(files.get(name)));
            offsets.put(name, forge.local(name, shown.get(name)));
        }
        shown.forEach((name, data) -> forge.list(name, data, offsets.get(name)));
        return forge.finish(zip64);
    }

    @ParameterizedTest(name = "zip64 {0}")
    @ValueSource(booleans = {false, true})
    void theGapAttackShowsViewersAnotherDocumentAndIsRefused(boolean zip64) throws IOException {
        byte[] forged = gapAttack(zip64);

        // the attack is real: a viewer (the central directory) and a streaming reader see different pages
        Path file = Files.write(dir.resolve("forged.ofd"), forged);
        byte[] viewed;
        try (ZipFile viewer = new ZipFile(file.toFile())) {
            viewed = viewer.getInputStream(viewer.getEntry("Doc_0/Pages/Page_0/Content.xml")).readAllBytes();
        }
        byte[] streamed = null;
        try (ZipInputStream stream = new ZipInputStream(new ByteArrayInputStream(forged))) {
            for (ZipEntry e = stream.getNextEntry(); e != null; e = stream.getNextEntry()) {
                if (e.getName().equals("Doc_0/Pages/Page_0/Content.xml")) {
                    streamed = stream.readAllBytes();
                }
            }
        }
        assertArrayEquals(genuine().get("Doc_0/Pages/Page_0/Content.xml"), streamed);
        assertFalse(java.util.Arrays.equals(streamed, viewed), "the viewer draws the altered page");

        SignatureReport report = verifier.verifyOfd(new ByteArrayInputStream(forged), ValidationPolicy.defaults())
                .signatures().get(0);
        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.FORMAT_FAILURE, report.subIndication());
        String detail = report.check(CheckId.FORMAT).orElseThrow().detail();
        assertTrue(detail.contains("belong to no entry of the central directory"), detail);
    }

    /**
     * The same attack on a package sealed in the registry's style, which verifies TOTAL_PASSED with its
     * CA as anchor: the forged copy is refused, not passed with the genuine pages' hashes.
     */
    @ParameterizedTest(name = "zip64 {0}")
    @ValueSource(booleans = {false, true})
    void theGapAttackOnAPackageThatPassesIsRefused(boolean zip64) throws Exception {
        TestSeals pki = new TestSeals();
        byte[] sealed = SealedInvoice.sealed(pki);
        ValidationPolicy anchored = ValidationPolicy.defaults().withTrustAnchors(List.of(pki.root.certificate()));
        assertEquals(Indication.TOTAL_PASSED, verifier.verifyOfd(sealed, anchored).overall(), "the genuine package");
        SignatureReport forged = verifier.verifyOfd(gapAttack(files(sealed), zip64), anchored).signatures().get(0);
        assertEquals(Indication.TOTAL_FAILED, forged.indication(), forged.checks()::toString);
        assertEquals(SubIndication.FORMAT_FAILURE, forged.subIndication());
    }

    /**
     * The attack on a document the registry itself sealed (OfdSealer): TOTAL_PASSED under the county CA
     * with the seal's status from the registry, and its forged copy refused.
     */
    @ParameterizedTest(name = "zip64 {0}")
    @ValueSource(booleans = {false, true})
    void theGapAttackOnADocumentTheRegistrySealedIsRefused(boolean zip64) throws Exception {
        try (RegistryFixture fixture = new RegistryFixture(dir, null)) {
            Seal seal = fixture.activeSeal(fixture.xinglongRequest());
            fixture.advance(java.time.Duration.ofMinutes(5));
            DefaultSealVerifier county = fixture.verifier();
            byte[] sealed = fixture.ofdSealer(null, county).seal(new OfdSealRequest(seal.esId(),
                    UnsignedInvoice.bytes(), StampPlacement.at(1, 150, 100), "泸兴审〔2026〕9号"),
                    RegistryFixture.CUSTODIAN).ofd();
            assertEquals(Indication.TOTAL_PASSED, county.verifyOfd(sealed, county.defaultPolicy()).overall(),
                    "the genuine package");
            SignatureReport forged = county.verifyOfd(gapAttack(files(sealed), zip64), county.defaultPolicy())
                    .signatures().get(0);
            assertEquals(Indication.TOTAL_FAILED, forged.indication(), forged.checks()::toString);
            assertEquals(SubIndication.FORMAT_FAILURE, forged.subIndication());
        }
    }

    @Test
    void aWellFormedZip64PackageIsReadNotWaivedAndVerifiesLikeTheOriginal() throws Exception {
        Map<String, byte[]> files = genuine();
        ZipForge forge = new ZipForge();
        Map<String, Long> offsets = new LinkedHashMap<>();
        files.forEach((name, data) -> offsets.put(name, forge.local(name, data)));
        files.forEach((name, data) -> forge.list(name, data, offsets.get(name)));
        byte[] zip64 = forge.finish(true);

        OfdPackage pkg = OfdPackage.read(zip64, OfdLimits.DEFAULT);
        assertEquals(files.size(), pkg.entryCount());
        files.forEach((name, data) -> assertArrayEquals(data, pkg.entry(name), name));
        SignatureReport report = verifier.verifyOfd(new ByteArrayInputStream(zip64), ValidationPolicy.defaults())
                .signatures().get(0);
        for (CheckId id : new CheckId[] {CheckId.FORMAT, CheckId.SIGNATURE_INTACT, CheckId.DATA_INTACT,
            CheckId.SEAL_INTACT}) {
            assertEquals(CheckResult.PASSED, report.check(id).orElseThrow().result(), id.name());
        }
    }

    @Test
    void everyDisagreementBetweenIndexAndEntriesIsRefused() throws Exception {
        byte[] page = "<Page/>".getBytes(StandardCharsets.UTF_8);
        byte[] other = "<Other/>".getBytes(StandardCharsets.UTF_8);

        ZipForge renamed = new ZipForge();
        renamed.list("OFD.xml", page, renamed.local("Evil.xml", page));
        assertRefused(renamed.finish(false), "its local header names another file");

        ZipForge resized = new ZipForge();
        resized.list("OFD.xml", other, resized.local("OFD.xml", page));
        assertRefused(resized.finish(false), "differ from the central directory");

        ZipForge prefixed = new ZipForge();
        prefixed.raw("PK junk before the first entry".getBytes(StandardCharsets.UTF_8));
        prefixed.list("OFD.xml", page, prefixed.local("OFD.xml", page));
        assertRefused(prefixed.finish(false), "belong to no entry");

        ZipForge twice = new ZipForge();
        long at = twice.local("OFD.xml", page);
        twice.list("OFD.xml", page, at).list("OFD.xml", page, at);
        assertRefused(twice.finish(false), "share bytes");

        ZipForge unlisted = new ZipForge();
        unlisted.list("OFD.xml", page, unlisted.local("OFD.xml", page));
        unlisted.local("Hidden.xml", other);
        assertRefused(unlisted.finish(false), "belong to no entry");

        ZipForge trailing = new ZipForge();
        trailing.list("OFD.xml", page, trailing.local("OFD.xml", page));
        byte[] withTail = java.util.Arrays.copyOf(trailing.finish(false), trailing.finish(false).length);
        byte[] tail = new byte[withTail.length + 5];
        System.arraycopy(withTail, 0, tail, 0, withTail.length);
        assertRefused(tail, "follow the end of central directory");

        ZipForge corrupted = new ZipForge();
        corrupted.list("OFD.xml", page, corrupted.local("OFD.xml", page));
        byte[] bytes = corrupted.finish(false);
        bytes[30 + "OFD.xml".length()] ^= 1;
        assertRefused(bytes, "does not match its CRC-32");
    }

    private static void assertRefused(byte[] zip, String problem) {
        OfdFormatException e = assertThrows(OfdFormatException.class, () -> OfdPackage.read(zip, OfdLimits.DEFAULT));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
