package org.bianmin.seal.internal.ofd;

import java.util.List;

/**
 * One signature of an OFD document as its Signature.xml describes it (GB/T 33190-2016 §18).
 *
 * @param id              the ID in Signatures.xml
 * @param type            "Seal" (an SES_Signature; the default) or "Sign" (GB/T 35275 SignedData)
 * @param signatureXmlPath the normalised path of Signature.xml (what dataHash covers)
 * @param signatureXml    its bytes
 * @param checkMethod     the References' CheckMethod as written
 * @param references      the protected files with their CheckValue
 * @param signedValuePath the normalised path of SignedValue.dat, null when not given
 * @param signedValue     its bytes, null when missing
 * @param problems        structural problems found reading this signature's files
 * @param viewerParts     the files a viewer reads to draw the signed document, which References should cover
 * @param unprotected     the viewer parts no Reference covers, sorted (GB/T 33190-2016 §18.2)
 */
public record OfdSignature(String id, String type, String signatureXmlPath, byte[] signatureXml, String checkMethod,
        List<Reference> references, String signedValuePath, byte[] signedValue, List<String> problems,
        ViewerParts viewerParts, List<String> unprotected) {
    public OfdSignature {
        references = List.copyOf(references);
        problems = List.copyOf(problems);
        unprotected = List.copyOf(unprotected);
    }

    /** The same signature listed again under another ID of Signatures.xml (its files read once). */
    public OfdSignature listedAs(String otherId, String otherType) {
        return new OfdSignature(otherId, otherType, signatureXmlPath, signatureXml, checkMethod, references,
                signedValuePath, signedValue, problems, viewerParts, unprotected);
    }

    /** Whether the signed value is a GB/T 35275 SignedData (Type="Sign"). */
    public boolean isSignedData() {
        return "Sign".equalsIgnoreCase(type);
    }

    /**
     * One Reference: a file of the package and its digest.
     *
     * @param fileRef    the FileRef as written
     * @param path       the normalised path, null when the FileRef is not a valid path
     * @param checkValue the CheckValue (base64)
     * @param content    the file's bytes, null when missing
     */
    public record Reference(String fileRef, String path, String checkValue, byte[] content) {
    }
}
