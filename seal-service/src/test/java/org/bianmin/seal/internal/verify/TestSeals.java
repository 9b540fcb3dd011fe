package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bianmin.seal.internal.format.ExtensionDatas;
import org.bianmin.seal.internal.format.SESCertList;
import org.bianmin.seal.internal.format.SESESPictrueInfo;
import org.bianmin.seal.internal.format.SESESPropertyInfo;
import org.bianmin.seal.internal.format.SESHeader;
import org.bianmin.seal.internal.format.SESSealInfo;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SESeal;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.format.TBSSign;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A county seal PKI made per run (declared, not committed): an SM2 root CA, a seal-maker
 * certificate and seal signer certificates, and seals and signatures in the registry's style.
 */
public final class TestSeals {
    public static final BouncyCastleProvider BC = new BouncyCastleProvider();
    public static final ASN1ObjectIdentifier SM3_SM2 = new ASN1ObjectIdentifier(SealFormat.SM3_WITH_SM2);
    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    public static final String ES_ID = "51332200000001";

    public final Party root;
    public final Party maker;
    public final Party signer;

    /** One key pair with its certificate. */
    public record Party(KeyPair keys, byte[] certificate) {
        public byte[] sign(byte[] message) {
            try {
                Signature s = Signature.getInstance("SM3withSM2", BC);
                s.initSign(keys.getPrivate());
                s.update(message);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public TestSeals() {
        KeyPair rootKeys = keyPair();
        X500Name rootName = new X500Name("CN=泸定县电子印章根CA,O=泸定县,C=CN");
        root = new Party(rootKeys, certificate(rootName, rootKeys, rootName, rootKeys.getPrivate(), true, NOW.minus(
                3650, ChronoUnit.DAYS), NOW.plus(3650, ChronoUnit.DAYS)));
        maker = issue("CN=泸定县电子印章制作系统,O=泸定县,C=CN", NOW.minus(365, ChronoUnit.DAYS), NOW.plus(3650,
                ChronoUnit.DAYS));
        signer = issue("CN=泸定县兴隆镇人民政府审批服务专用章,O=泸定县,C=CN", NOW.minus(30, ChronoUnit.DAYS),
                NOW.plus(1000, ChronoUnit.DAYS));
    }

    /** A new party certified by the root. */
    public Party issue(String subject, Instant notBefore, Instant notAfter) {
        return issue(subject, notBefore, notAfter, b -> { });
    }

    /** A new party certified by the root, with extensions that {@code extra} adds (an extended key usage, say). */
    public Party issue(String subject, Instant notBefore, Instant notAfter,
            java.util.function.Consumer<X509v3CertificateBuilder> extra) {
        KeyPair keys = keyPair();
        return new Party(keys, certificate(new X500Name(subject), keys, new X500Name("CN=泸定县电子印章根CA,O=泸定县,C=CN"),
                root.keys().getPrivate(), false, notBefore, notAfter, extra));
    }

    /** A timestamp authority certified by the root (extendedKeyUsage timeStamping, critical). */
    public Party issueTsa(Instant notBefore, Instant notAfter) {
        return issueTsa(keyPair(), notBefore, notAfter);
    }

    /** A timestamp authority certificate for {@code keys} (a second certificate of one key, for instance). */
    public Party issueTsa(KeyPair keys, Instant notBefore, Instant notAfter) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name("CN=泸定县电子印章根CA,O=泸定县,C=CN"),
                    BigInteger.valueOf(System.nanoTime()), Date.from(notBefore), Date.from(notAfter),
                    new X500Name("CN=泸定县时间戳服务,O=泸定县,C=CN"), keys.getPublic());
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            b.addExtension(Extension.extendedKeyUsage, true, new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
                    org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping));
            return new Party(keys, b.build(new JcaContentSignerBuilder("SM3withSM2").setProvider(BC)
                    .build(root.keys().getPrivate())).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
            g.initialize(new ECGenParameterSpec("sm2p256v1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] certificate(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
            boolean ca, Instant notBefore, Instant notAfter) {
        return certificate(subject, keys, issuer, issuerKey, ca, notBefore, notAfter, b -> { });
    }

    private static byte[] certificate(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
            boolean ca, Instant notBefore, Instant notAfter, java.util.function.Consumer<X509v3CertificateBuilder> extra) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, new java.security.SecureRandom()).add(BigInteger.ONE), Date.from(notBefore),
                    Date.from(notAfter), subject, keys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            extra.accept(b);
            return b.build(new JcaContentSignerBuilder("SM3withSM2").setProvider(BC).build(issuerKey)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A v4 seal allowing {@code signers}, valid {@code start}–{@code end}, signed by the maker. */
    public SESeal seal(String esId, List<byte[]> signers, Instant start, Instant end) {
        return sealBy(maker, esId, signers, start, end);
    }

    /** A v4 seal made by {@code maker}. */
    public static SESeal sealBy(Party maker, String esId, List<byte[]> signers, Instant start, Instant end) {
        SESSealInfo info = new SESSealInfo(new SESHeader(4, "BIANMIN"), esId,
                new SESESPropertyInfo(1, "泸定县兴隆镇人民政府审批服务专用章", SESCertList.ofCertificates(signers),
                        start, start, end),
                new SESESPictrueInfo("png", png(), 42, 42), null);
        return new SESeal(info, maker.certificate(), SM3_SM2, maker.sign(info.getSignedEncoding()));
    }

    /** The default seal: allows {@link #signer}, valid from a year ago for three years. */
    public SESeal seal() {
        return seal(ES_ID, List.of(signer.certificate()), NOW.minus(365, ChronoUnit.DAYS), NOW.plus(730,
                ChronoUnit.DAYS));
    }

    /** A detached v4 signature by {@code by} with {@code seal} over a document with SM3 {@code hash}. */
    public static SESSignature sign(SESeal seal, Party by, byte[] hash, Instant at, ExtensionDatas ext) {
        TBSSign tbs = new TBSSign(seal, at, hash, "document", ext);
        return new SESSignature(tbs, by.certificate(), SM3_SM2, by.sign(tbs.getSignedEncoding()), null);
    }

    public SESSignature sign(byte[] document) {
        return sign(seal(), signer, SmCrypto.sm3(document), NOW.minus(1, ChronoUnit.HOURS), null);
    }

    /** A tiny valid PNG (1×1 red pixel). */
    public static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    }

    /** A stream of {@code size} pseudo-random bytes generated on the fly (never held whole). */
    public static InputStream bigDocument(long size) {
        return new InputStream() {
            private long left = size;
            private long state = 0x9E3779B97F4A7C15L;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    state ^= state << 13;
                    state ^= state >>> 7;
                    state ^= state << 17;
                    b[off + i] = (byte) state;
                }
                left -= n;
                return n;
            }

            @Override
            public byte[] readAllBytes() throws IOException {
                throw new IOException("the document must be streamed, not read whole");
            }
        };
    }
}
