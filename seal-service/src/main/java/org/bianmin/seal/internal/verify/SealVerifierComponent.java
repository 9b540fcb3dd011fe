package org.bianmin.seal.internal.verify;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link SealVerifier} OSGi service. The seal registry (for SEAL_STATUS of this county's seals),
 * the deployment's trust anchors and the county CA's revocation list publisher (consulted in process
 * by SIGNER_REVOCATION and SEAL_MAKER_REVOCATION) are optional: without them, SEAL_STATUS is
 * NOT_APPLICABLE, the default policy has no anchor and only the policy's CRLs are consulted. Services
 * that arrive later are taken up (greedy references re-create the component); "now" comes from a
 * registered {@link TimeSource}.
 *
 * <p>Configuration (PID {@value #PID}, optional) adds to the default policy what the command line's
 * options give one verification: other CAs' trust anchors and seal makers, their revocation lists
 * from files or directories ({@link PolicyFiles}, read again when they change), and the revocation
 * policy (RFC 5280 §6.3; DSS's TRY_LATER for a list past its nextUpdate).
 */
@Component(service = SealVerifier.class, configurationPid = SealVerifierComponent.PID)
@Designate(ocd = SealVerifierComponent.Config.class)
public final class SealVerifierComponent implements SealVerifier {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.verifier";

    /** What the deployment's verifier trusts and consults beyond the county's own CA. */
    @ObjectClassDefinition(name = "Bianmin seal verifier",
            description = "Trust anchors, seal makers and certificate revocation lists of other CAs, and the"
                    + " revocation policy, for every verification the service makes.")
    public @interface Config {
        @AttributeDefinition(name = "Trust anchors", required = false,
                description = "Certificate files (PEM or DER) or directories of .pem/.crt/.cer/.der files: the roots"
                        + " of other counties' and provinces' seal CAs, trusted beside the county's own.")
        String[] trust_anchors() default {};

        @AttributeDefinition(name = "Seal makers", required = false,
                description = "Certificate files or directories of the seal makers allowed besides the county's.")
        String[] seal_makers() default {};

        @AttributeDefinition(name = "Revocation lists", required = false,
                description = "CRL files (PEM or DER) or directories of .pem/.crl/.der files, looked at again every"
                        + " 10 s and read again when they change.")
        String[] crl_paths() default {};

        @AttributeDefinition(name = "Fetch distribution points", required = false,
                description = "Also fetch the CRL a certificate names as its distribution point (HTTP, 3 s timeout,"
                        + " kept until its nextUpdate). Off by default: the addresses come from the certificates"
                        + " of the documents being verified, so the server would call out wherever they point.")
        boolean crl_fetch() default false;

        @AttributeDefinition(name = "Revocation required", required = false,
                description = "Without a current list of a certificate's issuer, revocation is INDETERMINATE"
                        + " rather than not applicable.")
        boolean revocation_required() default false;

        @AttributeDefinition(name = "Accept stale lists", required = false,
                description = "Use a list past its nextUpdate instead of answering INDETERMINATE (TRY_LATER).")
        boolean crl_stale_accepted() default false;
    }

    private final DefaultSealVerifier verifier;
    private final PolicyFiles files;
    private final Config config;

    @Activate
    public SealVerifierComponent(
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            SealRegistry registry,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TrustAnchors trustAnchors,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            RevocationListPublisher revocationLists,
            Config config) {
        TimeSource time = TimeSource.orSystem(clock);
        this.verifier = new DefaultSealVerifier(registry, revocationLists, trustAnchors, time, OfdLimits.DEFAULT);
        this.files = new PolicyFiles(paths(config.trust_anchors()), paths(config.seal_makers()),
                paths(config.crl_paths()), time);
        this.config = config;
    }

    private static List<Path> paths(String[] configured) {
        return configured == null ? List.of()
                : Arrays.stream(configured).filter(path -> !path.isBlank()).map(path -> Path.of(path.strip())).toList();
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
        return files.applyTo(verifier.defaultPolicy()).withRevocationListsFetched(config.crl_fetch())
                .withRevocationRequired(config.revocation_required())
                .withStaleRevocationListsAccepted(config.crl_stale_accepted());
    }
}
