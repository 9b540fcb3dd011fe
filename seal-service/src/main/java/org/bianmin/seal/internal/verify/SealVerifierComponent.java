package org.bianmin.seal.internal.verify;

import java.io.InputStream;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.RevocationListPublisher;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.spi.TrustAnchors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link SealVerifier} OSGi service. The seal registry (for SEAL_STATUS of this county's seals),
 * the deployment's trust anchors and the county CA's revocation list publisher (consulted in process
 * by SIGNER_REVOCATION and SEAL_MAKER_REVOCATION) are optional: without them, SEAL_STATUS is
 * NOT_APPLICABLE, the default policy has no anchor and only the policy's CRLs are consulted. Services
 * that arrive later are taken up (greedy references re-create the component); "now" comes from a
 * registered {@link TimeSource}.
 */
@Component(service = SealVerifier.class)
public final class SealVerifierComponent implements SealVerifier {
    private final DefaultSealVerifier verifier;

    @Activate
    public SealVerifierComponent(
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            SealRegistry registry,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TrustAnchors trustAnchors,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            RevocationListPublisher revocationLists) {
        this.verifier = new DefaultSealVerifier(registry, revocationLists, trustAnchors,
                clock == null ? TimeSource.system() : clock, OfdLimits.DEFAULT);
    }

    @Override
    public VerificationReport verifyDetached(byte[] signature, InputStream document, ValidationPolicy policy) {
        return verifier.verifyDetached(signature, document, policy);
    }

    @Override
    public VerificationReport verifyOfd(InputStream ofd, ValidationPolicy policy) {
        return verifier.verifyOfd(ofd, policy);
    }

    @Override
    public VerificationReport verifySeal(byte[] seal, ValidationPolicy policy) {
        return verifier.verifySeal(seal, policy);
    }

    @Override
    public ValidationPolicy defaultPolicy() {
        return verifier.defaultPolicy();
    }
}
