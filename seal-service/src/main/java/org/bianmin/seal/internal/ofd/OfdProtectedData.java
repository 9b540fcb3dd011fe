package org.bianmin.seal.internal.ofd;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.keys.Sm2;
import org.bianmin.seal.internal.verify.DiagnosticCollector;
import org.bianmin.seal.internal.verify.ParsedCertificate;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Coverage;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.DataFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.ReferenceFacts;

/**
 * The data an OFD seal signature protects (GB/T 33190-2016 §18.2; GB/T 38540-2020 §7.2 d): dataHash
 * covers the bytes of the signature's Signature.xml, and each Reference's CheckValue the bytes of
 * its file, digested by the CheckMethod: SM3 (OID 1.2.156.10197.1.401 or the text "SM3"), or — one
 * vendor's reading of the HMAC-SM3 OID 1.2.156.10197.1.401.2 — SM3 over Z || file, where Z is the
 * SM2 identity hash of the signer's public key with the default user id.
 */
public final class OfdProtectedData implements DiagnosticCollector.ProtectedData {
    private final OfdSignature signature;
    private final PackageDigests digests;

    public OfdProtectedData(OfdSignature signature, PackageDigests digests) {
        this.signature = signature;
        this.digests = digests;
    }

    @Override
    public DataFacts facts(ElectronicSignature ses, ParsedCertificate signer, List<String> errors) {
        byte[] computed = signature.signatureXml() == null ? null
                : Base64.getDecoder().decode(digests.sm3(signature.signatureXmlPath(), null, signature.signatureXml()));
        return new DataFacts("/" + signature.signatureXmlPath(), ses.getDataHash(), computed,
                references(signature, signer, errors, digests), coverage(signature));
    }

    /** Which of the parts a viewer draws the signature's References leave out. */
    public static Coverage coverage(OfdSignature signature) {
        List<String> unprotected = signature.unprotected();
        return new Coverage(signature.viewerParts().files().size(),
                unprotected.stream().map(path -> "/" + path).toList(),
                unprotected.stream().filter(signature.viewerParts().annotations()::contains).map(path -> "/" + path)
                        .toList());
    }

    /** The references' facts; a CheckMethod this reader does not know is a format error. */
    public static List<ReferenceFacts> references(OfdSignature signature, ParsedCertificate signer,
            List<String> errors, PackageDigests digests) {
        String method = signature.checkMethod() == null ? "" : signature.checkMethod().strip();
        boolean sm3 = method.equals(SealFormat.SM3) || method.toUpperCase(Locale.ROOT).equals("SM3");
        boolean zPrefixed = method.equals(SealFormat.HMAC_SM3);
        byte[] z = null;
        if (zPrefixed) {
            if (signer == null || signer.sm2Key() == null) {
                errors.add(signature.signatureXmlPath() + ": CheckMethod " + method
                        + " needs the signer's SM2 key, which cannot be read");
                return List.of();
            }
            z = Sm2.identityHash(signer.sm2Key());
        } else if (!sm3) {
            errors.add(signature.signatureXmlPath() + ": CheckMethod '" + method
                    + "' is not supported (expected SM3: 1.2.156.10197.1.401 or \"SM3\")");
            return List.of();
        }
        byte[] prefix = z;
        return digests.references(signature.signatureXmlPath(), z, () -> {
            List<ReferenceFacts> facts = new ArrayList<>(signature.references().size());
            for (OfdSignature.Reference ref : signature.references()) {
                String actual = null;
                if (ref.content() != null) {
                    actual = digests.sm3(ref.path(), prefix, ref.content());
                }
                facts.add(new ReferenceFacts(ref.path() == null ? ref.fileRef() : "/" + ref.path(), method,
                        canonical(ref.checkValue()), actual));
            }
            return List.copyOf(facts);
        });
    }

    /** A CheckValue re-encoded as plain base64 (vendors add line breaks); as written when not base64. */
    private static String canonical(String checkValue) {
        try {
            return Base64.getEncoder().encodeToString(Base64.getMimeDecoder().decode(checkValue.strip()));
        } catch (IllegalArgumentException e) {
            return checkValue.strip();
        }
    }
}
