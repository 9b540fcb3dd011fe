package org.bianmin.seal.internal.signing;

import java.util.Locale;
import java.util.function.Supplier;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.tsa.TimeStampTokenValidator;
import org.bianmin.seal.internal.tsa.VerifiedTimeStamp;
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;

/**
 * Puts an RFC 3161 time-stamp token over a new signature's value into its
 * {@code SES_Signature.timeStamp} (GB/T 38540-2020 §6.1), so that the signature can still be shown
 * to have existed while its seal and certificates were valid after they have expired (ETSI EN 319
 * 102-1 §5.6.2, proof of existence). The token comes from the registered {@link TimeStampSource}:
 * the county time-stamp authority in process, or an external one over HTTP.
 *
 * <p>When the source is unavailable ({@code TIMESTAMP_UNAVAILABLE}: none registered, unreachable,
 * timed out), {@link WhenUnavailable} decides: {@link WhenUnavailable#REFUSE} (the default: the
 * registry's seals are approval seals, whose signatures must outlive their certificates) fails the
 * use with {@code TIMESTAMP_UNAVAILABLE}; {@link WhenUnavailable#SIGN_WITHOUT} lets the signature
 * go without a token and says why, for the use register. A TSA that refuses
 * ({@code TIMESTAMP_REFUSED}) or answers with a token that does not check out
 * ({@code TIMESTAMP_INVALID}) always fails the use: that is a fault to repair, not an outage to ride out.
 */
public final class SignatureTimeStamper {
    /** What signing does when no time-stamp can be had. */
    public enum WhenUnavailable {
        /** Sign nothing and record nothing: the use fails with {@code TIMESTAMP_UNAVAILABLE}. */
        REFUSE,
        /** Sign without a time-stamp, and say so in the use register (用印登记). */
        SIGN_WITHOUT;

        /** The policy named {@code refuse} or {@code sign-without} (any case); fails with CONFIGURATION_INVALID. */
        public static WhenUnavailable parse(String name) {
            String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
            return switch (key) {
                case "refuse" -> REFUSE;
                case "sign-without" -> SIGN_WITHOUT;
                default -> throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "timestamp.unavailable is '"
                        + name + "'; it must be 'refuse' (no signature without a time-stamp) or 'sign-without'");
            };
        }
    }

    /**
     * A signature as it leaves the stamper.
     *
     * @param signature the SES_Signature, with its token when it got one
     * @param timeStamp what the token says, or null
     * @param missing   why there is no token (only under {@link WhenUnavailable#SIGN_WITHOUT}), or null
     */
    public record Stamped(SESSignature signature, VerifiedTimeStamp timeStamp, String missing) {
    }

    /** The longest reason the use register keeps. */
    static final int MAX_REASON = 500;

    private final Supplier<TimeStampSource> source;
    private final WhenUnavailable whenUnavailable;

    /**
     * @param source          gives the time-stamp source at each use, or null when none is registered
     * @param whenUnavailable what to do when no token can be had
     */
    public SignatureTimeStamper(Supplier<TimeStampSource> source, WhenUnavailable whenUnavailable) {
        this.source = Checks.required(source, "time-stamp source supplier");
        this.whenUnavailable = Checks.required(whenUnavailable, "policy when the TSA is unavailable");
    }

    /** A stamper that always asks {@code source} and refuses to sign when it cannot answer. */
    public static SignatureTimeStamper of(TimeStampSource source) {
        Checks.required(source, "time-stamp source");
        return new SignatureTimeStamper(() -> source, WhenUnavailable.REFUSE);
    }

    /**
     * {@code signature} with a token over SM3 of its signature value (the octets of the
     * {@code signature} BIT STRING), or without one when the source is unavailable and the policy
     * allows it.
     *
     * @throws BianminException TIMESTAMP_UNAVAILABLE (under {@link WhenUnavailable#REFUSE}),
     *                          TIMESTAMP_REFUSED or TIMESTAMP_INVALID
     */
    public Stamped stamp(SESSignature signature) {
        byte[] imprint = DocumentHash.sm3(signature.getSignatureValue());
        TimeStampSource tsa = source.get();
        byte[] token;
        try {
            if (tsa == null) {
                throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE, "no time-stamp authority is registered");
            }
            token = tsa.timeStamp(imprint);
        } catch (BianminException e) {
            if (e.code() != ErrorCode.TIMESTAMP_UNAVAILABLE) {
                throw new BianminException(e.code(), "the signature was not made, nothing was recorded: "
                        + e.getMessage(), e);
            }
            if (whenUnavailable == WhenUnavailable.REFUSE) {
                throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE, "no time-stamp for the signature ("
                        + e.getMessage() + "); nothing was signed or recorded. Try again when the time-stamp"
                        + " authority answers; only a deployment whose policy is timestamp.unavailable=sign-without"
                        + " signs without one", e);
            }
            String why = "signed without a time-stamp: " + e.getMessage();
            return new Stamped(signature, null, why.length() <= MAX_REASON ? why : why.substring(0, MAX_REASON));
        }
        VerifiedTimeStamp facts = TimeStampTokenValidator.imprinted(token, GMObjectIdentifiers.sm3, imprint);
        return new Stamped(signature.withTimeStamp(token), facts, null);
    }
}
