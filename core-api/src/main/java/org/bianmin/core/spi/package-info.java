/**
 * Plug-in points shared by every domain: the clock ({@link org.bianmin.core.spi.TimeSource}).
 * Deployments implement these; Bianmin calls them.
 */
@Version("1.1.0")
@Export
package org.bianmin.core.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
