package org.bianmin.seal.internal.tsa;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.internal.cli.TrustFiles;
import org.bianmin.seal.spi.TimeStampSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * An external TSA over HTTP as the {@link TimeStampSource} ({@link HttpTimeStampSource}, PID
 * {@value #PID}). Created only when configured; then it outranks the county TSA in process.
 */
@Component(service = TimeStampSource.class, configurationPid = HttpTimeStampSourceComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HttpTimeStampSourceComponent.Config.class)
public class HttpTimeStampSourceComponent implements TimeStampSource {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.tsa.client";

    /** Where the external TSA is, whom to trust, and how long to wait. */
    @ObjectClassDefinition(name = "Bianmin external time-stamp authority",
            description = "An RFC 3161 time-stamp authority reached over HTTP.")
    public @interface Config {
        @AttributeDefinition(name = "URL", description = "The TSA's http(s) URL.")
        String url();

        @AttributeDefinition(name = "TSA certificate", description = "File with the TSA's certificate, PEM or DER.")
        String tsa_certificate_path();

        @AttributeDefinition(name = "Connect timeout (ms)")
        int connect_timeout_millis() default 5000;

        @AttributeDefinition(name = "Read timeout (ms)", description = "Time allowed for the whole response.")
        int read_timeout_millis() default 10000;

        @AttributeDefinition(name = "Retries", description = "Further attempts after an unavailable TSA, 0..10.")
        int retries() default 2;

        @AttributeDefinition(name = "Policy OID", required = false,
                description = "TSA policy to ask for; empty for the TSA's default.")
        String policy_oid() default "";
    }

    private final HttpTimeStampSource source;

    @Activate
    public HttpTimeStampSourceComponent(Config config) {
        String policy = config.policy_oid() == null ? "" : config.policy_oid().trim();
        this.source = new HttpTimeStampSource(new HttpTimeStampSource.Settings(URI.create(config.url()),
                Duration.ofMillis(config.connect_timeout_millis()), Duration.ofMillis(config.read_timeout_millis()),
                config.retries(), readCertificate(Path.of(config.tsa_certificate_path())),
                policy.isEmpty() ? null : TimeStampPolicy.oid(policy)));
    }

    @Override
    public byte[] timeStamp(byte[] sm3Imprint) {
        return source.timeStamp(sm3Imprint);
    }

    /** The one certificate in a PEM or DER file. */
    static byte[] readCertificate(Path file) {
        try {
            List<byte[]> certificates = TrustFiles.readAll(List.of(file), "TSA certificate");
            if (certificates.size() != 1) {
                throw new IOException(file + " holds " + certificates.size() + " certificates, not the TSA's one");
            }
            return certificates.get(0);
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "cannot read the TSA certificate " + file + ": " + e.getMessage(), e);
        }
    }
}
