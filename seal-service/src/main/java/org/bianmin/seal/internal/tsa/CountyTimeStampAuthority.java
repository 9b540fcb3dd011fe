package org.bianmin.seal.internal.tsa;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.TimeStampAuthority;
import org.bianmin.seal.internal.component.SoftwareSealMakerComponent;
import org.bianmin.seal.internal.keys.KeyStoreContentSigner;
import org.bianmin.seal.internal.persistence.SealStorage;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The county time-stamp authority (时间戳服务机构): answers RFC 3161 requests (§2.4.1) with responses
 * (§2.4.2) whose tokens are signed SM3withSM2 by the TSA key in the {@link SealKeyStore}. The key
 * never leaves the store: the CMS signature is made through {@link KeyStoreContentSigner}.
 *
 * <p>Every token carries a serial number from a database sequence (unique across the nodes sharing
 * the database), genTime from the {@link TimeSource}, the configured accuracy and policy, the
 * request's nonce, and, in its signed attributes, an ESSCertIDv2 with the SM3 hash of the TSA
 * certificate (RFC 5816 §2.2.1). Only the imprint algorithms of the {@link TimeStampPolicy} are
 * accepted; any other is refused with status rejection and failInfo badAlg; a request that cannot be
 * parsed with badDataFormat; a request for another policy with unacceptedPolicy (RFC 3161 §2.4.2).
 *
 * <p>In OSGi it is its own component (PID {@value #PID}): the embedded default
 * {@link TimeStampSource}, registered with {@code service.ranking=-100} so that an external TSA
 * ({@link HttpTimeStampSource}) wins when configured, and the {@link TimeStampAuthority} that answers
 * RFC 3161 requests (the REST endpoint {@code POST /api/tsa}). Serial numbers come from the seal
 * database's sequence; the key and certificate from {@link CountyTsaCertificate}.
 */
@Component(service = {TimeStampSource.class, TimeStampAuthority.class},
        configurationPid = CountyTimeStampAuthority.PID, property = "service.ranking:Integer=-100")
@Designate(ocd = CountyTimeStampAuthority.Config.class)
public final class CountyTimeStampAuthority implements TimeStampSource, TimeStampAuthority {
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

    private static final DigestCalculatorProvider DIGESTS = new BcDigestCalculatorProvider();

    private final SealKeyStore keys;
    private final String alias;
    private final X509CertificateHolder certificate;
    private final TimeStampPolicy policy;
    private final LongSupplier serials;
    private final TimeSource clock;

    /**
     * @param alias       the key-store alias of the TSA key
     * @param certificate the TSA certificate (DER) of that key, with the critical extended key usage
     *                    timeStamping (RFC 3161 §2.3)
     * @param serials     the source of serial numbers, e.g. the database sequence
     */
    public CountyTimeStampAuthority(SealKeyStore keys, String alias, byte[] certificate, TimeStampPolicy policy,
            LongSupplier serials, TimeSource clock) {
        this.keys = Checks.required(keys, "key store");
        this.alias = Checks.required(alias, "TSA key alias");
        this.certificate = TimeStampTokens.certificate(Checks.bytes(certificate, "TSA certificate"));
        TimeStampTokens.requireTimeStampingPurpose(this.certificate, ErrorCode.CONFIGURATION_INVALID);
        this.policy = Checks.required(policy, "time-stamp policy");
        this.serials = Checks.required(serials, "serial numbers");
        this.clock = Checks.required(clock, "time source");
    }

    /** The component in OSGi: its key and certificate provisioned in the key store on first start. */
    @Activate
    public CountyTimeStampAuthority(@Reference SealStorage storage,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealMakerAuthority makerAuthority,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        this(keys, config.key_alias(), CountyTsaCertificate.provision(keys, config.key_alias(),
                SoftwareSealMakerComponent.countyAuthority(makerAuthority),
                config.tsa_name(), TimeSource.orSystem(clock)),
                new TimeStampPolicy(config.policy_oid(), config.accuracy_millis(), config.accept_sha256()),
                storage.store()::nextTimeStampSerial, TimeSource.orSystem(clock));
    }

    /** The TSA certificate (DER). */
    @Override
    public byte[] certificate() {
        return TimeStampTokens.encoded(certificate);
    }

    /**
     * The DER {@code TimeStampResp} to a DER {@code TimeStampReq}: granted with a token, or a
     * rejection naming why (badAlg, badDataFormat, unacceptedPolicy, unacceptedExtension).
     */
    @Override
    public byte[] respond(byte[] request) {
        try {
            TimeStampRequest parsed;
            try {
                parsed = new TimeStampRequest(Checks.bytes(request, "time-stamp request"));
            } catch (IOException | IllegalArgumentException | ClassCastException e) {
                return responseGenerator().generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
                        "not a DER TimeStampReq (RFC 3161 section 2.4.1)").getEncoded();
            }
            return respond(parsed).getEncoded();
        } catch (TSPException | IOException e) {
            throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE,
                    "the county TSA cannot make a response: " + e.getMessage(), e);
        }
    }

    /** A token over an SM3 imprint, through the same request and response as a remote client's. */
    @Override
    public byte[] timeStamp(byte[] sm3Imprint) {
        TimeStampExchange exchange = TimeStampExchange.forSm3(sm3Imprint, policy.policy());
        return exchange.token(respond(exchange.request()), certificate);
    }

    private TimeStampResponse respond(TimeStampRequest request) throws TSPException {
        BigInteger serial = BigInteger.valueOf(serials.getAsLong());
        Date genTime = Date.from(clock.now());
        return responseGenerator().generate(request, serial, genTime);
    }

    private TimeStampResponseGenerator responseGenerator() throws TSPException {
        return new TimeStampResponseGenerator(tokenGenerator(), policy.imprintAlgorithms(), Set.of(policy.policy()));
    }

    /** A fresh generator: its signer buffers what it signs, so each response has its own. */
    private TimeStampTokenGenerator tokenGenerator() throws TSPException {
        try {
            var signer = new SignerInfoGeneratorBuilder(DIGESTS)
                    .build(new KeyStoreContentSigner(keys, alias), certificate);
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(signer,
                    DIGESTS.get(new AlgorithmIdentifier(GMObjectIdentifiers.sm3)), policy.policy());
            int seconds = policy.accuracyMillis() / 1000;
            int millis = policy.accuracyMillis() % 1000;
            if (seconds > 0) {
                generator.setAccuracySeconds(seconds);
            }
            if (millis > 0) {
                generator.setAccuracyMillis(millis);
            }
            generator.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
            generator.addCertificates(new CollectionStore<>(List.of(certificate)));
            return generator;
        } catch (OperatorCreationException e) {
            throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE,
                    "the county TSA cannot sign: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the TSA certificate cannot sign time-stamps: " + e.getMessage(), e);
        }
    }
}
