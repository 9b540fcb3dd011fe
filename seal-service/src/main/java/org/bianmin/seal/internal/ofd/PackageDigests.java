package org.bianmin.seal.internal.ofd;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.ReferenceFacts;
import org.bianmin.seal.internal.verify.SmCrypto;

/**
 * The digests of one package's files (the CheckValues of GB/T 33190-2016 §18.2), each computed once
 * per digest key (plain SM3, or SM3 with one signer's Z prefix) however many References and
 * signatures name the file; and the reference facts of each Signature.xml, built once per digest key
 * however many signatures share the file.
 *
 * <p>SM3 of the files is most of the work of sealing or verifying a document. {@link #sm3All} hashes
 * the files of one signature together: on the calling thread when they are small, spread over the
 * common fork-join pool (with the calling thread taking part) when there is enough to hash that
 * handing files to another core pays ({@link #PARALLEL_BYTES}). The work is the same either way; on
 * an idle core it finishes sooner, on a busy server it runs where it would have run.
 */
public final class PackageDigests {
    /** Bytes to hash below which the files are hashed on the calling thread. */
    static final long PARALLEL_BYTES = 16 * 1024;

    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final Map<String, List<ReferenceFacts>> references = new ConcurrentHashMap<>();

    /** The base64 SM3 of {@code content} (at {@code path}), after {@code z} when not null. */
    public String sm3(String path, byte[] z, byte[] content) {
        return digests.computeIfAbsent(key(z, path), k -> digest(z, content));
    }

    /**
     * The base64 SM3 of each file of {@code files} (path → content, in the order to return them),
     * after {@code z} when not null.
     */
    public Map<String, String> sm3All(Map<String, byte[]> files, byte[] z) {
        List<Map.Entry<String, byte[]>> missing = new ArrayList<>();
        long bytes = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!digests.containsKey(key(z, file.getKey()))) {
                missing.add(file);
                bytes += file.getValue().length;
            }
        }
        var stream = missing.size() > 1 && bytes >= PARALLEL_BYTES ? missing.parallelStream() : missing.stream();
        stream.forEach(file -> digests.putIfAbsent(key(z, file.getKey()), digest(z, file.getValue())));
        Map<String, String> out = new LinkedHashMap<>();
        files.keySet().forEach(path -> out.put(path, digests.get(key(z, path))));
        return out;
    }

    /**
     * The reference facts of the Signature.xml at {@code signatureXmlPath} under one digest key, built once
     * by {@code facts} however many Signatures.xml entries name that file.
     */
    public List<ReferenceFacts> references(String signatureXmlPath, byte[] z, Supplier<List<ReferenceFacts>> facts) {
        return references.computeIfAbsent(key(z, signatureXmlPath), k -> facts.get());
    }

    private static String key(byte[] z, String path) {
        return (z == null ? "" : SmCrypto.hex(z)) + '\u0000' + path;
    }

    private static String digest(byte[] z, byte[] content) {
        return Base64.getEncoder().encodeToString(z == null ? SmCrypto.sm3(content) : SmCrypto.sm3(z, content));
    }
}
