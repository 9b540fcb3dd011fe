package org.bianmin.seal.internal.component;

import java.time.Instant;
import java.util.List;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The embedded default {@link SealMakerAuthority}: the county's software seal-maker CA, its keys in
 * the registered {@link SealKeyStore} (PID {@code org.bianmin.seal.maker}). Registered with
 * {@code service.ranking=-100} so that a deployment's own CA wins.
 */
@Component(service = SealMakerAuthority.class, configurationPid = SoftwareSealMakerComponent.PID,
        property = "service.ranking:Integer=-100")
@Designate(ocd = SoftwareSealMakerComponent.Config.class)
public class SoftwareSealMakerComponent implements SealMakerAuthority {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.maker";

    /** The name of the county's seal maker. */
    @ObjectClassDefinition(name = "Bianmin seal maker",
            description = "The county's seal maker (制章者) and its certificate authority.")
    public @interface Config {
        @AttributeDefinition(name = "Seal maker name", description = "Organisation name in the CA certificates.")
        String authority_name() default "泸定县电子印章制作中心";

        @AttributeDefinition(name = "CRL URL", description = "Where the county CA's CRL is served, named in every"
                + " certificate issued from now on (e.g. https://HOST/api/ca/crl); empty for none.")
        String crl_url() default "";
    }

    private final SoftwareSealMakerAuthority authority;

    @Activate
    public SoftwareSealMakerComponent(@Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        String crlUrl = config.crl_url() == null ? "" : config.crl_url().trim();
        this.authority = new SoftwareSealMakerAuthority(keys, config.authority_name(),
                clock == null ? TimeSource.system() : clock, crlUrl.isEmpty() ? null : crlUrl(crlUrl));
    }

    private static java.net.URI crlUrl(String text) {
        try {
            return new java.net.URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new org.bianmin.core.BianminException(org.bianmin.core.ErrorCode.CONFIGURATION_INVALID,
                    "crl.url is not a URL: " + e.getMessage(), e);
        }
    }

    /** The county CA behind this component, which also issues the county TSA's certificate. */
    public SoftwareSealMakerAuthority authority() {
        return authority;
    }

    @Override
    public byte[] issueSignerCertificate(String subjectName, byte[] publicKey, Instant notBefore, Instant notAfter) {
        return authority.issueSignerCertificate(subjectName, publicKey, notBefore, notAfter);
    }

    @Override
    public byte[] makerCertificate() {
        return authority.makerCertificate();
    }

    @Override
    public byte[] signSealInfo(byte[] sealInfo) {
        return authority.signSealInfo(sealInfo);
    }

    @Override
    public List<byte[]> caCertificates() {
        return authority.caCertificates();
    }
}
