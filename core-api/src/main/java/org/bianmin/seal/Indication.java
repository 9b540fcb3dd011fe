package org.bianmin.seal;

/**
 * The overall verdict on one signature or seal (验证结论), in the vocabulary of ETSI EN 319 102-1
 * §5.1.3 as used by the EU's DSS.
 */
public enum Indication {
    /** Every check the policy requires passed. */
    TOTAL_PASSED,
    /** A check established that the signature or seal is not valid. */
    TOTAL_FAILED,
    /** The checks could not decide (e.g. no trust anchor, no proof of existence). */
    INDETERMINATE
}
