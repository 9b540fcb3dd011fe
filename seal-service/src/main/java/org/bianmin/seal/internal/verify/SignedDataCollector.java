package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bianmin.seal.internal.format.DerScanner;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.DataFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.ReferenceFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.RegistryFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.RegistryStatus;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;
import org.bianmin.seal.internal.verify.SmCrypto.Sm2Result;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * Gathers the diagnostic data of a GB/T 35275-2017 SignedData (an OFD {@code Type="Sign"}
 * signature, GB/T 33190-2016 §18): content type 1.2.156.10197.6.1.4.2.2 (or PKCS #7 signedData),
 * the first SignerInfo, SM3 digest, SM2 signature over the signed attributes (with messageDigest)
 * or directly over the content; the content is the encapsulated one or, detached, the OFD
 * Signature.xml. There is no seal: the seal checks are not applicable.
 */
public final class SignedDataCollector {
    private static final String PKCS7_SIGNED_DATA = "1.2.840.113549.1.7.2";

    private final VerificationCache cache;

    public SignedDataCollector(VerificationCache cache) {
        this.cache = cache;
    }

    /**
     * @param detached   the bytes that a detached SignedData covers (the Signature.xml)
     * @param target     their name
     * @param references the OFD references, computed by the caller
     */
    public SignatureDiagnostics collect(String id, byte[] bytes, byte[] detached, String target,
            List<ReferenceFacts> references, List<String> containerErrors, TrustStore trust) {
        String format = "GB/T 35275 SignedData";
        List<String> errors = new ArrayList<>(containerErrors);
        List<String> notes = new ArrayList<>();
        SignedData signedData;
        try {
            if (bytes.length > 8 * 1024 * 1024) {
                throw new IllegalArgumentException("larger than 8 MiB");
            }
            int length = DerScanner.scanBer(bytes, 0).end();
            if (length < bytes.length) {
                notes.add((bytes.length - length) + " bytes after the end of the DER were ignored");
            }
            ASN1Primitive primitive;
            try (ASN1InputStream in = new ASN1InputStream(Arrays.copyOf(bytes, length))) {
                primitive = in.readObject();
            }
            ContentInfo info = ContentInfo.getInstance(primitive);
            String type = info.getContentType().getId();
            if (!type.equals(SealFormat.GBT35275_SIGNED_DATA) && !type.equals(PKCS7_SIGNED_DATA)) {
                throw new IllegalArgumentException("content type " + type + " is not SignedData ("
                        + SealFormat.GBT35275_SIGNED_DATA + ")");
            }
            signedData = SignedData.getInstance(info.getContent());
        } catch (DerScanner.DerScanException e) {
            errors.add("SignedData: " + e.getMessage() + " (at byte offset " + e.offset() + ")");
            return DiagnosticCollector.formatOnly(id, Subject.SIGNED_DATA, format, errors);
        } catch (IOException | RuntimeException e) {
            errors.add("SignedData: " + e.getMessage());
            return DiagnosticCollector.formatOnly(id, Subject.SIGNED_DATA, format, errors);
        }
        ASN1Set infos = signedData.getSignerInfos();
        if (infos.size() == 0) {
            errors.add("SignedData.signerInfos: empty");
            return DiagnosticCollector.formatOnly(id, Subject.SIGNED_DATA, format, errors);
        }
        if (infos.size() > 1) {
            notes.add(infos.size() + " SignerInfos; the first is verified");
        }
        SignerInfo signerInfo = SignerInfo.getInstance(infos.getObjectAt(0));
        ParsedCertificate signer = signerCertificate(signedData, signerInfo);
        if (signer == null) {
            errors.add("SignedData.certificates: the signer's certificate is not included");
        }
        byte[] content = detached;
        boolean foreign = false;
        if (signedData.getEncapContentInfo().getContent() != null) {
            content = ASN1OctetString.getInstance(signedData.getEncapContentInfo().getContent()).getOctets();
            // An attached SignedData proves only its own content: in an OFD that content must be this
            // package's Signature.xml, whose References are the ones checked, or the signature was taken
            // from another document.
            foreign = detached != null && !Arrays.equals(content, detached);
            if (foreign) {
                notes.add("the SignedData carries " + content.length + " bytes of embedded content that are not "
                        + target + " (" + detached.length + " bytes): it was made for another document");
            }
        }
        String digestOid = signerInfo.getDigestAlgorithm().getAlgorithm().getId();
        if (!SealFormat.SM3.equals(digestOid)) {
            errors.add("SignerInfo.digestAlgorithm: " + digestOid + " is not SM3 (" + SealFormat.SM3 + ")");
        }
        String sigOid = signerInfo.getDigestEncryptionAlgorithm().getAlgorithm().getId();
        if (!sigOid.equals(SealFormat.SM3_WITH_SM2) && !sigOid.equals(DiagnosticCollector.SM2_SIGN)
                && !sigOid.equals("1.2.156.10197.1.301")) {
            errors.add("SignerInfo.signatureAlgorithm: " + sigOid + " is not SM2");
        }
        byte[] claimed = null;
        byte[] signedBytes = content;
        Instant signingTime = null;
        if (signerInfo.getAuthenticatedAttributes() != null) {
            AttributeTable attributes = new AttributeTable(signerInfo.getAuthenticatedAttributes());
            Attribute digest = attributes.get(CMSAttributes.messageDigest);
            if (digest == null) {
                errors.add("SignerInfo.signedAttrs: no messageDigest");
            } else {
                claimed = ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets();
            }
            Attribute time = attributes.get(CMSAttributes.signingTime);
            if (time != null) {
                signingTime = Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
            }
            try {
                signedBytes = signerInfo.getAuthenticatedAttributes().getEncoded(ASN1Encoding.DER);
            } catch (IOException e) {
                errors.add("SignerInfo.signedAttrs: " + e.getMessage());
            }
        }
        byte[] computed = foreign ? SmCrypto.sm3(detached) : content == null ? null : SmCrypto.sm3(content);
        if (claimed == null && content != null) {
            claimed = SmCrypto.sm3(content); // no signed attributes: the signature itself covers the content
        }
        Sm2Result crypto = null;
        if (signer != null && signer.sm2Key() != null && signedBytes != null && errors.isEmpty()) {
            crypto = SmCrypto.verify(signer.sm2Key(), signedBytes, signerInfo.getEncryptedDigest().getOctets());
        }
        ChainFacts chain = signer == null ? null : cache.chain(trust, signer, List.of());
        DataFacts data = new DataFacts(target, claimed, computed, references, null);
        return new SignatureDiagnostics(id, Subject.SIGNED_DATA, format, errors, notes, signingTime, crypto, data, null,
                null, 0, null, signer == null ? null : signer.facts(), chain, null, null, null,
                RegistryFacts.of(RegistryStatus.NO_REGISTRY), null, null, null, null);
    }

    private ParsedCertificate signerCertificate(SignedData signedData, SignerInfo signerInfo) {
        if (signedData.getCertificates() == null) {
            return null;
        }
        IssuerAndSerialNumber sid = signerInfo.getSID().isTagged() ? null
                : IssuerAndSerialNumber.getInstance(signerInfo.getSID().getId());
        ParsedCertificate first = null;
        for (ASN1Encodable encodable : signedData.getCertificates()) {
            try {
                Certificate cert = Certificate.getInstance(encodable);
                ParsedCertificate parsed = cache.certificate(cert.getEncoded(ASN1Encoding.DER));
                if (parsed == null) {
                    continue;
                }
                if (first == null) {
                    first = parsed;
                }
                if (sid != null && cert.getIssuer().equals(sid.getName())
                        && cert.getSerialNumber().getValue().equals(sid.getSerialNumber().getValue())) {
                    return parsed;
                }
            } catch (IOException | RuntimeException e) {
                // not a certificate: skipped
            }
        }
        return sid == null ? first : null;
    }
}
