package org.bianmin.seal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * How signatures are judged (验证策略): the severity of each check, the trust anchors (DER
 * certificates of the roots, or of the very certificates one chooses to trust), which
 * certificates may make seals, the certificate revocation lists (证书撤销列表) to consult, and the
 * validation time. Immutable; derive variants with the {@code with…} methods.
 *
 * @param severities        per check; a check not in the map is {@link CheckSeverity#FAIL}
 * @param trustAnchors      trusted certificates, DER
 * @param validationTime    when to evaluate validity; null means "now" at each verification
 * @param sealMakers        the seal makers' (制章者) certificates, DER, that may make seals; with
 *                          {@code sealMakerPurposes}, the seal-maker rule of SEAL_MAKER_CHAIN
 * @param sealMakerPurposes OIDs of which a maker certificate may carry one, as extended key usage or
 *                          certificate policy, instead of being listed; both empty: any certificate
 *                          that chains to an anchor may make seals
 * @param revocationLists   RFC 5280 CRLs, DER, consulted by SIGNER_REVOCATION and SEAL_MAKER_REVOCATION
 *                          besides the registry's own list (since package version 1.6.0)
 * @param staleRevocationListsAccepted whether a CRL past its nextUpdate at the validation time is
 *                          still used (otherwise the check is INDETERMINATE, TRY_LATER)
 * @param revocationRequired whether a certificate for which no CRL is available makes the check
 *                          INDETERMINATE (TRY_LATER) rather than NOT_APPLICABLE
 * @param revocationListsFetched whether the verifier fetches the CRL named by a certificate's CRL
 *                          distribution point (RFC 5280 §4.2.1.13) over HTTP
 * @param evidenceRecords   RFC 4998 evidence records (归档时间戳证据记录), DER, each the proof of existence of
 *                          the signature whose SM3 hash it covers, judged by EVIDENCE_RECORD (since
 *                          package version 1.9.0)
 */
public record ValidationPolicy(Map<CheckId, CheckSeverity> severities, List<byte[]> trustAnchors,
        Instant validationTime, List<byte[]> sealMakers, List<String> sealMakerPurposes,
        List<byte[]> revocationLists, boolean staleRevocationListsAccepted, boolean revocationRequired,
        boolean revocationListsFetched, List<byte[]> evidenceRecords) {
    public ValidationPolicy {
        EnumMap<CheckId, CheckSeverity> copy = new EnumMap<>(CheckId.class);
        if (severities != null) {
            severities.forEach((id, severity) -> copy.put(Checks.required(id, "check id"),
                    Checks.required(severity, "severity of " + id)));
        }
        severities = Collections.unmodifiableMap(copy);
        trustAnchors = Checks.byteArrays(trustAnchors, "trust anchors");
        sealMakers = Checks.byteArrays(sealMakers, "seal makers");
        List<String> purposes = new ArrayList<>();
        for (String oid : sealMakerPurposes == null ? List.<String>of() : sealMakerPurposes) {
            if (oid == null || !oid.matches("[0-2](\\.(0|[1-9][0-9]*))+")) {
                throw BianminException.invalid("a seal-maker purpose must be an OID such as "
                        + "1.2.156.112562.3.1, got '" + oid + "'");
            }
            purposes.add(oid);
        }
        sealMakerPurposes = List.copyOf(purposes);
        revocationLists = Checks.byteArrays(revocationLists, "certificate revocation lists");
        evidenceRecords = Checks.byteArrays(evidenceRecords, "evidence records");
    }

    /** A policy that hands in no evidence record. */
    public ValidationPolicy(Map<CheckId, CheckSeverity> severities, List<byte[]> trustAnchors,
            Instant validationTime, List<byte[]> sealMakers, List<String> sealMakerPurposes,
            List<byte[]> revocationLists, boolean staleRevocationListsAccepted, boolean revocationRequired,
            boolean revocationListsFetched) {
        this(severities, trustAnchors, validationTime, sealMakers, sealMakerPurposes, revocationLists,
                staleRevocationListsAccepted, revocationRequired, revocationListsFetched, List.of());
    }

    /** A policy that consults no configured CRL (only the registry's own, when there is one). */
    public ValidationPolicy(Map<CheckId, CheckSeverity> severities, List<byte[]> trustAnchors,
            Instant validationTime, List<byte[]> sealMakers, List<String> sealMakerPurposes) {
        this(severities, trustAnchors, validationTime, sealMakers, sealMakerPurposes, List.of(), false, false, false);
    }

    /** A policy without a seal-maker rule. */
    public ValidationPolicy(Map<CheckId, CheckSeverity> severities, List<byte[]> trustAnchors,
            Instant validationTime) {
        this(severities, trustAnchors, validationTime, List.of(), List.of());
    }

    /** {@code before}, then {@code more} (null: nothing more); an empty entry in {@code more} is refused. */
    private static List<byte[]> plus(List<byte[]> before, List<byte[]> more, String field) {
        List<byte[]> all = new ArrayList<>(before);
        all.addAll(Checks.list(more, field));
        return all;
    }

    /**
     * Every check FAIL, no trust anchor, no seal-maker rule, no configured CRL (a fresh one required
     * when used; none available: revocation not applicable), validation at the current time.
     */
    public static ValidationPolicy defaults() {
        return new ValidationPolicy(Map.of(), List.of(), null);
    }

    /** The severity of a check. */
    public CheckSeverity severity(CheckId id) {
        return severities.getOrDefault(id, CheckSeverity.FAIL);
    }

    /** Copies of the trusted certificates, DER. */
    @Override
    public List<byte[]> trustAnchors() {
        return Checks.byteArrays(trustAnchors, "trust anchors");
    }

    /** Copies of the certificates allowed to make seals, DER. */
    @Override
    public List<byte[]> sealMakers() {
        return Checks.byteArrays(sealMakers, "seal makers");
    }

    /** Copies of the configured certificate revocation lists, DER. */
    @Override
    public List<byte[]> revocationLists() {
        return Checks.byteArrays(revocationLists, "certificate revocation lists");
    }

    /** Copies of the evidence records handed in, DER. */
    @Override
    public List<byte[]> evidenceRecords() {
        return Checks.byteArrays(evidenceRecords, "evidence records");
    }

    /**
     * This policy with the given RFC 4998 evidence records (DER) handed in besides any before: a
     * record proves the existence of the signature whose SM3 hash its first reduced hash tree holds,
     * at its first archive time-stamp's genTime, when its time-stamps check out under this policy's
     * trust anchors (check EVIDENCE_RECORD); a record of another signature is not consulted for it.
     *
     * @since package version 1.9.0
     */
    public ValidationPolicy withEvidenceRecords(List<byte[]> more) {
        return new ValidationPolicy(severities, trustAnchors, validationTime, sealMakers, sealMakerPurposes,
                revocationLists, staleRevocationListsAccepted, revocationRequired, revocationListsFetched,
                plus(evidenceRecords, more, "evidence records"));
    }

    /** Whether the policy says which certificates may make seals. */
    public boolean constrainsSealMakers() {
        return !sealMakers.isEmpty() || !sealMakerPurposes.isEmpty();
    }

    /** This policy with one check's severity changed. */
    public ValidationPolicy withSeverity(CheckId id, CheckSeverity severity) {
        EnumMap<CheckId, CheckSeverity> copy = new EnumMap<>(CheckId.class);
        copy.putAll(severities);
        copy.put(Checks.required(id, "check id"), Checks.required(severity, "severity"));
        return new ValidationPolicy(copy, trustAnchors, validationTime, sealMakers, sealMakerPurposes, revocationLists,
                staleRevocationListsAccepted, revocationRequired, revocationListsFetched, evidenceRecords);
    }

    /** This policy with the given trust anchors added. */
    public ValidationPolicy withTrustAnchors(List<byte[]> more) {
        return new ValidationPolicy(severities, plus(trustAnchors, more, "trust anchors"), validationTime, sealMakers,
                sealMakerPurposes, revocationLists, staleRevocationListsAccepted, revocationRequired,
                revocationListsFetched, evidenceRecords);
    }

    /** This policy with the given seal makers' certificates (DER) allowed to make seals, besides any before. */
    public ValidationPolicy withSealMakers(List<byte[]> more) {
        return new ValidationPolicy(severities, trustAnchors, validationTime, plus(sealMakers, more, "seal makers"),
                sealMakerPurposes, revocationLists, staleRevocationListsAccepted, revocationRequired,
                revocationListsFetched, evidenceRecords);
    }

    /**
     * This policy with certificates that carry {@code oid} — as extended key usage or certificate policy,
     * as a CA marks its seal makers — allowed to make seals, besides any before.
     */
    public ValidationPolicy withSealMakerPurpose(String oid) {
        List<String> all = new ArrayList<>(sealMakerPurposes);
        all.add(oid);
        return new ValidationPolicy(severities, trustAnchors, validationTime, sealMakers, all, revocationLists,
                staleRevocationListsAccepted, revocationRequired, revocationListsFetched, evidenceRecords);
    }

    /** This policy evaluated at {@code time} instead of "now". */
    public ValidationPolicy withValidationTime(Instant time) {
        return new ValidationPolicy(severities, trustAnchors, Checks.required(time, "validation time"), sealMakers,
                sealMakerPurposes, revocationLists, staleRevocationListsAccepted, revocationRequired,
                revocationListsFetched, evidenceRecords);
    }

    /**
     * This policy with the given certificate revocation lists (RFC 5280 §5, DER) consulted besides any
     * before. A list is used for a certificate only when its issuer named the certificate's issuer and
     * its SM3withSM2 signature verifies with that issuer's key.
     *
     * @since package version 1.6.0
     */
    public ValidationPolicy withRevocationLists(List<byte[]> more) {
        return new ValidationPolicy(severities, trustAnchors, validationTime, sealMakers, sealMakerPurposes,
                plus(revocationLists, more, "certificate revocation lists"), staleRevocationListsAccepted,
                revocationRequired, revocationListsFetched, evidenceRecords);
    }

    /**
     * This policy using (true) or refusing (false, the default) a CRL whose nextUpdate has passed at the
     * validation time.
     *
     * @since package version 1.6.0
     */
    public ValidationPolicy withStaleRevocationListsAccepted(boolean accepted) {
        return new ValidationPolicy(severities, trustAnchors, validationTime, sealMakers, sealMakerPurposes,
                revocationLists, accepted, revocationRequired, revocationListsFetched, evidenceRecords);
    }

    /**
     * This policy with a certificate for which no CRL is available judged INDETERMINATE (true) or its
     * revocation check NOT_APPLICABLE (false, the default).
     *
     * @since package version 1.6.0
     */
    public ValidationPolicy withRevocationRequired(boolean required) {
        return new ValidationPolicy(severities, trustAnchors, validationTime, sealMakers, sealMakerPurposes,
                revocationLists, staleRevocationListsAccepted, required, revocationListsFetched, evidenceRecords);
    }

    /**
     * This policy with the verifier fetching (true) or not (false, the default) the CRL that a
     * certificate names as its CRL distribution point, over HTTP with a short timeout; the lists
     * fetched are kept until their nextUpdate, and a list that cannot be fetched is simply not at hand.
     *
     * @since package version 1.6.0
     */
    public ValidationPolicy withRevocationListsFetched(boolean fetched) {
        return new ValidationPolicy(severities, trustAnchors, validationTime, sealMakers, sealMakerPurposes,
                revocationLists, staleRevocationListsAccepted, revocationRequired, fetched, evidenceRecords);
    }

    /** The time to evaluate at: the configured one, or {@code now}. */
    public Instant validationTimeOr(Instant now) {
        return validationTime != null ? validationTime : now;
    }
}
