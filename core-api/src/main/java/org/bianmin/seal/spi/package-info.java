/**
 * Plug-in points of the seal registry: the key store, the seal maker's certificate authority and
 * the trust anchors for verification. A deployment replaces the embedded defaults (PKCS#12 file,
 * software CA) with its HSM and CA without touching the registry.
 */
@Version("1.1.0")
@Export
package org.bianmin.seal.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
