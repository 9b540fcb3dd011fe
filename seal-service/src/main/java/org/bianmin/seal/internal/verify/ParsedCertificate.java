package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bianmin.seal.CertificateDetails;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * A certificate read once: the Bouncy Castle holder, its SM2 public key (kept so its
 * precomputation is reused) and its {@link CertificateFacts}.
 */
public final class ParsedCertificate {
    private final byte[] der;
    private final X509CertificateHolder holder;
    private final ECPublicKeyParameters key;
    private final CertificateFacts facts;

    private ParsedCertificate(byte[] der, X509CertificateHolder holder) {
        this.der = der;
        this.holder = holder;
        this.key = SmCrypto.ecKey(holder.getSubjectPublicKeyInfo());
        int usage = -1;
        KeyUsage ku = KeyUsage.fromExtensions(holder.getExtensions());
        if (ku != null) {
            byte[] bytes = ku.getBytes();
            usage = (bytes.length > 0 ? bytes[0] & 0xFF : 0) | (bytes.length > 1 ? (bytes[1] & 0xFF) << 8 : 0);
        }
        BasicConstraints bc = BasicConstraints.fromExtensions(holder.getExtensions());
        this.facts = new CertificateFacts(new CertificateDetails(holder.getSubject().toString(),
                holder.getIssuer().toString(), hex(holder.getSerialNumber()), holder.getNotBefore().toInstant(),
                holder.getNotAfter().toInstant(), SmCrypto.hex(SmCrypto.sm3(der)), der), usage,
                bc == null ? null : bc.isCA());
    }

    /** Reads a DER certificate; null when it is not one. */
    public static ParsedCertificate parse(byte[] der) {
        try {
            if (der == null || der.length == 0 || der.length > 64 * 1024) {
                return null;
            }
            // bounded nesting and lengths before Bouncy Castle's recursive parser sees the bytes
            if (org.bianmin.seal.internal.format.DerScanner.scan(der, 0).end() != der.length) {
                return null;
            }
            return new ParsedCertificate(der.clone(), new X509CertificateHolder(der));
        } catch (IOException | RuntimeException e) {
            return null; // includes DerScanner.DerScanException
        }
    }

    private static String hex(BigInteger serial) {
        return serial.toString(16);
    }

    public byte[] der() {
        return der.clone();
    }

    /** The DER as a read-only buffer, for use as a key (no copy). */
    public java.nio.ByteBuffer key() {
        return java.nio.ByteBuffer.wrap(der).asReadOnlyBuffer();
    }

    /** Whether this certificate's DER equals {@code other}. */
    public boolean sameAs(byte[] other) {
        return Arrays.equals(der, other);
    }

    public X509CertificateHolder holder() {
        return holder;
    }

    /** The SM2 public key, or null when the key is not an EC key. */
    public ECPublicKeyParameters sm2Key() {
        return key;
    }

    public CertificateFacts facts() {
        return facts;
    }
}
