package org.bianmin.audit.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.audit.internal.merkle.ProofOutcome;
import org.bianmin.audit.internal.merkle.ProofVerifier;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.junit.jupiter.api.Test;

/** The worked example of the module README: three entries, their hashes and two proofs. */
class WorkedExampleTest {
    static final List<String> LINES = List.of(
            EntryCodec.line(0, Instant.parse("2026-11-26T09:30:00Z"), "county.admin.li", "SEAL_ACTIVATED",
                    "LD-SEAL-0001", EntryCodec.payload(Map.of())),
            EntryCodec.line(1, Instant.parse("2026-11-26T09:31:00.25Z"), "township.clerk.wang", "SEAL_USED",
                    "LD-SEAL-0001", EntryCodec.payload(Map.of("site", "兴隆镇", "document", "approval-0042"))),
            EntryCodec.line(2, Instant.parse("2026-11-26T09:40:00Z"), "county.admin.li", "SEAL_SUSPENDED",
                    "LD-SEAL-0001", EntryCodec.payload(Map.of("reason", "lost"))));

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theReadmeShowsTheseValues() {
        assertEquals("{\"actor\":\"township.clerk.wang\",\"payload\":{\"document\":\"approval-0042\",\"site\":\"兴隆镇\"},"
                + "\"sequence\":1,\"subject\":\"LD-SEAL-0001\",\"time\":\"2026-11-26T09:31:00.250000Z\","
                + "\"type\":\"SEAL_USED\"}", LINES.get(1));
        Sm3Hasher hasher = new Sm3Hasher();
        MemoryTree tree = new MemoryTree();
        for (String line : LINES) {
            tree.append(hasher.leaf(line.getBytes(StandardCharsets.UTF_8)));
        }
        String[] leaves = LINES.stream().map(line -> HEX.formatHex(hasher.leaf(line.getBytes(StandardCharsets.UTF_8))))
                .toArray(String[]::new);
        String root2 = HEX.formatHex(tree.root(2));
        String root3 = HEX.formatHex(tree.root(3));
        InclusionProof inclusion = new InclusionProof(1, 3, tree.proofs().inclusion(1, 3));
        ConsistencyProof consistency = new ConsistencyProof(2, 3, tree.proofs().consistency(2, 3));
        assertEquals(List.of("fbfdfe6655a0d837744dbc776c77b0a44a3d60c9136cc7333a338f9f9bba2eca",
                "639c8d760459ea7ab07f6c3adb6be5e65339b6148eb2ff91402505c2ea8d6132",
                "61908b4c424e08bd7f48a6e0669cb147ba4182337b5e32c7cd48c558d9c76fe7"), List.of(leaves));
        assertEquals("cb0afa952994fd28b6e6854222f061df91549f2fb30106bd897f0d3da41a5d4a", root2);
        assertEquals("f15cadd34bf192894eca3fa0ce5d7e0905fe7882df2ecba3fa2968497ae8dfe4", root3);
        assertEquals("{\"inclusionProof\":{\"entry\":" + LINES.get(1) + ",\"leafIndex\":1,\"path\":["
                + "\"+/3+ZlWg2Dd0Tbx3bHewpEo9YMkTbMczOjOPn5u6Lso=\",\"YZCLTEJOCL1/SKbgZpyxR7pBgjN7XjLHzUjFWNnHb+c=\"],"
                + "\"treeSize\":3}}", ProofCodec.write(inclusion, LINES.get(1)));
        assertEquals("{\"consistencyProof\":{\"fromSize\":2,\"path\":[\"YZCLTEJOCL1/SKbgZpyxR7pBgjN7XjLHzUjFWNnHb+c=\"],"
                + "\"toSize\":3}}", ProofCodec.write(consistency));
        // inclusion of entry 1 in 3: [leaf 0, leaf 2]; consistency 2 → 3: [leaf 2]
        assertEquals(List.of(leaves[0], leaves[2]), inclusion.path().stream().map(HEX::formatHex).toList());
        assertEquals(List.of(leaves[2]), consistency.path().stream().map(HEX::formatHex).toList());
        assertEquals(root2, HEX.formatHex(hasher.node(HEX.parseHex(leaves[0]), HEX.parseHex(leaves[1]))));
        assertEquals(root3, HEX.formatHex(hasher.node(HEX.parseHex(root2), HEX.parseHex(leaves[2]))));
        assertEquals(ProofOutcome.VALID, new ProofVerifier(hasher).inclusion(1, 3, HEX.parseHex(leaves[1]),
                inclusion.path(), tree.root(3)));
        assertEquals(ProofOutcome.VALID, new ProofVerifier(hasher).consistency(2, 3, tree.root(2), tree.root(3),
                consistency.path()));
    }
}
