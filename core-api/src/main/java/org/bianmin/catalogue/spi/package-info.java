/**
 * Plug-in points of the catalogue: the working-day calendar.
 */
@Version("1.0.0")
@Export
package org.bianmin.catalogue.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
