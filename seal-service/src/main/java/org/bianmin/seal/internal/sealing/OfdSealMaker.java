package org.bianmin.seal.internal.sealing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.ofd.OfdPackageWriter;
import org.bianmin.seal.internal.ofd.SafeXml;
import org.bianmin.seal.internal.ofd.XmlElement;
import org.bianmin.seal.internal.signing.DocumentHash;
import org.bianmin.seal.internal.signing.SealSigningContext;
import org.bianmin.seal.internal.signing.SignatureMaker;

/**
 * Seals an OFD document (GB/T 33190-2016 §18 with a GB/T 38540-2020 §6 SES_Signature), in memory
 * and without the database: the caller has decided that the seal may sign. It adds
 * {@code Signs/Sign_k/} with Seal.esl (the seal), Signature.xml (References to every file of the
 * package but the signature list and this signature's own two files, SM3 CheckValues, the stamps)
 * and SignedValue.dat (the SES_Signature whose dataHash is SM3 of that Signature.xml and whose
 * propertyInfo is its path); lists it in Signatures.xml, which OFD.xml points to from the first
 * seal on. Nothing else in the package changes.
 */
public final class OfdSealMaker {
    private final SignatureMaker signatures;

    public OfdSealMaker(SignatureMaker signatures) {
        this.signatures = signatures;
    }

    /** The plan of one sealing: where the stamps go, checked against the document. */
    public static final class Plan {
        private final SealableDocument document;
        private final List<PlannedStamp> stamps;

        private Plan(SealableDocument document, List<PlannedStamp> stamps) {
            this.document = document;
            this.stamps = stamps;
        }

        /** Where the stamps will be seen. */
        public List<org.bianmin.seal.StampLocation> stamps() {
            return stamps.stream().map(PlannedStamp::shown).toList();
        }
    }

    /**
     * Reads the document and places the stamps of a seal whose picture is {@code widthMm} by
     * {@code heightMm}.
     *
     * @throws OfdFormatException when the package is not an OFD document that can be sealed
     * @throws org.bianmin.core.BianminException {@code OFD_PLACEMENT_INVALID} or {@code OFD_KEYWORD_NOT_FOUND}
     */
    public static Plan plan(OfdPackage pkg, StampPlacement placement, double widthMm, double heightMm)
            throws OfdFormatException {
        SealableDocument document = SealableDocument.read(pkg);
        return new Plan(document, new StampPlanner(document, widthMm, heightMm).plan(placement));
    }

    /** The sealed package and what identifies its new signature. */
    public record Sealed(byte[] ofd, String signatureId, String signaturePath, byte[] signedValue) {
    }

    /**
     * A sealing signed but not yet written: its SES_Signature, still without a time-stamp (the token
     * is over the signature value), and everything else of the new package.
     */
    public final class Signed {
        private final OfdPackage pkg;
        private final Instant at;
        private final Map<String, byte[]> written;
        private final String signatureId;
        private final String signaturePath;
        private final String signedValuePath;
        private final SESSignature signature;

        private Signed(OfdPackage pkg, Instant at, Map<String, byte[]> written, String signatureId,
                String signaturePath, String signedValuePath, SESSignature signature) {
            this.pkg = pkg;
            this.at = at;
            this.written = written;
            this.signatureId = signatureId;
            this.signaturePath = signaturePath;
            this.signedValuePath = signedValuePath;
            this.signature = signature;
        }

        /** The SES_Signature whose dataHash is SM3 of the new Signature.xml. */
        public SESSignature signature() {
            return signature;
        }

        /** The package with {@code signedValue} (the final SES_Signature, DER) as SignedValue.dat. */
        public Sealed write(byte[] signedValue) {
            OfdPackageWriter writer = new OfdPackageWriter(pkg, at);
            written.forEach(writer::put);
            writer.put(signedValuePath, signedValue);
            return new Sealed(writer.write(), signatureId, signaturePath, signedValue.clone());
        }
    }

    /** Seals according to {@code plan} with {@code seal} at {@code at}; the package without a time-stamp. */
    public Sealed seal(Plan plan, SealSigningContext seal, Instant at) throws OfdFormatException {
        Signed signed = sign(plan, seal, at);
        return signed.write(signed.signature().getDerEncoded());
    }

    /** Signs according to {@code plan} with {@code seal} at {@code at}: everything but SignedValue.dat. */
    public Signed sign(Plan plan, SealSigningContext seal, Instant at) throws OfdFormatException {
        SealableDocument document = plan.document;
        OfdPackage pkg = document.pkg();
        String signs = document.signsDirectory();
        String signatureDir = freeDirectory(pkg, signs);
        String signaturesPath = document.signaturesPath() != null ? document.signaturesPath() : signs
                + "/Signatures.xml";
        Ids ids = Ids.of(pkg, document.signaturesPath(), plan.stamps.size());
        String signaturePath = "/" + signatureDir + "/Signature.xml";
        String signedValuePath = signatureDir + "/SignedValue.dat";
        String sealPath = signatureDir + "/Seal.esl";

        Map<String, byte[]> written = new LinkedHashMap<>();
        if (document.signaturesPath() == null) {
            written.put("OFD.xml", SignatureFiles.withSignaturesPointer(pkg.entry("OFD.xml"), "/" + signaturesPath));
            written.put(signaturesPath, SignatureFiles.newList(ids.signature(), signaturePath, ids.max()));
        } else {
            written.put(signaturesPath, SignatureFiles.appended(pkg.entry(signaturesPath), signaturesPath,
                    ids.signature(), signaturePath, ids.max()));
        }
        written.put(sealPath, seal.seal().getDerEncoded());

        Map<String, String> references = new LinkedHashMap<>();
        Base64.Encoder base64 = Base64.getEncoder();
        for (String path : pkg.paths()) {
            if (!path.equals(signaturesPath)) {
                byte[] file = written.getOrDefault(path, pkg.entry(path));
                references.put("/" + path, base64.encodeToString(DocumentHash.sm3(file)));
            }
        }
        references.put("/" + sealPath, base64.encodeToString(seal.sealHash()));
        byte[] signatureXml = SignatureFiles.signature(at, references, plan.stamps, ids.stamps(), "/" + sealPath,
                "/" + signedValuePath);
        SESSignature signature = signatures.make(seal, DocumentHash.sm3(signatureXml), at, signaturePath);
        written.put(signatureDir + "/Signature.xml", signatureXml);
        return new Signed(pkg, at, written, ids.signature(), signaturePath, signedValuePath, signature);
    }

    /** {@code Sign_k} under {@code signs} with the smallest k that no file of the package uses. */
    private static String freeDirectory(OfdPackage pkg, String signs) {
        for (int k = 0; ; k++) {
            String candidate = signs + "/Sign_" + k;
            String prefix = candidate + "/";
            if (pkg.paths().stream().noneMatch(path -> path.startsWith(prefix) || path.equals(candidate))) {
                return candidate;
            }
        }
    }

    /**
     * The IDs of the new signature and its stamps: after the list's MaxSignId and every ID it holds
     * (GB/T 33190-2016 §18.1), so that no ID repeats.
     */
    private record Ids(String signature, List<String> stamps, String max) {
        static Ids of(OfdPackage pkg, String signaturesPath, int stampCount) throws OfdFormatException {
            long highest = 0;
            if (signaturesPath != null) {
                XmlElement list = SafeXml.parse(pkg.entry(signaturesPath), signaturesPath);
                highest = Math.max(highest, number(list.childText("MaxSignId")));
                for (XmlElement entry : list.children("Signature")) {
                    highest = Math.max(highest, number(entry.attribute("ID")));
                }
            }
            List<String> stamps = new ArrayList<>(stampCount);
            for (int i = 1; i <= stampCount; i++) {
                stamps.add(Long.toString(highest + 1 + i));
            }
            return new Ids(Long.toString(highest + 1), stamps, Long.toString(highest + 1 + stampCount));
        }

        /** The number in an ID ("2", or "s002" as some writers have it); 0 for none. */
        private static long number(String id) {
            String digits = id == null ? "" : id.replaceAll("\\D", "");
            if (digits.isEmpty() || digits.length() > 15) {
                return 0;
            }
            return Long.parseLong(digits);
        }
    }
}
