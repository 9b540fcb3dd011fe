package org.bianmin.seal.internal.ofd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the signatures of an OFD document: OFD.xml (GB/T 33190-2016 §7.4, its DocBody entries) →
 * Document.xml (DocRoot) and Signatures.xml → each Signature.xml (§18.1) with its References and
 * SignedValue. Paths are resolved and confined to the package ({@link OfdPaths}).
 */
public final class OfdSignatures {
    private OfdSignatures() {
    }

    /**
     * Every signature of every document in the package, in document order.
     *
     * @throws OfdFormatException when OFD.xml, a DocRoot or a Signatures.xml is missing or malformed
     */
    public static List<OfdSignature> locate(OfdPackage pkg, OfdLimits limits) throws OfdFormatException {
        byte[] ofdXml = pkg.entry("OFD.xml");
        if (ofdXml == null) {
            throw new OfdFormatException("OFD.xml is missing: not an OFD package");
        }
        XmlElement ofd = SafeXml.parse(ofdXml, "OFD.xml");
        if (!"OFD".equals(ofd.name())) {
            throw new OfdFormatException("OFD.xml: the root element is '" + ofd.name() + "', expected 'OFD'");
        }
        List<XmlElement> bodies = ofd.children("DocBody");
        if (bodies.isEmpty()) {
            throw new OfdFormatException("OFD.xml: no DocBody");
        }
        if (bodies.size() > limits.maxDocuments()) {
            throw new OfdFormatException("OFD.xml lists " + bodies.size() + " documents, more than "
                    + limits.maxDocuments());
        }
        List<OfdSignature> found = new ArrayList<>();
        Map<String, OfdSignature> parsed = new HashMap<>();
        for (XmlElement body : bodies) {
            String docRoot = body.childText("DocRoot");
            if (docRoot == null || docRoot.isEmpty()) {
                throw new OfdFormatException("OFD.xml: a DocBody has no DocRoot");
            }
            String documentPath = resolve("", docRoot, "OFD.xml DocRoot");
            byte[] document = pkg.entry(documentPath);
            if (document == null) {
                throw new OfdFormatException("OFD.xml: DocRoot " + documentPath + " is missing from the package");
            }
            XmlElement documentXml = SafeXml.parse(document, documentPath);
            String signatures = body.childText("Signatures");
            if (signatures == null || signatures.isEmpty()) {
                continue;
            }
            ViewerParts viewerParts = ViewerParts.of(pkg, documentPath, documentXml);
            String signaturesPath = resolve("", signatures, "OFD.xml Signatures");
            byte[] list = pkg.entry(signaturesPath);
            if (list == null) {
                throw new OfdFormatException("OFD.xml: Signatures " + signaturesPath + " is missing from the package");
            }
            XmlElement root = SafeXml.parse(list, signaturesPath);
            List<XmlElement> entries = root.children("Signature");
            if (found.size() + entries.size() > limits.maxSignatures()) {
                throw new OfdFormatException(signaturesPath + ": the package has more than " + limits.maxSignatures()
                        + " signatures");
            }
            for (XmlElement entry : entries) {
                found.add(signature(pkg, signaturesPath, entry, limits, parsed, viewerParts));
            }
        }
        requireHashingWithinBudget(pkg, found, limits);
        return found;
    }

    /**
     * Refuses, before anything is hashed, a package whose signatures would ask for more hashing than
     * the limits allow: every distinct (digest key, file) once — plain SM3 digests are shared by all
     * signatures, a Z-prefixed method is counted once per signature — plus each distinct Signature.xml
     * and SignedValue.
     */
    private static void requireHashingWithinBudget(OfdPackage pkg, List<OfdSignature> signatures, OfdLimits limits)
            throws OfdFormatException {
        long allowed = limits.hashAllowed(pkg.uncompressedSize());
        java.util.Set<String> planned = new java.util.HashSet<>();
        long bytes = 0;
        for (int i = 0; i < signatures.size(); i++) {
            OfdSignature signature = signatures.get(i);
            String key = signature.checkMethod() != null
                    && signature.checkMethod().strip().equals(org.bianmin.seal.internal.format.SealFormat.HMAC_SM3)
                    ? "z" + i : "";
            if (planned.add('\u0000' + signature.signatureXmlPath())) {
                bytes += length(signature.signatureXml());
            }
            if (planned.add('\u0000' + signature.signedValuePath())) {
                bytes += length(signature.signedValue());
            }
            for (OfdSignature.Reference ref : signature.references()) {
                if (ref.content() != null && planned.add(key + '\u0000' + ref.path())) {
                    bytes += ref.content().length;
                }
            }
            if (bytes > allowed) {
                throw new OfdFormatException("the signatures ask for more than " + allowed + " bytes of hashing ("
                        + limits.maxHashFactor() + " times the package's " + pkg.uncompressedSize()
                        + " uncompressed bytes): refused before hashing");
            }
        }
    }

    private static long length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    /**
     * The signature an entry of Signatures.xml names; a Signature.xml that several entries name is read
     * once ({@code parsed}, by path).
     */
    private static OfdSignature signature(OfdPackage pkg, String signaturesPath, XmlElement entry, OfdLimits limits,
            Map<String, OfdSignature> parsed, ViewerParts viewerParts) throws OfdFormatException {
        String id = entry.attribute("ID") == null ? "?" : entry.attribute("ID");
        String type = entry.attribute("Type") == null ? "Seal" : entry.attribute("Type");
        String location;
        try {
            location = OfdPaths.resolve(OfdPaths.directory(signaturesPath), entry.attribute("BaseLoc"));
        } catch (OfdFormatException e) {
            location = null;
        }
        OfdSignature known = location == null ? null : parsed.get(location);
        if (known != null) {
            return known.listedAs(id, type);
        }
        OfdSignature read = read(pkg, signaturesPath, entry, limits, id, type, viewerParts);
        if (location != null) {
            parsed.put(location, read);
        }
        return read;
    }

    private static OfdSignature read(OfdPackage pkg, String signaturesPath, XmlElement entry, OfdLimits limits,
            String id, String type, ViewerParts viewerParts) throws OfdFormatException {
        List<String> problems = new ArrayList<>();
        String baseLoc = entry.attribute("BaseLoc");
        String path;
        try {
            path = OfdPaths.resolve(OfdPaths.directory(signaturesPath), baseLoc);
        } catch (OfdFormatException e) {
            problems.add(signaturesPath + " Signature " + id + " BaseLoc: " + e.getMessage());
            return new OfdSignature(id, type, "?", null, null, List.of(), null, null, problems, viewerParts, List.of());
        }
        byte[] xml = pkg.entry(path);
        if (xml == null) {
            problems.add(signaturesPath + " Signature " + id + ": " + path + " is missing from the package");
            return new OfdSignature(id, type, path, null, null, List.of(), null, null, problems, viewerParts, List.of());
        }
        XmlElement signature;
        try {
            signature = SafeXml.parse(xml, path);
        } catch (OfdFormatException e) {
            problems.add(e.getMessage());
            return new OfdSignature(id, type, path, xml, null, List.of(), null, null, problems, viewerParts, List.of());
        }
        String dir = OfdPaths.directory(path);
        XmlElement signedInfo = signature.child("SignedInfo");
        XmlElement refs = signedInfo == null ? null : signedInfo.child("References");
        String method = refs == null ? null : refs.attribute("CheckMethod");
        List<OfdSignature.Reference> references = new ArrayList<>();
        if (refs == null) {
            problems.add(path + ": SignedInfo/References is missing");
        } else {
            List<XmlElement> listed = refs.children("Reference");
            if (listed.size() > limits.maxReferences()) {
                throw new OfdFormatException(path + " has " + listed.size() + " References, more than "
                        + limits.maxReferences());
            }
            for (XmlElement ref : listed) {
                String fileRef = ref.attribute("FileRef");
                String checkValue = ref.childText("CheckValue");
                String refPath = null;
                try {
                    refPath = OfdPaths.resolve(dir, fileRef);
                } catch (OfdFormatException e) {
                    problems.add(path + " Reference FileRef: " + e.getMessage());
                }
                if (checkValue == null || checkValue.isEmpty()) {
                    problems.add(path + " Reference " + fileRef + ": no CheckValue");
                }
                references.add(new OfdSignature.Reference(fileRef, refPath, checkValue == null ? "" : checkValue,
                        refPath == null ? null : pkg.entry(refPath)));
            }
        }
        String signedValueRef = signature.childText("SignedValue");
        String signedValuePath = null;
        byte[] signedValue = null;
        if (signedValueRef == null || signedValueRef.isEmpty()) {
            problems.add(path + ": SignedValue is missing");
        } else {
            try {
                signedValuePath = OfdPaths.resolve(dir, signedValueRef);
                signedValue = pkg.entry(signedValuePath);
                if (signedValue == null) {
                    problems.add(path + ": SignedValue " + signedValuePath + " is missing from the package");
                }
            } catch (OfdFormatException e) {
                problems.add(path + " SignedValue: " + e.getMessage());
            }
        }
        List<String> referenced = new ArrayList<>(references.size());
        references.forEach(ref -> referenced.add(ref.path()));
        return new OfdSignature(id, type, path, xml, method, references, signedValuePath, signedValue, problems,
                viewerParts, viewerParts.unprotected(referenced));
    }

    private static String resolve(String base, String ref, String what) throws OfdFormatException {
        try {
            return OfdPaths.resolve(base, ref);
        } catch (OfdFormatException e) {
            throw new OfdFormatException(what + ": " + e.getMessage(), e);
        }
    }
}
