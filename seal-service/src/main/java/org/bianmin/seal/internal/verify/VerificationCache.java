package org.bianmin.seal.internal.verify;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.verify.SmCrypto.Sm2Result;

/**
 * What is safe to remember between verifications: parsed certificates (immutable facts), the
 * result of a seal maker's signature over exact bytes, certification paths per trust store, and
 * the trust store of a policy. Nothing here depends on time or registry state, which are judged
 * afresh each time. Bounded: each map is emptied when it grows past {@link #LIMIT} entries.
 */
public final class VerificationCache {
    static final int LIMIT = 4096;

    private final Map<ByteBuffer, ParsedCertificate> certificates = new ConcurrentHashMap<>();
    private final Map<ByteBuffer, MakerResult> makerResults = new ConcurrentHashMap<>();
    private final Map<ChainKey, ChainFacts> chains = new ConcurrentHashMap<>();
    private final Map<StoreKey, TrustStore> trustStores = new ConcurrentHashMap<>();

    /** A certificate parsed once; null when the bytes are not a certificate. */
    public ParsedCertificate certificate(byte[] der) {
        ParsedCertificate cached = certificates.get(ByteBuffer.wrap(der));
        if (cached != null) {
            return cached;
        }
        ParsedCertificate parsed = ParsedCertificate.parse(der);
        if (parsed != null) {
            bound(certificates);
            certificates.put(ByteBuffer.wrap(parsed.der()), parsed);
        }
        return parsed;
    }

    /** The maker's signature result over {@code signed}, verified once per (signature, bytes, certificate). */
    public Sm2Result makerSignature(ParsedCertificate maker, byte[] signed, byte[] signature) {
        ByteBuffer key = ByteBuffer.wrap(signature.clone());
        MakerResult cached = makerResults.get(key);
        byte[] makerDer = maker.der();
        if (cached != null && Arrays.equals(cached.signed, signed) && Arrays.equals(cached.maker, makerDer)) {
            return cached.result;
        }
        Sm2Result result = SmCrypto.verify(maker.sm2Key(), signed, signature);
        bound(makerResults);
        makerResults.put(key, new MakerResult(signed.clone(), makerDer, result));
        return result;
    }

    /** The certification path of {@code cert} in {@code store} through {@code intermediates}, built once. */
    public ChainFacts chain(TrustStore store, ParsedCertificate cert, List<ParsedCertificate> intermediates) {
        ChainKey key = new ChainKey(store, cert.key(), intermediates.stream().map(ParsedCertificate::key).toList());
        ChainFacts cached = chains.get(key);
        if (cached != null) {
            return cached;
        }
        ChainFacts facts = store.chain(cert, intermediates);
        bound(chains);
        chains.put(key, facts);
        return facts;
    }

    /**
     * The trust store of a policy, read once per set of anchors and seal-maker rule: policies with the same ones
     * (e.g. {@code defaultPolicy()} asked for on every call) share one store, and so its paths.
     */
    public TrustStore trustStore(ValidationPolicy policy) {
        List<byte[]> anchors = policy.trustAnchors();
        List<byte[]> makers = policy.sealMakers();
        StoreKey key = new StoreKey(anchors.stream().map(ByteBuffer::wrap).toList(),
                makers.stream().map(ByteBuffer::wrap).toList(), policy.sealMakerPurposes());
        TrustStore cached = trustStores.get(key);
        if (cached != null) {
            return cached;
        }
        TrustStore store = TrustStore.of(anchors, makers, policy.sealMakerPurposes());
        if (trustStores.size() > 16) {
            trustStores.clear();
        }
        trustStores.put(key, store);
        return store;
    }

    private static void bound(Map<?, ?> map) {
        if (map.size() >= LIMIT) {
            map.clear();
        }
    }

    /** What a trust store is made of: anchors and the seal-maker rule. */
    private record StoreKey(List<ByteBuffer> anchors, List<ByteBuffer> makers, List<String> purposes) {
    }

    private record MakerResult(byte[] signed, byte[] maker, Sm2Result result) {
    }

    /** Identity of the trust store (one per policy value) plus the certificate and the intermediates offered. */
    private record ChainKey(TrustStore store, ByteBuffer cert, List<ByteBuffer> intermediates) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ChainKey other && other.store == store && other.cert.equals(cert)
                    && other.intermediates.equals(intermediates);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(store) * 31 + cert.hashCode()) * 31 + intermediates.hashCode();
        }
    }
}
