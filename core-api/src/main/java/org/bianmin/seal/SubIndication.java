package org.bianmin.seal;

/**
 * Why a signature is not {@link Indication#TOTAL_PASSED}, in the vocabulary of ETSI EN 319 102-1
 * §5.1.3 (table 5) as listed in the project's seal-format notes.
 */
public enum SubIndication {
    /** The ASN.1, the version or the container (OFD package, XML) is malformed. */
    FORMAT_FAILURE,
    /** The dataHash, or an OFD reference digest, does not match the protected data. */
    HASH_FAILURE,
    /** The signing signature or the seal maker's signature does not verify. */
    SIG_CRYPTO_FAILURE,
    /** The signer's certificate is not among those the seal allows (its certList). */
    NO_SIGNING_CERTIFICATE_FOUND,
    /** No path from the certificate to a configured trust anchor. */
    NO_CERTIFICATE_CHAIN_FOUND,
    /** The chain violates a constraint (key usage, CA flag, an invalid certificate signature). */
    CHAIN_CONSTRAINTS_FAILURE,
    /** Revoked (or suspended) before the time of signing. */
    REVOKED,
    /** Revoked after the claimed signing time, but no proof that the signature existed before. */
    REVOKED_NO_POE,
    /** The certificate or seal had expired at the time established for signing. */
    EXPIRED,
    /** The certificate or seal was not yet valid at the time established for signing. */
    NOT_YET_VALID,
    /** Outside its validity at the validation time, and no proof of existence from a time within it. */
    OUT_OF_BOUNDS_NO_POE,
    /** Validated as of a past time, and no proof (time-stamp, use record) that the signature existed by then. */
    NO_POE,
    /**
     * No current status is at hand — the registry could not be reached, no current CRL of the issuer (or
     * one past its nextUpdate), a certificate on hold (suspended) — try again later.
     */
    TRY_LATER,
    /** A part the signature protects is missing from the package. */
    SIGNED_DATA_NOT_FOUND,
    /**
     * Not in ETSI EN 319 102-1: a part of an OFD document that a viewer draws is not protected by the
     * signature, so it may have been changed or added after signing.
     */
    UNSIGNED_CONTENT
}
