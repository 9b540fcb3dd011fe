/**
 * Plug-in points of the proxy ledger: the keys that protect personal data at rest
 * ({@link org.bianmin.proxy.spi.PersonalDataKeys}).
 */
@Version("1.0.0")
@Export
package org.bianmin.proxy.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
