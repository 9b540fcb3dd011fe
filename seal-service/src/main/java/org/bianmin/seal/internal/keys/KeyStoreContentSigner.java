package org.bianmin.seal.internal.keys;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * A Bouncy Castle {@link ContentSigner} whose SM3withSM2 signature is made by a {@link SealKeyStore}
 * key, so that certificates and time-stamp tokens can be signed without the private key ever
 * leaving the store.
 */
public final class KeyStoreContentSigner implements ContentSigner {
    private final SealKeyStore keyStore;
    private final String alias;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    /** A signer for one signature by the key under {@code alias}. */
    public KeyStoreContentSigner(SealKeyStore keyStore, String alias) {
        this.keyStore = keyStore;
        this.alias = alias;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new AlgorithmIdentifier(Sm2.SM3_WITH_SM2);
    }

    @Override
    public OutputStream getOutputStream() {
        return buffer;
    }

    @Override
    public byte[] getSignature() {
        return keyStore.sign(alias, buffer.toByteArray());
    }
}
