package org.bianmin.seal.internal.tsa;

import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;

/**
 * What the county time-stamp authority states in every token and what it accepts: the TSA policy
 * under which it issues (RFC 3161 §2.4.2 {@code policy}, RFC 3628), the accuracy of its clock
 * ({@code accuracy}) and the hash algorithms of the message imprints it time-stamps.
 *
 * @param policyOid      the TSA policy OID every token names
 * @param accuracyMillis how far genTime may be from UTC, in milliseconds (1..999,999)
 * @param acceptSha256   whether SHA-256 imprints are accepted besides SM3 (GB/T 32905)
 */
public record TimeStampPolicy(String policyOid, int accuracyMillis, boolean acceptSha256) {
    /**
     * The project's OID arc, a UUID OID (ITU-T X.667 §6.3, {@code 2.25.<UUID as integer>}), which
     * needs no registration and belongs to whoever made the UUID.
     */
    public static final String PROJECT_ARC = "2.25.197664210784682284155138454103881827247";
    /** The default TSA policy, version 1 of the county's time-stamping policy: {@code PROJECT_ARC.1.1}. */
    public static final String DEFAULT_POLICY = PROJECT_ARC + ".1.1";
    /** The default: the project policy, one second, SM3 and SHA-256 imprints. */
    public static final TimeStampPolicy DEFAULT = new TimeStampPolicy(DEFAULT_POLICY, 1000, true);

    public TimeStampPolicy {
        oid(policyOid);
        if (accuracyMillis < 1 || accuracyMillis > 999_999) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the TSA accuracy must be 1..999999 ms, not " + accuracyMillis);
        }
    }

    /** The policy as an OID. */
    public ASN1ObjectIdentifier policy() {
        return oid(policyOid);
    }

    /** The TSA policy OID written as {@code text}; fails with {@code CONFIGURATION_INVALID}. */
    public static ASN1ObjectIdentifier oid(String text) {
        ASN1ObjectIdentifier oid = text == null ? null : ASN1ObjectIdentifier.tryFromID(text);
        if (oid == null) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the TSA policy must be an OID such as " + DEFAULT_POLICY + ", not '" + text + "'");
        }
        return oid;
    }

    /** The imprint algorithms accepted: SM3, and SHA-256 when allowed. */
    public Set<ASN1ObjectIdentifier> imprintAlgorithms() {
        return acceptSha256 ? Set.of(GMObjectIdentifiers.sm3, NISTObjectIdentifiers.id_sha256)
                : Set.of(GMObjectIdentifiers.sm3);
    }
}
