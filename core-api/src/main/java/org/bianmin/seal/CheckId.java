package org.bianmin.seal;

/**
 * The checks a verification runs, with stable ids (they appear in JSON reports and policies).
 * The order is the order of the report and of precedence when several checks fail.
 */
public enum CheckId {
    /** The structure parses: ASN.1 (GB/T 38540 §5–6, GM/T 0031), OFD package (GB/T 33190 §7.4). */
    FORMAT,
    /** The signing signature over TBS_Sign verifies with the signer's certificate (GB/T 38540 §7.2). */
    SIGNATURE_INTACT,
    /** dataHash matches the protected data; for OFD every Reference's CheckValue too (GB/T 33190 §18). */
    DATA_INTACT,
    /** For OFD: every file a viewer reads to draw the pages is covered by a Reference (GB/T 33190 §18.2). */
    DATA_COVERAGE,
    /** The seal maker's signature over the seal verifies (GB/T 38540 §7.3). */
    SEAL_INTACT,
    /** The signer's certificate is in the seal's certList (GB/T 38540 §5.4, §7.3). */
    SIGNER_AUTHORIZED,
    /** The time of signing lies within the seal's validStart–validEnd (GB/T 38540 §7.3). */
    SEAL_VALIDITY,
    /** The signer's certificate is valid at the time of signing (RFC 5280 §6.1.3). */
    SIGNER_CERT_VALIDITY,
    /** The signer's certificate chains to a trust anchor, with key usage (RFC 5280 §6). */
    SIGNER_CHAIN,
    /**
     * The signer's certificate is not revoked or on hold, by a current CRL of its issuer (RFC 5280 §6.3).
     *
     * @since package version 1.6.0
     */
    SIGNER_REVOCATION,
    /** The seal maker's certificate chains to a trust anchor, with key usage (RFC 5280 §6). */
    SEAL_MAKER_CHAIN,
    /**
     * The seal maker's certificate is not revoked or on hold, by a current CRL of its issuer (RFC 5280 §6.3).
     *
     * @since package version 1.6.0
     */
    SEAL_MAKER_REVOCATION,
    /** For a seal of this registry: neither revoked nor suspended at the time of signing. */
    SEAL_STATUS,
    /** The RFC 3161 timestamp token, when present: imprint over the signature and TSA chain. */
    TIMESTAMP,
    /**
     * An RFC 4998 evidence record the policy hands in for this signature, when there is one: its
     * first reduced hash tree leads from the SM3 hash of the signature to the first archive
     * time-stamp's imprint (§4.3), every archive time-stamp is valid and by a trusted time-stamp
     * authority, and each renewal covers the time-stamp before it (§5.2, §5.3). One that passes
     * proves the signature existed at the first archive time-stamp's genTime, long after every
     * certificate involved has expired.
     *
     * @since package version 1.9.0
     */
    EVIDENCE_RECORD
}
