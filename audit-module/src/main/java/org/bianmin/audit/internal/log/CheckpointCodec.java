package org.bianmin.audit.internal.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.json.CanonicalJson;
import org.bianmin.audit.internal.json.JsonFormatException;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.core.BianminException;

/**
 * What a checkpoint's SM2 signature covers, and how a checkpoint is written in the export. The
 * signed bytes are four UTF-8 lines, each ending in a line feed:
 *
 * <pre>
 * bianmin-audit-checkpoint/1
 * &lt;tree size, decimal&gt;
 * &lt;root hash, base64&gt;
 * &lt;time, yyyy-MM-ddTHH:mm:ss.ffffffZ&gt;
 * </pre>
 */
public final class CheckpointCodec {
    /** The first line of the signed bytes. */
    public static final String SIGNED_HEADER = "bianmin-audit-checkpoint/1";

    private CheckpointCodec() {
    }

    /** The bytes the audit key signs for a checkpoint (RFC 9162 §4.10 tree head, in this layout). */
    public static byte[] signedBytes(long treeSize, byte[] rootHash, Instant time) {
        String text = SIGNED_HEADER + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n"
                + LogTime.format(time) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes signed for {@code checkpoint}. */
    public static byte[] signedBytes(Checkpoint checkpoint) {
        return signedBytes(checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.time());
    }

    /** The key identifier: lowercase hex SM3 of the SubjectPublicKeyInfo. */
    public static String keyId(byte[] publicKey) {
        return HexFormat.of().formatHex(new Sm3Hasher().digest(publicKey));
    }

    /** The checkpoint as a JSON object (base64 for bytes). */
    public static Map<String, Object> toJson(Checkpoint checkpoint) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("keyId", checkpoint.keyId());
        fields.put("rootHash", Base64.getEncoder().encodeToString(checkpoint.rootHash()));
        fields.put("signature", Base64.getEncoder().encodeToString(checkpoint.signature()));
        fields.put("time", LogTime.format(checkpoint.time()));
        fields.put("treeSize", checkpoint.treeSize());
        return fields;
    }

    /** A checkpoint's canonical JSON text. */
    public static String toText(Checkpoint checkpoint) {
        return CanonicalJson.write(toJson(checkpoint));
    }

    /** Reads a checkpoint from its JSON object; fails with {@link JsonFormatException} naming the problem. */
    public static Checkpoint fromJson(Object json) {
        if (!(json instanceof Map<?, ?> map)) {
            throw new JsonFormatException("a checkpoint must be a JSON object", 0);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        try {
            return new Checkpoint(EntryCodec.number(fields, "treeSize"), base64(fields, "rootHash"),
                    LogTime.parse(EntryCodec.text(fields, "time")), EntryCodec.text(fields, "keyId"),
                    base64(fields, "signature"));
        } catch (IllegalArgumentException | BianminException e) {
            throw new JsonFormatException("checkpoint: " + e.getMessage(), 0);
        }
    }

    private static byte[] base64(Map<String, Object> fields, String name) {
        try {
            return Base64.getDecoder().decode(EntryCodec.text(fields, name));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("member \"" + name + "\" is not base64", 0);
        }
    }
}
