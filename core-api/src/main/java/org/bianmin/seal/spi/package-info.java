/**
 * Plug-in points of the seal registry: the key store, the seal maker's certificate authority, the
 * trust anchors for verification and the time-stamp source. A deployment replaces the embedded
 * defaults (PKCS#12 file, software CA, county time-stamp authority) with its HSM, CA and TSA
 * without touching the registry.
 */
@Version("1.2.0")
@Export
package org.bianmin.seal.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
