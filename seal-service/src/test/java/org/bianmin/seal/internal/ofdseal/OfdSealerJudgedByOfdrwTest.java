package org.bianmin.seal.internal.ofdseal;

import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bianmin.audit.AuditTrail;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealedOfd;
import org.bianmin.seal.StampLocation;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.sealing.OfdSealerComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.sign.verify.exceptions.FileIntegrityException;

/**
 * Our sealer's output judged by ofdrw, on documents ofdrw-layout wrote: ofdrw accepts every seal,
 * notices a changed page, and draws each stamp red where the sealer says it put it.
 */
class OfdSealerJudgedByOfdrwTest {
    private static final String CASE = "冷碛审批〔2026〕12号";
    private static final double PPM = 4;

    @TempDir
    Path directory;

    private RegistryFixture fixture;
    private OfdSealerComponent sealer;
    private Seal seal;

    @BeforeEach
    void open() {
        AuditTrail trail = mock(AuditTrail.class);
        fixture = new RegistryFixture(directory, trail);
        sealer = fixture.ofdSealer(trail, fixture.verifier());
        seal = fixture.activeSeal(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心"));
        fixture.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private SealedOfd seal(byte[] ofd, StampPlacement placement) {
        return sealer.seal(new OfdSealRequest(seal.esId(), ofd, placement, CASE), CUSTODIAN);
    }

    private static void assertRedIn(BufferedImage page, StampLocation stamp) {
        Rectangle box = IndependentOfd.toPixels(stamp.x(), stamp.y(), stamp.width(), stamp.height(), PPM);
        int red = IndependentOfd.redPixels(page, box);
        assertTrue(red > box.width * box.height / 20, () -> red + " red pixels in " + box + " for " + stamp);
    }

    @Test
    void ofdrwAcceptsTheKeywordSealAndDrawsItOnTheKeyword() throws Exception {
        SealedOfd sealed = seal(TestDocuments.approvalNotice(), StampPlacement.keyword(TestDocuments.SEAL_HERE));

        List<IndependentOfd.Outcome> outcomes = IndependentOfd.verify(sealed.ofd());
        assertEquals(1, outcomes.size(), outcomes::toString);
        assertTrue(outcomes.get(0).passed(), outcomes::toString);

        assertEquals(1, sealed.stamps().size());
        StampLocation stamp = sealed.stamps().get(0);
        double[] keyword = TestDocuments.SEAL_HERE_BOX;
        assertTrue(stamp.centreX() > keyword[0] && stamp.centreX() < keyword[0] + keyword[2], stamp::toString);
        assertTrue(stamp.centreY() > keyword[1] && stamp.centreY() < keyword[1] + keyword[3], stamp::toString);

        BufferedImage page = IndependentOfd.renderPage(sealed.ofd(), 0, PPM);
        // the picture docs/sealed-approval-notice.png is this page, as ofdrw draws it
        javax.imageio.ImageIO.write(page, "png", Path.of("target", "sealed-approval-notice.png").toFile());
        assertRedIn(page, stamp);
        Rectangle all = IndependentOfd.redBounds(page);
        Rectangle expected = IndependentOfd.toPixels(stamp.x(), stamp.y(), stamp.width(), stamp.height(), PPM);
        expected.grow(2, 2);
        assertTrue(expected.contains(all), () -> "red at " + all + ", the stamp is " + expected);

        byte[] tampered = Tampered.oneByteChanged(sealed.ofd(), "Doc_0/Pages/Page_0/Content.xml");
        IndependentOfd.Outcome outcome = IndependentOfd.verify(tampered).get(0);
        assertTrue(outcome.failedWith(FileIntegrityException.class), outcome::toString);
    }

    @Test
    void ofdrwAcceptsARidingSealAndDrawsASliceOnEachPage() {
        SealedOfd sealed = seal(TestDocuments.threePages(), StampPlacement.riding());

        List<IndependentOfd.Outcome> outcomes = IndependentOfd.verify(sealed.ofd());
        assertTrue(outcomes.stream().allMatch(IndependentOfd.Outcome::passed), outcomes::toString);
        assertEquals(3, sealed.stamps().size(), sealed.stamps()::toString);
        for (StampLocation stamp : sealed.stamps()) {
            assertRedIn(IndependentOfd.renderPage(sealed.ofd(), stamp.page() - 1, PPM), stamp);
        }
    }

    @Test
    void aSecondSealKeepsTheFirstValidForOfdrw() {
        byte[] once = seal(TestDocuments.approvalNotice(), StampPlacement.at(1, 60, 200)).ofd();
        SealedOfd twice = seal(once, StampPlacement.keyword(TestDocuments.SEAL_HERE));

        List<IndependentOfd.Outcome> outcomes = IndependentOfd.verify(twice.ofd());
        assertEquals(2, outcomes.size(), outcomes::toString);
        assertTrue(outcomes.stream().allMatch(IndependentOfd.Outcome::passed), outcomes::toString);
        assertFalse(outcomes.get(0).baseLoc().equals(outcomes.get(1).baseLoc()), outcomes::toString);
    }
}
