package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bianmin.core.spi.TimeSource;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CRLHolder;

/**
 * Fetches the CRL a certificate names as its CRL distribution point (RFC 5280 §4.2.1.13: a
 * fullName uniformResourceIdentifier with the http or https scheme; at most two per certificate)
 * with a short timeout, and keeps each list until its nextUpdate (at most an hour, at most 32 lists).
 * A list that cannot be fetched — no answer in time, a status other than 200, more than 8 MiB, not a
 * CRL — is simply not at hand, and the point is not asked again for a minute (so one that does not
 * answer does not slow every verification); whether that matters is the policy's to say.
 */
final class DistributionPointFetcher {
    private static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final int MAX_CACHED = 32;
    private static final int MAX_POINTS = 2;
    private static final Duration LONGEST_KEPT = Duration.ofHours(1);
    private static final Duration FAILURE_KEPT = Duration.ofMinutes(1);

    private final HttpClient client;
    private final Duration timeout;
    private final TimeSource clock;
    private final Map<URI, Fetched> fetched = new ConcurrentHashMap<>();

    /** @param timeout for connecting and, again, for the whole answer */
    DistributionPointFetcher(Duration timeout, TimeSource clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The lists (DER) named by {@code certificate}'s distribution points that could be fetched. */
    List<byte[]> lists(ParsedCertificate certificate) {
        List<byte[]> lists = new ArrayList<>();
        for (URI uri : points(certificate)) {
            byte[] der = fetch(uri);
            if (der != null) {
                lists.add(der);
            }
        }
        return lists;
    }

    /** The http(s) URIs of the certificate's CRL distribution points. */
    static List<URI> points(ParsedCertificate certificate) {
        CRLDistPoint extension = certificate.holder().getExtensions() == null ? null
                : CRLDistPoint.fromExtensions(certificate.holder().getExtensions());
        List<URI> uris = new ArrayList<>();
        if (extension == null) {
            return uris;
        }
        for (DistributionPoint point : extension.getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                continue;
            }
            for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                if (general.getTagNo() == GeneralName.uniformResourceIdentifier && uris.size() < MAX_POINTS) {
                    try {
                        URI uri = URI.create(general.getName().toString());
                        if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                            uris.add(uri);
                        }
                    } catch (IllegalArgumentException e) {
                        // not a URI: no list from it
                    }
                }
            }
        }
        return uris;
    }

    private byte[] fetch(URI uri) {
        Instant now = clock.now();
        Fetched known = fetched.get(uri);
        if (known != null && now.isBefore(known.until())) {
            return known.der();
        }
        byte[] der = download(uri);
        Instant until = now.plus(der == null ? FAILURE_KEPT : LONGEST_KEPT);
        if (der != null) {
            X509CRLHolder crl = RevocationCollector.read(der);
            if (crl == null) {
                der = null;
                until = now.plus(FAILURE_KEPT);
            } else if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(until)) {
                until = crl.getNextUpdate().toInstant();
            }
        }
        if (fetched.size() >= MAX_CACHED) {
            fetched.clear();
        }
        fetched.put(uri, new Fetched(der, until));
        return der;
    }

    /** The body of a 200 answer to GET {@code uri} within the timeout and size limit, else null. */
    private byte[] download(URI uri) {
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("Accept", "application/pkix-crl").build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] der;
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return null;
                }
                der = body.readNBytes(MAX_BYTES + 1);
            }
            return der.length > MAX_BYTES ? null : der;
        } catch (IOException | RuntimeException e) {
            return null; // unreachable or too slow: not at hand
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private record Fetched(byte[] der, Instant until) {
    }
}
