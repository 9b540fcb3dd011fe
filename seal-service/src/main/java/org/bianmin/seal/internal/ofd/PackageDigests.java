package org.bianmin.seal.internal.ofd;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.ReferenceFacts;
import org.bianmin.seal.internal.verify.SmCrypto;

/**
 * The digests of one package's files, each computed once per digest key (plain SM3, or SM3 with one
 * signer's Z prefix) however many References and signatures name the file; and the reference facts
 * of each Signature.xml, built once per digest key however many signatures share the file.
 */
public final class PackageDigests {
    private final Map<String, String> digests = new HashMap<>();
    private final Map<String, List<ReferenceFacts>> references = new HashMap<>();

    /** The base64 SM3 of {@code content} (at {@code path}), after {@code z} when not null. */
    public synchronized String sm3(String path, byte[] z, byte[] content) {
        String key = (z == null ? "" : SmCrypto.hex(z)) + '\u0000' + path;
        return digests.computeIfAbsent(key, k -> Base64.getEncoder().encodeToString(
                z == null ? SmCrypto.sm3(content) : SmCrypto.sm3(z, content)));
    }

    /**
     * The reference facts of the Signature.xml at {@code signatureXmlPath} under one digest key, built once
     * by {@code facts} however many Signatures.xml entries name that file.
     */
    public synchronized List<ReferenceFacts> references(String signatureXmlPath, byte[] z,
            Supplier<List<ReferenceFacts>> facts) {
        String key = (z == null ? "" : SmCrypto.hex(z)) + '\u0000' + signatureXmlPath;
        List<ReferenceFacts> known = references.get(key);
        if (known == null) {
            known = facts.get();
            references.put(key, known);
        }
        return known;
    }
}
