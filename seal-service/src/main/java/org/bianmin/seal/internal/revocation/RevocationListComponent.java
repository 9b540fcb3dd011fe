package org.bianmin.seal.internal.revocation;

import java.time.Duration;
import java.time.Instant;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.RevocationListPublisher;
import org.bianmin.seal.internal.component.SoftwareSealMakerComponent;
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
 * The {@link RevocationListPublisher} service of the county's software CA (PID {@value #PID}): its
 * issuing CA key, in the seal key store, signs the lists that {@link RevocationListIssuer} builds from the
 * registry. A deployment's own CA ({@link SealMakerAuthority} other than the county's) publishes its
 * own lists; this component then refuses to start, saying so.
 */
@Component(service = RevocationListPublisher.class, configurationPid = RevocationListComponent.PID)
@Designate(ocd = RevocationListComponent.Config.class)
public final class RevocationListComponent implements RevocationListPublisher {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.crl";

    /** How long each list stands. */
    @ObjectClassDefinition(name = "Bianmin county CA revocation list",
            description = "RFC 5280 CRLs of the signer certificates of revoked and suspended seals.")
    public @interface Config {
        @AttributeDefinition(name = "Validity (hours)", description = "Time from thisUpdate to nextUpdate, 1..168.")
        int validity_hours() default 24;
    }

    private final RevocationListIssuer issuer;

    @Activate
    public RevocationListComponent(@Reference SealStorage storage,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealMakerAuthority authority,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        SoftwareSealMakerAuthority county = SoftwareSealMakerComponent.countyAuthority(authority);
        if (county == null) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the seal maker authority is "
                    + authority.getClass().getName() + ", not the county's software CA: its own CA publishes its"
                    + " revocation lists");
        }
        if (config.validity_hours() < 1 || config.validity_hours() > 168) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "validity.hours is "
                    + config.validity_hours() + "; a CRL stands 1 to 168 hours");
        }
        this.issuer = new RevocationListIssuer(storage.store(), keys, SoftwareSealMakerAuthority.ISSUING_ALIAS,
                county.issuingCertificate(), TimeSource.orSystem(clock),
                Duration.ofHours(config.validity_hours()));
    }

    @Override
    public byte[] currentList() {
        return issuer.currentList();
    }

    @Override
    public byte[] currentList(Instant asOf) {
        return issuer.currentList(asOf);
    }
}
