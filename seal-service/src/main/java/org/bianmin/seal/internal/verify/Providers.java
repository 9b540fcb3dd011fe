package org.bianmin.seal.internal.verify;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** One Bouncy Castle provider instance, passed explicitly (never installed globally). */
final class Providers {
    static final Provider BC = new BouncyCastleProvider();

    private Providers() {
    }
}
