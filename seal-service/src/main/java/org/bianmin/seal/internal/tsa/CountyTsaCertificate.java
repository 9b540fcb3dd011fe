package org.bianmin.seal.internal.tsa;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.spi.SealKeyStore;

/**
 * The county TSA's key and certificate in the key store: on first start a new SM2 key under the
 * alias and a certificate for it issued by the county CA (the one that issues the seal makers' and
 * signers' certificates), valid five years; on later starts the stored certificate. A deployment
 * whose CA is not the embedded one stores its TSA certificate under the alias itself.
 */
public final class CountyTsaCertificate {
    /** The default key-store alias of the TSA key. */
    public static final String ALIAS = "county-tsa";

    private CountyTsaCertificate() {
    }

    /**
     * The certificate (DER) of the TSA key under {@code alias}, made now if there is none.
     *
     * @param issuer the county CA, or {@code null} when the deployment's CA is not the embedded one
     * @param name   the TSA's common name, e.g. 泸定县时间戳服务
     */
    public static byte[] provision(SealKeyStore keys, String alias, SoftwareSealMakerAuthority issuer, String name,
            TimeSource clock) {
        synchronized (keys) {
            if (keys.contains(alias) && keys.certificate(alias).isPresent()) {
                return keys.certificate(alias).get();
            }
            if (issuer == null) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the key store has no TSA certificate"
                        + " under " + alias + " and the seal-maker authority is not the embedded county CA:"
                        + " store a certificate with the critical extended key usage timeStamping under " + alias);
            }
            byte[] publicKey = keys.contains(alias) ? keys.publicKey(alias) : keys.generate(alias);
            Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
            byte[] certificate = issuer.issueTimeStampingCertificate(name, publicKey, now.minus(Duration.ofHours(1)),
                    now.plus(Duration.ofDays(5 * 366)));
            keys.storeCertificate(alias, certificate);
            return certificate;
        }
    }
}
