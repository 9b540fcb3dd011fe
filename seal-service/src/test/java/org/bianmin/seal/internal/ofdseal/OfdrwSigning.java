package org.bianmin.seal.internal.ofdseal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bianmin.seal.internal.verify.TestSeals;

/**
 * OFD sealing done by ofdrw's own signer ({@code org.ofdrw.sign.OFDSigner} with its GB/T 38540 v4
 * container {@code SESV4Container}, SM3 and SM2), as the yardstick that benchmarks and
 * interoperability tests compare our sealer with. Every file of the package is protected except the
 * signature list (ofdrw's ContinueSign mode), so a sealed document can be sealed again.
 *
 * <p>The seal (电子印章) and keys come from a {@link TestSeals} test PKI made per instance: a v4 SESeal
 * signed by the PKI's seal maker and listing the PKI's signer, whose fresh SM2 key signs. ofdrw itself
 * checks none of this (its signer takes any SESeal and any key, its verifier never relates the seal to
 * the signing certificate), so the vendor sample UserV4.esl with an unrelated key would satisfy ofdrw
 * as well; the coherent seal is chosen so that <em>our</em> verifier can judge ofdrw's output in full
 * (seal maker, signer listed in the seal, chain to the PKI's root) and a benchmark compares like with
 * like. The seal's picture is a 1×1 red PNG: drawn in its stamp box it fills the box with red.
 *
 * <p>Runs in {@link IsolatedOfdrw}: ofdrw receives the key as PKCS#8 and the certificate and seal as
 * DER, and rebuilds them with its own Bouncy Castle.
 */
public final class OfdrwSigning {
    private final TestSeals pki;
    private final byte[] seal;

    public OfdrwSigning() {
        this(new TestSeals());
    }

    public OfdrwSigning(TestSeals pki) {
        this.pki = pki;
        this.seal = TestSeals.sealBy(pki.maker, TestSeals.ES_ID, List.of(pki.signer.certificate()),
                TestSeals.NOW.minus(30, ChronoUnit.DAYS), TestSeals.NOW.plus(730, ChronoUnit.DAYS)).getDerEncoded();
    }

    /** The test PKI behind the seal and the signer (its root is the trust anchor to give a verifier). */
    public TestSeals pki() {
        return pki;
    }

    /** The SESeal (DER) that ofdrw embeds and writes as Seal.esl. */
    public byte[] seal() {
        return seal.clone();
    }

    /**
     * {@code ofd} sealed by ofdrw with one stamp on {@code page} (from 1), its box at ({@code x},
     * {@code y}) from the page's top left, {@code width} × {@code height}, all in millimetres.
     */
    public byte[] sign(byte[] ofd, int page, double x, double y, double width, double height) {
        return IsolatedOfdrw.call("sign", ofd, pki.signer.keys().getPrivate().getEncoded(), pki.signer.certificate(),
                seal, page, x, y, width, height);
    }
}
