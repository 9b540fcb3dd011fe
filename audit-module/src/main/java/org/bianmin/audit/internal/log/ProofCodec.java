package org.bianmin.audit.internal.log;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.json.CanonicalJson;
import org.bianmin.audit.internal.json.JsonFormatException;
import org.bianmin.audit.internal.json.RawJson;

/**
 * Proof files for the offline verifier, canonical JSON objects:
 * {@code {"inclusionProof":{"entry":{…entry…},"leafIndex":m,"path":[base64…],"treeSize":n}}} and
 * {@code {"consistencyProof":{"fromSize":m,"path":[base64…],"toSize":n}}} (read also without the
 * wrapping object, as the REST API writes it), and the offline proof of
 * one entry, which carries the checkpoint it leads to:
 * {@code {"offlineProof":{"checkpoint":{…checkpoint…},"checkpointNote":"…signed note…","checkpointTimeStamp":"base64…","inclusionProof":{…as above…}}}}
 * ({@code checkpointNote}, the checkpoint as a signed note with its cosignatures, may be absent;
 * {@code checkpointTimeStamp}, the RFC 3161 token over SM3 of the note's text, needs the note and may
 * be absent too). Sizes and
 * indexes are read as written, even when they cannot form a proof, so that the verifier can say so.
 */
public final class ProofCodec {
    /** The members of a bare consistency proof, as the REST API writes one. */
    private static final Set<String> CONSISTENCY_MEMBERS = Set.of("fromSize", "path", "toSize");

    private ProofCodec() {
    }

    /** An inclusion proof as read from a file, with the entry it proves. */
    public record InclusionClaim(String entryLine, long leafIndex, long treeSize, List<byte[]> path) {
    }

    /** A consistency proof as read from a file. */
    public record ConsistencyClaim(long fromSize, long toSize, List<byte[]> path) {
    }

    /**
     * An offline proof as read from a file: an inclusion proof, the checkpoint it leads to, that
     * checkpoint's signed note with its cosignatures (null in a file written before notes existed),
     * and the note's time-stamp token, DER (null when the checkpoint was not stamped).
     */
    public record OfflineClaim(Checkpoint checkpoint, InclusionClaim inclusion, String checkpointNote,
            byte[] checkpointTimeStamp) {
    }

    /** The file text of an inclusion proof for the entry whose canonical line is {@code entryLine}. */
    public static String write(InclusionProof proof, String entryLine) {
        return CanonicalJson.write(Map.of("inclusionProof", inclusion(proof, entryLine)));
    }

    /**
     * The file text of an offline proof: the entry whose canonical line is {@code entryLine}, its
     * inclusion proof and the checkpoint of the proof's tree.
     */
    public static String write(InclusionProof proof, String entryLine, Checkpoint checkpoint) {
        return CanonicalJson.write(Map.of("offlineProof", Map.of("checkpoint", CheckpointCodec.toJson(checkpoint),
                "inclusionProof", inclusion(proof, entryLine))));
    }

    /**
     * The same, with the checkpoint's signed note and its cosignatures as the member
     * {@code checkpointNote}, and its time-stamp token (DER, or null for none) as {@code checkpointTimeStamp}.
     */
    public static String write(InclusionProof proof, String entryLine, Checkpoint checkpoint, String checkpointNote,
            byte[] checkpointTimeStamp) {
        Map<String, Object> offline = new TreeMap<>();
        offline.put("checkpoint", CheckpointCodec.toJson(checkpoint));
        offline.put("checkpointNote", checkpointNote);
        if (checkpointTimeStamp != null) {
            offline.put("checkpointTimeStamp", Base64.getEncoder().encodeToString(checkpointTimeStamp));
        }
        offline.put("inclusionProof", inclusion(proof, entryLine));
        return CanonicalJson.write(Map.of("offlineProof", offline));
    }

    private static Map<String, Object> inclusion(InclusionProof proof, String entryLine) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("entry", new RawJson(entryLine));
        fields.put("leafIndex", proof.leafIndex());
        fields.put("path", encode(proof.path()));
        fields.put("treeSize", proof.treeSize());
        return fields;
    }

    /** The file text of a consistency proof. */
    public static String write(ConsistencyProof proof) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("fromSize", proof.fromSize());
        fields.put("path", encode(proof.path()));
        fields.put("toSize", proof.toSize());
        return CanonicalJson.write(Map.of("consistencyProof", fields));
    }

    /** Reads a proof file: an {@link InclusionClaim}, a {@link ConsistencyClaim} or an {@link OfflineClaim}. */
    @SuppressWarnings("unchecked")
    public static Object read(String text) {
        Map<String, Object> outer = CanonicalJson.parseObject(text.strip());
        if (outer.size() == 1 && outer.get("inclusionProof") instanceof Map<?, ?> proof) {
            return inclusion((Map<String, Object>) proof);
        }
        if (outer.size() == 1 && outer.get("offlineProof") instanceof Map<?, ?> offline
                && offline.get("inclusionProof") instanceof Map<?, ?> proof && offlineMembers(offline)) {
            return new OfflineClaim(CheckpointCodec.fromJson(offline.get("checkpoint")),
                    inclusion((Map<String, Object>) proof), (String) offline.get("checkpointNote"),
                    offline.containsKey("checkpointTimeStamp") ? token(offline.get("checkpointTimeStamp")) : null);
        }
        if (outer.size() == 1 && outer.get("consistencyProof") instanceof Map<?, ?> proof) {
            return consistency((Map<String, Object>) proof);
        }
        if (outer.keySet().equals(CONSISTENCY_MEMBERS)) {
            return consistency(outer);
        }
        throw new JsonFormatException("a proof file holds one \"inclusionProof\", \"consistencyProof\" or"
                + " \"offlineProof\" object", 0);
    }

    /** Checkpoint and inclusion proof, then a note, then a time-stamp, which needs the note. */
    private static boolean offlineMembers(Map<?, ?> offline) {
        boolean note = offline.get("checkpointNote") instanceof String;
        boolean stamp = offline.get("checkpointTimeStamp") instanceof String;
        return offline.size() == 2 || offline.size() == 3 && note || offline.size() == 4 && note && stamp;
    }

    private static byte[] token(Object member) {
        try {
            return Base64.getDecoder().decode((String) member);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("member \"checkpointTimeStamp\" must be a base64 time-stamp token", 0);
        }
    }

    private static ConsistencyClaim consistency(Map<String, Object> fields) {
        return new ConsistencyClaim(signed(fields, "fromSize"), signed(fields, "toSize"), decode(fields.get("path")));
    }

    private static InclusionClaim inclusion(Map<String, Object> fields) {
        if (!(fields.get("entry") instanceof Map)) {
            throw new JsonFormatException("an inclusion proof names its entry as a JSON object", 0);
        }
        return new InclusionClaim(CanonicalJson.write(fields.get("entry")), signed(fields, "leafIndex"),
                signed(fields, "treeSize"), decode(fields.get("path")));
    }

    private static long signed(Map<String, Object> fields, String name) {
        if (!(fields.get(name) instanceof Long value)) {
            throw new JsonFormatException("member \"" + name + "\" must be an integer", 0);
        }
        return value;
    }

    private static List<String> encode(List<byte[]> path) {
        return path.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    private static List<byte[]> decode(Object path) {
        if (!(path instanceof List<?> items)) {
            throw new JsonFormatException("member \"path\" must be an array of base64 hashes", 0);
        }
        List<byte[]> hashes = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text)) {
                throw new JsonFormatException("member \"path\" must be an array of base64 hashes", 0);
            }
            try {
                hashes.add(Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException("a path hash is not base64", 0);
            }
        }
        return hashes;
    }
}
