package org.bianmin.seal.internal.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

class PackageDigestsTest {
    private static final byte[] Z = new byte[32];

    @Test
    void filesHashedTogetherHaveTheDigestsOfEachAloneInTheOrderAsked() {
        Map<String, byte[]> files = files(3 * (int) PackageDigests.PARALLEL_BYTES, 7, 900);
        Map<String, String> digests = new PackageDigests().sm3All(files, null);
        assertEquals(List.copyOf(files.keySet()), List.copyOf(digests.keySet()));
        files.forEach((path, content) -> assertEquals(sm3(null, content), digests.get(path), path));
    }

    @Test
    void aZPrefixedDigestIsKeptApartFromThePlainOneOfTheSameFile() {
        Map<String, byte[]> files = files(2 * (int) PackageDigests.PARALLEL_BYTES, 40);
        PackageDigests digests = new PackageDigests();
        Map<String, String> plain = digests.sm3All(files, null);
        Map<String, String> prefixed = digests.sm3All(files, Z);
        files.forEach((path, content) -> {
            assertEquals(sm3(null, content), plain.get(path), path);
            assertEquals(sm3(Z, content), prefixed.get(path), path);
        });
        assertEquals(sm3(Z, files.get("/f1")), digests.sm3("/f1", Z, new byte[0]),
                "a digest already computed is not computed again");
    }

    @Test
    void smallFilesAndAnEmptyOneAreHashedToo() {
        Map<String, byte[]> files = files(0, 1, 10);
        Map<String, String> digests = new PackageDigests().sm3All(files, null);
        files.forEach((path, content) -> assertEquals(sm3(null, content), digests.get(path), path));
    }

    private static Map<String, byte[]> files(int... sizes) {
        Random random = new Random(sizes.length);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < sizes.length; i++) {
            byte[] content = new byte[sizes[i]];
            random.nextBytes(content);
            files.put("/f" + i, content);
        }
        return files;
    }

    /** SM3 straight from Bouncy Castle, one file at a time. */
    private static String sm3(byte[] prefix, byte[] content) {
        SM3Digest digest = new SM3Digest();
        if (prefix != null) {
            digest.update(prefix, 0, prefix.length);
        }
        digest.update(content, 0, content.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return Base64.getEncoder().encodeToString(out);
    }
}
