/**
 * Plug-in points of the catalogue: the working-day calendar, and listeners told when an
 * official calendar year is loaded.
 */
@Version("1.1.0")
@Export
package org.bianmin.catalogue.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
