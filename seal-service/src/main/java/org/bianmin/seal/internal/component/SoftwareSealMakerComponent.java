package org.bianmin.seal.internal.component;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.persistence.MemoryOnlyKeys;
import org.bianmin.seal.internal.cli.TrustFiles;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.persistence.SealStorage;
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
 * The embedded default {@link SealMakerAuthority}: the county's software seal-maker CA (PID
 * {@code org.bianmin.seal.maker}), its issuing CA and maker keys in the registered
 * {@link SealKeyStore}, under the offline root whose certificate {@code root.certificate} names (the
 * {@code root-ca} ceremony, seal-service README). Without a root certificate it makes a root of its
 * own and keeps its key online: allowed beside an in-memory seal database, or when
 * {@code root.generate} says so (the demo); beside a persistent database the component otherwise
 * refuses to activate and is not registered, as the key components do ({@link MemoryOnlyKeys}).
 * Registered with {@code service.ranking=-100} so that a deployment's own CA wins.
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

        @AttributeDefinition(name = "Root certificate", description = "The PEM (or DER) file of the county's"
                + " offline root CA certificate, written by 'root-ca init'. Empty: a root made at first start whose"
                + " key stays online, allowed with an in-memory seal database or root.generate only.")
        String root_certificate() default "";

        @AttributeDefinition(name = "Make a root online (demo)", description = "Without a root certificate, make"
                + " one at first start and keep its key in the seal key store even beside a persistent database."
                + " For demonstrations only: the root key is then as exposed as the server.")
        boolean root_generate() default false;
    }

    private static final System.Logger LOG = System.getLogger(SoftwareSealMakerComponent.class.getName());

    private final SoftwareSealMakerAuthority authority;

    @Activate
    public SoftwareSealMakerComponent(@Reference SealStorage storage,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        String crlUrl = trimmed(config.crl_url());
        String rootFile = trimmed(config.root_certificate());
        if (rootFile.isEmpty() && !config.root_generate()) {
            requireRootOrMemoryDatabase(storage.store().databaseUrl());
        }
        try {
            this.authority = new SoftwareSealMakerAuthority(keys, config.authority_name(),
                    TimeSource.orSystem(clock), crlUrl.isEmpty() ? null : crlUrl(crlUrl),
                    rootFile.isEmpty() ? null : rootCertificate(rootFile));
        } catch (BianminException e) {
            LOG.log(Level.ERROR, "the seal maker (PID " + PID + ") does not start: " + e.getMessage());
            throw e;
        }
    }

    /**
     * Refuses, as {@link ErrorCode#CONFIGURATION_INVALID} logged as an error, a root made online beside
     * a database that outlives the process: every seal's certificate would then hang from a key the
     * server holds (safe-by-default: the root CA key is not an online key).
     */
    static void requireRootOrMemoryDatabase(String databaseUrl) {
        if (MemoryOnlyKeys.inMemoryDatabase(databaseUrl)) {
            return;
        }
        String refusal = "the seal maker (PID " + PID + ") has no root certificate configured, and the seal database"
                + " outlives the process: a root made online would keep the county's root key on the server. Run"
                + " the root CA ceremony (seal-service README, \"The root CA ceremony\": 'root-ca init' on an"
                + " offline machine, then 'root-ca request', 'root-ca issue' and 'root-ca install') and configure"
                + " root.certificate for PID " + PID + " with the root certificate it wrote; root.generate=true"
                + " makes a root online, for demonstrations only.";
        LOG.log(Level.ERROR, refusal);
        throw new BianminException(ErrorCode.CONFIGURATION_INVALID, refusal);
    }

    private static byte[] rootCertificate(String file) {
        List<byte[]> certificates;
        try {
            certificates = TrustFiles.readAll(List.of(Path.of(file)), "root certificate");
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "root.certificate for PID " + PID + ": "
                    + e.getMessage(), e);
        }
        if (certificates.size() != 1) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "root.certificate for PID " + PID + ": "
                    + file + " holds " + certificates.size() + " certificates, not the root's alone");
        }
        return certificates.get(0);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    private static URI crlUrl(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "crl.url is not a URL: " + e.getMessage(), e);
        }
    }

    /** The county CA behind this component, which also issues the county TSA's certificate. */
    public SoftwareSealMakerAuthority authority() {
        return authority;
    }

    /**
     * The county's software CA when it is the registered {@code authority}; null when a deployment's
     * own CA is, which then issues its own TSA certificate and revocation lists.
     */
    public static SoftwareSealMakerAuthority countyAuthority(SealMakerAuthority authority) {
        return authority instanceof SoftwareSealMakerComponent county ? county.authority() : null;
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
