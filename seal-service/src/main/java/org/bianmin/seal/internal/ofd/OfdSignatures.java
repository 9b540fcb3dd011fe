package org.bianmin.seal.internal.ofd;

import java.util.ArrayList;
import java.util.List;

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
    public static List<OfdSignature> locate(OfdPackage pkg) throws OfdFormatException {
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
        List<OfdSignature> found = new ArrayList<>();
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
            SafeXml.parse(document, documentPath);
            String signatures = body.childText("Signatures");
            if (signatures == null || signatures.isEmpty()) {
                continue;
            }
            String signaturesPath = resolve("", signatures, "OFD.xml Signatures");
            byte[] list = pkg.entry(signaturesPath);
            if (list == null) {
                throw new OfdFormatException("OFD.xml: Signatures " + signaturesPath + " is missing from the package");
            }
            XmlElement root = SafeXml.parse(list, signaturesPath);
            for (XmlElement entry : root.children("Signature")) {
                found.add(signature(pkg, signaturesPath, entry));
            }
        }
        return found;
    }

    private static OfdSignature signature(OfdPackage pkg, String signaturesPath, XmlElement entry)
            throws OfdFormatException {
        String id = entry.attribute("ID") == null ? "?" : entry.attribute("ID");
        String type = entry.attribute("Type") == null ? "Seal" : entry.attribute("Type");
        List<String> problems = new ArrayList<>();
        String baseLoc = entry.attribute("BaseLoc");
        String path;
        try {
            path = OfdPaths.resolve(OfdPaths.directory(signaturesPath), baseLoc);
        } catch (OfdFormatException e) {
            problems.add(signaturesPath + " Signature " + id + " BaseLoc: " + e.getMessage());
            return new OfdSignature(id, type, "?", null, null, List.of(), null, null, problems);
        }
        byte[] xml = pkg.entry(path);
        if (xml == null) {
            problems.add(signaturesPath + " Signature " + id + ": " + path + " is missing from the package");
            return new OfdSignature(id, type, path, null, null, List.of(), null, null, problems);
        }
        XmlElement signature;
        try {
            signature = SafeXml.parse(xml, path);
        } catch (OfdFormatException e) {
            problems.add(e.getMessage());
            return new OfdSignature(id, type, path, xml, null, List.of(), null, null, problems);
        }
        String dir = OfdPaths.directory(path);
        XmlElement signedInfo = signature.child("SignedInfo");
        XmlElement refs = signedInfo == null ? null : signedInfo.child("References");
        String method = refs == null ? null : refs.attribute("CheckMethod");
        List<OfdSignature.Reference> references = new ArrayList<>();
        if (refs == null) {
            problems.add(path + ": SignedInfo/References is missing");
        } else {
            for (XmlElement ref : refs.children("Reference")) {
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
        return new OfdSignature(id, type, path, xml, method, references, signedValuePath, signedValue, problems);
    }

    private static String resolve(String base, String ref, String what) throws OfdFormatException {
        try {
            return OfdPaths.resolve(base, ref);
        } catch (OfdFormatException e) {
            throw new OfdFormatException(what + ": " + e.getMessage(), e);
        }
    }
}
