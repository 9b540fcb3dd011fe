package org.bianmin.seal.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The certificates a deployment trusts as roots when it verifies seals and signatures
 * (GB/T 38540 §7.3 chain checks). A deployment lists its own CA and the provincial CAs here.
 */
@ConsumerType
public interface TrustAnchors {
    /** The trusted certificates, DER. */
    List<byte[]> certificates();

    /**
     * The certificates (DER) that may make seals (制章), for the seal-maker rule of SEAL_MAKER_CHAIN;
     * empty (the default) leaves makers unconstrained beyond their chain.
     */
    default List<byte[]> sealMakers() {
        return List.of();
    }
}
