package org.bianmin.seal.internal.ofd;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.bianmin.seal.internal.verify.SmCrypto;

/**
 * The digests of one package's files, each computed once per digest key (plain SM3, or SM3 with one
 * signer's Z prefix) however many References and signatures name the file.
 */
public final class PackageDigests {
    private final Map<String, String> digests = new HashMap<>();

    /** The base64 SM3 of {@code content} (at {@code path}), after {@code z} when not null. */
    public synchronized String sm3(String path, byte[] z, byte[] content) {
        String key = (z == null ? "" : SmCrypto.hex(z)) + '\u0000' + path;
        return digests.computeIfAbsent(key, k -> Base64.getEncoder().encodeToString(
                z == null ? SmCrypto.sm3(content) : SmCrypto.sm3(z, content)));
    }
}
