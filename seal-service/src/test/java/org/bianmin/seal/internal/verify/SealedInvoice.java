package org.bianmin.seal.internal.verify;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.TBSSign;
import org.bianmin.seal.internal.format.Vectors;

/**
 * The shared invoice's files sealed anew by a test PKI, in the registry's style (GB/T 33190 §18:
 * Signatures.xml, Signature.xml with SM3 References, SignedValue.dat), so that a test can start
 * from a package that is TOTAL_PASSED with the test CA as anchor.
 */
final class SealedInvoice {
    /** The invoice's files that a viewer reads to draw its page. */
    static final List<String> VIEWER_PARTS = List.of("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml",
            "Doc_0/DocumentRes.xml", "Doc_0/Res/image_78.jb2", "Doc_0/Tpls/Tpl_0/Content.xml",
            "Doc_0/Pages/Page_0/Content.xml", "Doc_0/Annots/Annotations.xml", "Doc_0/Annots/Page_0/Annotation.xml");
    /** The invoice's files that are not drawn. */
    static final List<String> OTHER = List.of("Doc_0/Attachs/Attachments.xml",
            "Doc_0/Attachs/original_invoice.xml", "Doc_0/Tags/CustomTags.xml", "Doc_0/Tags/CustomTag.xml");

    private SealedInvoice() {
    }

    /** The invoice sealed by {@code pki}, every file covered. */
    static byte[] sealed(TestSeals pki) throws Exception {
        List<String> all = new ArrayList<>(VIEWER_PARTS);
        all.addAll(OTHER);
        return sealed(pki, all, null, null);
    }

    /** The invoice sealed by {@code pki}, its References covering {@code covered}; {@code changed} replaced afterwards. */
    static byte[] sealed(TestSeals pki, List<String> covered, String changed, byte[] replacement) throws Exception {
        StringBuilder refs = new StringBuilder();
        for (String file : covered) {
            refs.append("<ofd:Reference FileRef=\"/").append(file).append("\"><ofd:CheckValue>")
                    .append(Base64.getEncoder().encodeToString(SmCrypto.sm3(Vectors.entry("1.ofd", file))))
                    .append("</ofd:CheckValue></ofd:Reference>");
        }
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signature xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                + "<ofd:SignedInfo><ofd:Provider ProviderName=\"Bianmin\"/><ofd:SignatureMethod>1.2.156.10197.1.501"
                + "</ofd:SignatureMethod><ofd:References CheckMethod=\"1.2.156.10197.1.401\">" + refs
                + "</ofd:References></ofd:SignedInfo><ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>")
                .getBytes(StandardCharsets.UTF_8);
        TBSSign tbs = new TBSSign(pki.seal(), TestSeals.NOW.minus(1, ChronoUnit.HOURS), SmCrypto.sm3(xml),
                "/Doc_0/Signs/Sign_0/Signature.xml", null);
        SESSignature ses = new SESSignature(tbs, pki.signer.certificate(), TestSeals.SM3_SM2,
                pki.signer.sign(tbs.getSignedEncoding()), null);
        List<Object> entries = new ArrayList<>();
        List<String> all = new ArrayList<>(VIEWER_PARTS);
        all.addAll(OTHER);
        for (String file : all) {
            entries.add(file);
            entries.add(file.equals(changed) ? replacement : Vectors.entry("1.ofd", file));
        }
        entries.addAll(List.of("Doc_0/Signs/Signatures.xml", ("<ofd:Signatures xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                + "<ofd:Signature ID=\"1\" BaseLoc=\"Sign_0/Signature.xml\"/></ofd:Signatures>")
                .getBytes(StandardCharsets.UTF_8), "Doc_0/Signs/Sign_0/Signature.xml", xml,
                "Doc_0/Signs/Sign_0/SignedValue.dat", ses.getDerEncoded()));
        return OfdMutator.zip(entries.toArray());
    }
}
