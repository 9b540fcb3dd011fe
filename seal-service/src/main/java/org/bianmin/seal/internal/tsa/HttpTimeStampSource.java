package org.bianmin.seal.internal.tsa;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.internal.cli.TrustFiles;
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * An external time-stamp authority reached over HTTP (RFC 3161 §3.4: a DER {@code TimeStampReq}
 * POSTed as {@code application/timestamp-query}, the {@code TimeStampResp} answered as
 * {@code application/timestamp-reply}). Each token is checked before use ({@link TimeStampExchange}):
 * status granted, nonce echoed, signature and ESSCertIDv2 valid for the configured TSA certificate,
 * imprint the one asked for. An unreachable TSA, a timeout, an HTTP error or an answer that is not
 * RFC 3161 is retried; a refusal or an invalid token is not.
 *
 * <p>In OSGi it is its own component (PID {@value #PID}), created only when configured; then it
 * outranks the county TSA in process ({@link CountyTimeStampAuthority}).
 */
@Component(service = TimeStampSource.class, configurationPid = HttpTimeStampSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HttpTimeStampSource.Config.class)
public final class HttpTimeStampSource implements TimeStampSource {
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

    /** The largest response read: a token with its certificates is a few KiB. */
    static final int MAX_RESPONSE_BYTES = 1024 * 1024;

    /**
     * Where the TSA is and how long to wait for it.
     *
     * @param url            the TSA's HTTP(S) URL
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout    how long to wait for the whole response
     * @param retries        how many times to try again after an unavailable TSA (0..10)
     * @param tsaCertificate the TSA's certificate (DER), the only key its tokens may be signed with
     * @param policy         the TSA policy to ask for, or {@code null} for the TSA's default
     */
    public record Settings(URI url, Duration connectTimeout, Duration readTimeout, int retries,
            byte[] tsaCertificate, ASN1ObjectIdentifier policy) {
        public Settings {
            Checks.required(url, "TSA URL");
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                        "the TSA URL must be http or https: " + url);
            }
            Checks.required(connectTimeout, "connect timeout");
            Checks.required(readTimeout, "read timeout");
            if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                    || readTimeout.isZero()) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the TSA timeouts must be positive");
            }
            if (retries < 0 || retries > 10) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "TSA retries must be 0..10, not " + retries);
            }
            tsaCertificate = Checks.bytes(tsaCertificate, "TSA certificate").clone();
        }

        @Override
        public byte[] tsaCertificate() {
            return tsaCertificate.clone();
        }
    }

    private final Settings settings;
    private final X509CertificateHolder tsa;
    private final HttpClient client;

    /** The component in OSGi, from its configuration. */
    @Activate
    public HttpTimeStampSource(Config config) {
        this(settings(config));
    }

    public HttpTimeStampSource(Settings settings) {
        this.settings = Checks.required(settings, "TSA settings");
        this.tsa = TimeStampTokens.certificate(settings.tsaCertificate());
        TimeStampTokens.requireTimeStampingPurpose(tsa, ErrorCode.CONFIGURATION_INVALID);
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public byte[] timeStamp(byte[] sm3Imprint) {
        TimeStampExchange exchange = TimeStampExchange.forSm3(sm3Imprint, settings.policy());
        BianminException last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            try {
                return exchange.token(post(exchange.request()), tsa);
            } catch (BianminException e) {
                if (e.code() != ErrorCode.TIMESTAMP_UNAVAILABLE) {
                    throw e;
                }
                last = e;
            }
        }
        throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE, "the TSA at " + settings.url() + " failed "
                + (settings.retries() + 1) + " times; last: " + last.getMessage(), last);
    }

    private byte[] post(byte[] request) {
        HttpRequest http = HttpRequest.newBuilder(settings.url()).timeout(settings.readTimeout())
                .header("Content-Type", "application/timestamp-query")
                .header("Accept", "application/timestamp-reply")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        try {
            HttpResponse<InputStream> response = client.send(http, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw unavailable("answered HTTP " + response.statusCode(), null);
                }
                byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (bytes.length > MAX_RESPONSE_BYTES) {
                    throw unavailable("answered more than " + MAX_RESPONSE_BYTES + " bytes", null);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw unavailable("cannot be reached or did not answer in time (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was not waited for: the thread was interrupted", e);
        }
    }

    private BianminException unavailable(String what, Throwable cause) {
        return new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE, "the TSA at " + settings.url() + " " + what,
                cause);
    }

    private static Settings settings(Config config) {
        String policy = config.policy_oid() == null ? "" : config.policy_oid().trim();
        return new Settings(URI.create(config.url()), Duration.ofMillis(config.connect_timeout_millis()),
                Duration.ofMillis(config.read_timeout_millis()), config.retries(),
                readCertificate(Path.of(config.tsa_certificate_path())),
                policy.isEmpty() ? null : TimeStampPolicy.oid(policy));
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
