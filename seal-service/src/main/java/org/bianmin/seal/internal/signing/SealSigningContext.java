package org.bianmin.seal.internal.signing;

import java.io.IOException;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.internal.format.SESeal;
import org.bianmin.seal.internal.keys.Sm2;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * What signing with one made seal needs, prepared once: the parsed SESeal, the signer certificate,
 * the key alias, and {@code Z_A} of the seal's key. Every TBS_Sign of a seal starts with the same
 * bytes (the SEQUENCE header, the version and the whole SESeal, picture included), so the SM3
 * state after {@code Z_A || prefix} is kept and each signature hashes only its last ~70 bytes.
 * Immutable apart from that cache; thread-safe.
 */
public final class SealSigningContext {
    private final String esId;
    private final String keyAlias;
    private final SESeal seal;
    private final int sealLength;
    private final byte[] signerCertificate;
    private final byte[] identityHash;
    private final byte[] sealHash;
    private volatile Prefix prefix;

    private record Prefix(byte[] head, int length, SM3Digest state) {
    }

    private SealSigningContext(String esId, String keyAlias, SESeal seal, int sealLength, byte[] signerCertificate,
            byte[] identityHash, byte[] sealHash) {
        this.esId = esId;
        this.keyAlias = keyAlias;
        this.seal = seal;
        this.sealLength = sealLength;
        this.signerCertificate = signerCertificate;
        this.identityHash = identityHash;
        this.sealHash = sealHash;
    }

    /** The context of a made seal from its stored parts. */
    public static SealSigningContext of(String esId, String keyAlias, byte[] sealDer, byte[] signerCertificate) {
        try {
            SESeal seal = SESeal.getInstance(ASN1Primitive.fromByteArray(sealDer));
            byte[] publicKey = new X509CertificateHolder(signerCertificate).getSubjectPublicKeyInfo().getEncoded();
            return new SealSigningContext(esId, keyAlias, seal, sealDer.length, signerCertificate.clone(),
                    Sm2.identityHash(Sm2.publicKey(publicKey)), DocumentHash.sm3(seal.getDerEncoded()));
        } catch (IOException | RuntimeException e) {
            throw new BianminException(ErrorCode.SEAL_FORMAT_INVALID,
                    "the stored structure of seal " + esId + " cannot be read: " + e.getMessage(), e);
        }
    }

    public String esId() {
        return esId;
    }

    public String keyAlias() {
        return keyAlias;
    }

    public SESeal seal() {
        return seal;
    }

    public byte[] signerCertificate() {
        return signerCertificate.clone();
    }

    /** SM3 of the seal's DER (what an OFD signature's reference to its Seal.esl holds). */
    public byte[] sealHash() {
        return sealHash.clone();
    }

    /**
     * {@code e = SM3(Z_A || tbs)} for a DER TBS_Sign of this seal (GB/T 32918.2 §6.1 A1–A2), reusing
     * the hash of the constant prefix.
     */
    byte[] digest(byte[] tbs) {
        int start = sealStart(tbs);
        int prefixLength = start + sealLength;
        Prefix known = prefix;
        SM3Digest digest;
        if (known != null && known.length() == prefixLength && tbs.length >= prefixLength
                && java.util.Arrays.equals(tbs, 0, start, known.head(), 0, start)) {
            digest = new SM3Digest(known.state());
        } else {
            digest = new SM3Digest();
            digest.update(identityHash, 0, identityHash.length);
            digest.update(tbs, 0, prefixLength);
            prefix = new Prefix(java.util.Arrays.copyOf(tbs, start), prefixLength, new SM3Digest(digest));
        }
        digest.update(tbs, prefixLength, tbs.length - prefixLength);
        byte[] e = new byte[32];
        digest.doFinal(e, 0);
        return e;
    }

    /** Where the SESeal starts in a DER TBS_Sign: after the SEQUENCE header and {@code INTEGER 4}. */
    private int sealStart(byte[] tbs) {
        int header = (tbs[1] & 0x80) == 0 ? 2 : 2 + (tbs[1] & 0x7F);
        if (tbs[0] != 0x30 || tbs[header] != 0x02 || tbs[header + 1] != 0x01 || tbs.length < header + 3 + sealLength) {
            throw new IllegalStateException("not a TBS_Sign of seal " + esId);
        }
        return header + 3;
    }
}
