/**
 * Plug-in points of the proxy ledger: the keys that protect personal data at rest, with ids so
 * they can be rotated ({@link org.bianmin.proxy.spi.PersonalDataKeyring}), or a single key without
 * an id ({@link org.bianmin.proxy.spi.PersonalDataKeys}).
 */
@Version("1.1.0")
@Export
package org.bianmin.proxy.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
