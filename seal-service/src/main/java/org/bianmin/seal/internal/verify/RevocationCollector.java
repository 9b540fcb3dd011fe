package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bianmin.seal.internal.format.DerScanner;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.verify.RevocationFacts.Entry;
import org.bianmin.seal.internal.verify.RevocationFacts.ListFacts;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;

/**
 * Gathers {@link RevocationFacts} for a certificate from the CRLs at hand (RFC 5280 §6.3.3, for
 * complete CRLs): those the validation policy gives and, in the registry, the county CA's current list
 * (asked in process). A list counts for a certificate when its issuer is the certificate's issuer
 * (the next certificate of its certification path); its signature must be SM3withSM2 and verify with
 * that issuer's key, and it must not be a delta CRL. When the policy asks, the list each certificate
 * names as its distribution point is fetched too ({@link DistributionPointFetcher}). Parsed lists are
 * kept (at most 64), each with the result of checking its signature per issuer, so a list costs one
 * SM2 verification per issuer, not one per certificate looked up.
 */
final class RevocationCollector {
    private static final int MAX_LIST_BYTES = 8 * 1024 * 1024;
    private static final int MAX_CACHED = 64;

    private final Function<Instant, byte[]> registryList;
    private final DistributionPointFetcher fetcher;
    private final VerificationCache cache;
    private final Map<ByteBuffer, ParsedList> parsed = new ConcurrentHashMap<>();
    private volatile X500Name registryIssuer;

    /**
     * @param registryList the registry's current CRL (DER) for a verification begun at the given
     *                     time, or null outside a registry
     */
    RevocationCollector(Function<Instant, byte[]> registryList, DistributionPointFetcher fetcher, VerificationCache cache) {
        this.registryList = registryList;
        this.fetcher = fetcher;
        this.cache = cache;
    }

    /**
     * The lists to consult for one verification: the policy's, then the registry's current one, asked
     * for only when a certificate's issuer may be the registry's CA (its list is issued from the
     * database) and at most once per verification.
     *
     * @param begun when the verification began: the registry's list, if it issues one for it, is
     *              dated no later, so that it stands at the verification's time
     */
    Sources sources(List<byte[]> policyLists, Instant begun) {
        List<Source> sources = new ArrayList<>();
        for (byte[] der : policyLists) {
            ParsedList crl = parse(der);
            if (crl != null) {
                sources.add(new Source("@noun.policy", crl));
            }
        }
        return new Sources(sources, new AtomicReference<>(), begun);
    }

    /** The registry's current list when {@code issuer} may be its CA, else empty. */
    private Optional<Source> registry(Sources sources, X500Name issuer) {
        X500Name known = registryIssuer;
        if (registryList == null || (known != null && !known.equals(issuer))) {
            return Optional.empty();
        }
        Optional<Source> asked = sources.registry().get();
        if (asked == null) {
            byte[] der;
            try {
                der = registryList.apply(sources.begun());
            } catch (RuntimeException e) {
                der = null; // the registry cannot issue its list now: no list from it
            }
            ParsedList crl = der == null ? null : parse(der);
            asked = crl == null ? Optional.empty() : Optional.of(new Source("@noun.registry", crl));
            asked.ifPresent(s -> registryIssuer = s.list().crl().getIssuer());
            sources.registry().set(asked);
        }
        return asked;
    }

    /**
     * The facts about the first certificate of {@code chain}, from {@code sources} and, when {@code fetch},
     * its distribution point; null without a certificate or its issuer.
     */
    RevocationFacts facts(ChainFacts chain, Sources sources, boolean fetch) {
        if (chain == null || chain.path().size() < 2) {
            return null;
        }
        ParsedCertificate subject = cache.certificate(chain.path().get(0).details().encoded());
        ParsedCertificate issuer = cache.certificate(chain.path().get(1).details().encoded());
        if (subject == null || issuer == null) {
            return null;
        }
        List<ListFacts> lists = new ArrayList<>();
        List<Source> all = new ArrayList<>(sources.given());
        registry(sources, subject.holder().getIssuer()).ifPresent(all::add);
        if (fetch && fetcher != null) {
            for (byte[] der : fetcher.lists(subject)) {
                ParsedList crl = parse(der);
                if (crl != null) {
                    all.add(new Source("@noun.distributionPoint", crl));
                }
            }
        }
        for (Source source : all) {
            if (source.list().crl().getIssuer().equals(subject.holder().getIssuer())) {
                lists.add(facts(source, issuer, subject.holder().getSerialNumber()));
            }
        }
        return new RevocationFacts(subject.holder().getIssuer().toString(), lists);
    }

    private static ListFacts facts(Source source, ParsedCertificate issuer, BigInteger serial) {
        X509CRLHolder crl = source.list().crl();
        Extension number = crl.getExtension(Extension.cRLNumber);
        return new ListFacts(source.name(),
                number == null ? null : ASN1Integer.getInstance(number.getParsedValue()).getValue(),
                crl.getThisUpdate().toInstant(), crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant(),
                source.list().problem(issuer), entry(crl.getRevokedCertificate(serial)));
    }

    /** Why {@code crl} cannot be used for certificates of {@code issuer}, or null. */
    private static String problem(X509CRLHolder crl, ParsedCertificate issuer) {
        String algorithm = crl.toASN1Structure().getSignatureAlgorithm().getAlgorithm().getId();
        if (!SealFormat.SM3_WITH_SM2.equals(algorithm)) {
            return "it is signed with " + algorithm + ", not SM3withSM2 (" + SealFormat.SM3_WITH_SM2 + ")";
        }
        if (crl.getExtension(Extension.deltaCRLIndicator) != null) {
            return "it is a delta CRL, and only complete CRLs are read";
        }
        if (issuer.sm2Key() == null) {
            return "the issuer certificate has no SM2 key";
        }
        byte[] tbs;
        try {
            tbs = crl.toASN1Structure().getTBSCertList().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            return "its content cannot be encoded: " + e.getMessage();
        }
        byte[] signature = crl.toASN1Structure().getSignature().getOctets();
        if (!SmCrypto.verify(issuer.sm2Key(), tbs, signature).valid()) {
            return "its signature does not verify with the key of " + issuer.facts().subject();
        }
        return null;
    }

    private static Entry entry(X509CRLEntryHolder entry) {
        if (entry == null) {
            return null;
        }
        Extension reasonCode = entry.getExtensions() == null ? null : entry.getExtensions().getExtension(
                Extension.reasonCode);
        CRLReason reason = reasonCode == null ? null : CRLReason.getInstance(reasonCode.getParsedValue());
        Extension invalidity = entry.getExtensions() == null ? null : entry.getExtensions().getExtension(
                Extension.invalidityDate);
        java.time.Instant invalidityDate;
        try {
            invalidityDate = invalidity == null ? null
                    : ASN1GeneralizedTime.getInstance(invalidity.getParsedValue()).getDate().toInstant();
        } catch (java.text.ParseException e) {
            invalidityDate = null;
        }
        boolean hold = reason != null && reason.getValue().intValue() == CRLReason.certificateHold;
        return new Entry(entry.getRevocationDate().toInstant(), invalidityDate, hold,
                reason == null ? null : reason.toString());
    }

    private ParsedList parse(byte[] der) {
        ByteBuffer key = ByteBuffer.wrap(der);
        ParsedList known = parsed.get(key);
        if (known != null) {
            return known;
        }
        X509CRLHolder crl = read(der);
        if (crl == null) {
            return null;
        }
        ParsedList list = new ParsedList(crl, new ConcurrentHashMap<>());
        if (parsed.size() >= MAX_CACHED) {
            parsed.clear();
        }
        parsed.put(ByteBuffer.wrap(der.clone()), list);
        return list;
    }

    /** Reads a DER CRL, its nesting and lengths bounded before Bouncy Castle's parser sees it; null if it is none. */
    static X509CRLHolder read(byte[] der) {
        try {
            if (der.length == 0 || der.length > MAX_LIST_BYTES || DerScanner.scan(der, 0).end() != der.length) {
                return null;
            }
            return new X509CRLHolder(der);
        } catch (IOException | RuntimeException e) {
            return null; // not a CRL (includes DerScanner.DerScanException): nothing to consult
        }
    }

    /**
     * The lists of one verification: those given, and the registry's once asked (null: not yet);
     * {@code begun} is when the verification began.
     */
    record Sources(List<Source> given, AtomicReference<Optional<Source>> registry, Instant begun) {
    }

    /** A CRL and where it came from. */
    record Source(String name, ParsedList list) {
    }

    /** A CRL read once, with why it cannot be used per issuer certificate (empty: it can), found once each. */
    record ParsedList(X509CRLHolder crl, Map<ByteBuffer, java.util.Optional<String>> problems) {
        String problem(ParsedCertificate issuer) {
            return problems.computeIfAbsent(issuer.key(), k -> java.util.Optional.ofNullable(
                    RevocationCollector.problem(crl, issuer))).orElse(null);
        }
    }
}
