package org.bianmin.seal.internal.verify;

import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * Which certificates may make seals (GB/T 38540-2020 §7.3: a seal is made by a seal-making system
 * the verifier recognises): the maker certificates listed, or those carrying one of the purposes as
 * extended key usage (RFC 5280 §4.2.1.12) or certificate policy (§4.2.1.4). With neither, any maker
 * whose chain holds is allowed.
 */
public final class SealMakerRule {
    private final List<byte[]> makers;
    private final Set<String> purposes;

    SealMakerRule(List<byte[]> makers, Set<String> purposes) {
        this.makers = List.copyOf(makers);
        this.purposes = Set.copyOf(purposes);
    }

    /** What the rule says of one maker certificate. */
    public Role role(ParsedCertificate maker) {
        if (makers.isEmpty() && purposes.isEmpty()) {
            return Role.UNCONSTRAINED;
        }
        for (byte[] allowed : makers) {
            if (maker.sameAs(allowed)) {
                return Role.LISTED;
            }
        }
        Extensions extensions = maker.holder().getExtensions();
        ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(extensions);
        if (usage != null) {
            for (KeyPurposeId purpose : usage.getUsages()) {
                if (purposes.contains(purpose.getId())) {
                    return Role.PURPOSE;
                }
            }
        }
        CertificatePolicies policies = CertificatePolicies.fromExtensions(extensions);
        if (policies != null) {
            for (PolicyInformation policy : policies.getPolicyInformation()) {
                if (purposes.contains(policy.getPolicyIdentifier().getId())) {
                    return Role.PURPOSE;
                }
            }
        }
        return Role.NOT_ALLOWED;
    }

    /** What the rule says of one maker certificate. */
    public enum Role {
        /** No rule is configured. */
        UNCONSTRAINED,
        /** The certificate is one of the allowed makers. */
        LISTED,
        /** The certificate carries an allowed purpose. */
        PURPOSE,
        /** A rule is configured and the certificate meets neither part of it. */
        NOT_ALLOWED
    }
}
