package org.bianmin.seal.internal.tsa;

import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.internal.component.SoftwareSealMakerComponent;
import org.bianmin.seal.TimeStampAuthority;
import org.bianmin.seal.internal.persistence.SealStorage;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.bianmin.seal.spi.TimeStampSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The county time-stamp authority in process ({@link CountyTimeStampAuthority}, PID {@value #PID}):
 * the embedded default {@link TimeStampSource}, registered with {@code service.ranking=-100} so that
 * an external TSA ({@link HttpTimeStampSourceComponent}) wins when configured. Also registered as the
 * {@link TimeStampAuthority} that answers RFC 3161 requests (the REST endpoint {@code POST /api/tsa}).
 * Serial numbers come from the seal database's sequence; the key and certificate from
 * {@link CountyTsaCertificate}.
 */
@Component(service = {TimeStampSource.class, TimeStampAuthority.class},
        configurationPid = CountyTimeStampAuthorityComponent.PID, property = "service.ranking:Integer=-100")
@Designate(ocd = CountyTimeStampAuthorityComponent.Config.class)
public class CountyTimeStampAuthorityComponent implements TimeStampSource, TimeStampAuthority {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.tsa";

    /** The TSA's name, key, policy and accuracy. */
    @ObjectClassDefinition(name = "Bianmin county time-stamp authority",
            description = "RFC 3161 time-stamps signed SM3withSM2 by the county TSA key.")
    public @interface Config {
        @AttributeDefinition(name = "TSA name", description = "Common name in the TSA certificate.")
        String tsa_name() default "泸定县时间戳服务";

        @AttributeDefinition(name = "Key alias", description = "Alias of the TSA key in the seal key store.")
        String key_alias() default CountyTsaCertificate.ALIAS;

        @AttributeDefinition(name = "Policy OID", description = "TSA policy named in every token (RFC 3161 policy).")
        String policy_oid() default TimeStampPolicy.DEFAULT_POLICY;

        @AttributeDefinition(name = "Accuracy (ms)", description = "Stated accuracy of genTime, 1..999999 ms.")
        int accuracy_millis() default 1000;

        @AttributeDefinition(name = "Accept SHA-256", description = "Time-stamp SHA-256 imprints besides SM3.")
        boolean accept_sha256() default true;
    }

    private final CountyTimeStampAuthority authority;

    @Activate
    public CountyTimeStampAuthorityComponent(@Reference SealStorage storage,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealMakerAuthority makerAuthority,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        TimeSource time = clock == null ? TimeSource.system() : clock;
        byte[] certificate = CountyTsaCertificate.provision(keys, config.key_alias(),
                makerAuthority instanceof SoftwareSealMakerComponent county ? county.authority() : null,
                config.tsa_name(), time);
        this.authority = new CountyTimeStampAuthority(keys, config.key_alias(), certificate,
                new TimeStampPolicy(config.policy_oid(), config.accuracy_millis(), config.accept_sha256()),
                storage.store()::nextTimeStampSerial, time);
    }

    @Override
    public byte[] timeStamp(byte[] sm3Imprint) {
        return authority.timeStamp(sm3Imprint);
    }

    @Override
    public byte[] respond(byte[] request) {
        return authority.respond(request);
    }

    @Override
    public byte[] certificate() {
        return authority.certificate();
    }
}
