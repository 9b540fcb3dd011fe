package org.bianmin.seal.internal.tsa;

import java.math.BigInteger;
import java.time.Instant;

/**
 * What a fully validated time-stamp token says (RFC 3161 §2.4.2 {@code TSTInfo}).
 *
 * @param genTime the time at which the TSA states the imprinted data existed
 * @param serial  the token's serial number, unique for its TSA
 * @param policy  the TSA policy OID under which it was issued
 * @param nonce   the nonce of the request, or {@code null} when the request had none
 */
public record VerifiedTimeStamp(Instant genTime, BigInteger serial, String policy, BigInteger nonce) {
}
