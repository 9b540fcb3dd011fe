package org.bianmin.audit.internal.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.log.ProofCodec.OfflineClaim;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.audit.internal.note.CheckpointText;
import org.bianmin.audit.internal.note.NoteFormatException;
import org.bianmin.audit.internal.note.SignedNote;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Checks the RFC 3161 time-stamp token of an offline proof's checkpoint against the TSA (or CA)
 * certificates the auditor trusts, one step after another:
 * <ol>
 *   <li>the token is a DER {@code TimeStampToken} (RFC 3161 §2.4.2): else {@code TIMESTAMP_MALFORMED};</li>
 *   <li>the note it stamps is the proof's checkpoint (size and root), and its message imprint is
 *       SM3 (GB/T 32905) of that note's text: else {@code TIMESTAMP_IMPRINT_MISMATCH};</li>
 *   <li>its signer's certificate is a trusted certificate, or issued and signed by one, and is
 *       valid at {@code genTime}: else {@code TIMESTAMP_NOT_TRUSTED};</li>
 *   <li>that certificate has the critical extended key usage id-kp-timeStamping alone (RFC 3161
 *       §2.3): else {@code TIMESTAMP_CERT_PURPOSE};</li>
 *   <li>its key verifies the token's SignerInfo, which names it (ESSCertID/ESSCertIDv2, RFC 5816):
 *       else {@code TIMESTAMP_SIGNATURE_INVALID}.</li>
 * </ol>
 * A proof without a token fails with {@code TIMESTAMP_MISSING} when a stamp is required, and is not
 * checked otherwise. The passed check reports the token's {@code genTime} and its TSA.
 */
public final class TimeStampCheck {
    private static final Provider BC = new BouncyCastleProvider();

    private final List<X509CertificateHolder> trusted;
    private final boolean required;

    /** A check that trusts the certificates {@code trusted} and, when {@code required}, fails a proof without a stamp. */
    public TimeStampCheck(List<X509CertificateHolder> trusted, boolean required) {
        this.trusted = List.copyOf(trusted);
        this.required = required;
    }

    /** The check's name for the checkpoint of {@code checkpoint}. */
    public static String name(Checkpoint checkpoint) {
        return "checkpoint-timestamp[size=" + checkpoint.treeSize() + "]";
    }

    /** The result for {@code claim}'s stamp; none when it has none and none is required. */
    public List<AuditCheckResult> check(OfflineClaim claim) {
        String name = name(claim.checkpoint());
        if (claim.checkpointTimeStamp() == null) {
            return required ? List.of(AuditCheckResult.failed(name, Reason.TIMESTAMP_MISSING,
                    "the proof carries no time-stamp of its checkpoint, and one is required")) : List.of();
        }
        return List.of(check(name, claim));
    }

    private AuditCheckResult check(String name, OfflineClaim claim) {
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(claim.checkpointTimeStamp()));
        } catch (Exception e) {
            return AuditCheckResult.failed(name, Reason.TIMESTAMP_MALFORMED, String.valueOf(e.getMessage()));
        }
        TimeStampTokenInfo info = token.getTimeStampInfo();
        String imprintProblem = imprintProblem(claim, info);
        if (imprintProblem != null) {
            return AuditCheckResult.failed(name, Reason.TIMESTAMP_IMPRINT_MISMATCH, imprintProblem);
        }
        X509CertificateHolder tsa = signer(token);
        if (tsa == null) {
            return AuditCheckResult.failed(name, Reason.TIMESTAMP_NOT_TRUSTED, "the token's signer is neither a trusted"
                    + " certificate nor carried in the token");
        }
        if (!chained(tsa, info)) {
            return AuditCheckResult.failed(name, Reason.TIMESTAMP_NOT_TRUSTED, "the TSA certificate " + tsa.getSubject()
                    + " is not a trusted certificate nor issued by one, valid at genTime " + info.getGenTime().toInstant());
        }
        if (!timeStampingAlone(tsa)) {
            return AuditCheckResult.failed(name, Reason.TIMESTAMP_CERT_PURPOSE, "the TSA certificate " + tsa.getSubject()
                    + " lacks the critical extended key usage id-kp-timeStamping alone");
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(tsa));
        } catch (Exception e) {
            return AuditCheckResult.failed(name, Reason.TIMESTAMP_SIGNATURE_INVALID, "the token is not signed by "
                    + tsa.getSubject() + ": " + e.getMessage());
        }
        return AuditCheckResult.passed(name, "genTime " + info.getGenTime().toInstant() + " by " + tsa.getSubject()
                + ", serial " + info.getSerialNumber());
    }

    /** Why the token does not stamp the proof's checkpoint note, or null when it does. */
    private static String imprintProblem(OfflineClaim claim, TimeStampTokenInfo info) {
        if (claim.checkpointNote() == null) {
            return "the proof carries no checkpoint note for the time-stamp to cover";
        }
        String text;
        try {
            text = SignedNote.parse(claim.checkpointNote()).text();
            CheckpointText body = CheckpointText.parse(text);
            Checkpoint checkpoint = claim.checkpoint();
            if (body.treeSize() != checkpoint.treeSize()
                    || !MessageDigest.isEqual(body.rootHash(), checkpoint.rootHash())) {
                return "the time-stamped note is of a tree of " + body.treeSize() + " entries with another root,"
                        + " not the proof's checkpoint";
            }
        } catch (NoteFormatException e) {
            return "the checkpoint note cannot be read: " + e.getMessage();
        }
        byte[] expected = new Sm3Hasher().digest(text.getBytes(StandardCharsets.UTF_8));
        if (!GMObjectIdentifiers.sm3.equals(info.getMessageImprintAlgOID())
                || !MessageDigest.isEqual(expected, info.getMessageImprintDigest())) {
            return "the token stamps " + HexFormat.of().formatHex(info.getMessageImprintDigest()) + " ("
                    + info.getMessageImprintAlgOID() + "), not SM3 of this checkpoint's note, "
                    + HexFormat.of().formatHex(expected);
        }
        return null;
    }

    /** The certificate the token's SignerInfo names: carried in the token, or one of the trusted. */
    @SuppressWarnings("unchecked")
    private X509CertificateHolder signer(TimeStampToken token) {
        List<X509CertificateHolder> candidates = new ArrayList<>((Collection<X509CertificateHolder>)
                token.getCertificates().getMatches(token.getSID()));
        trusted.stream().filter(token.getSID()::match).forEach(candidates::add);
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** Whether {@code tsa} is trusted, or signed by a trusted certificate that names it, both valid at genTime. */
    private boolean chained(X509CertificateHolder tsa, TimeStampTokenInfo info) {
        if (!tsa.isValidOn(info.getGenTime())) {
            return false;
        }
        if (trusted.contains(tsa)) {
            return true;
        }
        for (X509CertificateHolder issuer : trusted) {
            if (issuer.getSubject().equals(tsa.getIssuer()) && issuer.isValidOn(info.getGenTime())) {
                try {
                    if (tsa.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC).build(issuer))) {
                        return true;
                    }
                } catch (Exception e) {
                    // another issuer of the same name may verify it
                }
            }
        }
        return false;
    }

    private static boolean timeStampingAlone(X509CertificateHolder tsa) {
        Extension extension = tsa.getExtension(Extension.extendedKeyUsage);
        if (extension == null || !extension.isCritical()) {
            return false;
        }
        KeyPurposeId[] purposes = ExtendedKeyUsage.getInstance(extension.getParsedValue()).getUsages();
        return purposes.length == 1 && purposes[0].equals(KeyPurposeId.id_kp_timeStamping);
    }
}
