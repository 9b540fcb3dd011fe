package org.bianmin.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each {@code with…} method changes its own part of the policy and keeps every other: a policy
 * derived in any order judges as it was told (an evidence record or a list handed in before the
 * validation time is set stays handed in).
 */
class ValidationPolicyTest {
    private static final byte[] ANCHOR = {0x30, 1};
    private static final byte[] MAKER = {0x30, 2};
    private static final byte[] CRL = {0x30, 3};
    private static final byte[] RECORD = {0x30, 4};
    private static final Instant AT = Instant.parse("2040-01-01T00:00:00Z");
    private static final String PURPOSE = "1.2.156.112562.3.1";

    private static final Map<String, UnaryOperator<ValidationPolicy>> WITHERS = Map.of(
            "severity", policy -> policy.withSeverity(CheckId.TIMESTAMP, CheckSeverity.WARN),
            "trust anchors", policy -> policy.withTrustAnchors(List.of(ANCHOR)),
            "seal makers", policy -> policy.withSealMakers(List.of(MAKER)),
            "seal-maker purpose", policy -> policy.withSealMakerPurpose(PURPOSE),
            "validation time", policy -> policy.withValidationTime(AT),
            "revocation lists", policy -> policy.withRevocationLists(List.of(CRL)),
            "stale lists accepted", policy -> policy.withStaleRevocationListsAccepted(true),
            "revocation required", policy -> policy.withRevocationRequired(true),
            "lists fetched", policy -> policy.withRevocationListsFetched(true),
            "evidence records", policy -> policy.withEvidenceRecords(List.of(RECORD)));

    @Test
    void everyWitherKeepsWhatTheOthersSet() {
        for (String last : WITHERS.keySet()) {
            ValidationPolicy policy = ValidationPolicy.defaults();
            for (Map.Entry<String, UnaryOperator<ValidationPolicy>> wither : WITHERS.entrySet()) {
                if (!wither.getKey().equals(last)) {
                    policy = wither.getValue().apply(policy);
                }
            }
            assertEverythingSet(WITHERS.get(last).apply(policy), last);
        }
    }

    @Test
    void theDefaultsSetNothing() {
        ValidationPolicy policy = ValidationPolicy.defaults();
        assertEquals(CheckSeverity.FAIL, policy.severity(CheckId.TIMESTAMP));
        assertTrue(policy.trustAnchors().isEmpty() && policy.sealMakers().isEmpty()
                && policy.revocationLists().isEmpty() && policy.evidenceRecords().isEmpty());
        assertEquals(AT, policy.validationTimeOr(AT));
        assertTrue(!policy.staleRevocationListsAccepted() && !policy.revocationRequired()
                && !policy.revocationListsFetched() && !policy.constrainsSealMakers());
    }

    private static void assertEverythingSet(ValidationPolicy policy, String last) {
        String after = " after " + last + " was set last";
        assertEquals(CheckSeverity.WARN, policy.severity(CheckId.TIMESTAMP), "severity" + after);
        assertArrayEquals(ANCHOR, only(policy.trustAnchors()), "trust anchors" + after);
        assertArrayEquals(MAKER, only(policy.sealMakers()), "seal makers" + after);
        assertEquals(List.of(PURPOSE), policy.sealMakerPurposes(), "seal-maker purposes" + after);
        assertEquals(AT, policy.validationTime(), "validation time" + after);
        assertArrayEquals(CRL, only(policy.revocationLists()), "revocation lists" + after);
        assertTrue(policy.staleRevocationListsAccepted(), "stale lists accepted" + after);
        assertTrue(policy.revocationRequired(), "revocation required" + after);
        assertTrue(policy.revocationListsFetched(), "lists fetched" + after);
        assertArrayEquals(RECORD, only(policy.evidenceRecords()), "evidence records" + after);
    }

    private static byte[] only(List<byte[]> values) {
        assertEquals(1, values.size(), () -> values.size() + " values");
        return values.get(0);
    }
}
