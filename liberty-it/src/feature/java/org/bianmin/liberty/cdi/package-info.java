/**
 * The bridge between Bianmin's OSGi services and CDI in Open Liberty: part of the bundle of the user feature
 * {@code usr:bianmin-1.0} that registers an {@code io.openliberty.cdi.spi.CDIExtensionMetadata}
 * service whose bean class produces the core-api services. Not exported: applications see only
 * the core-api packages.
 */
package org.bianmin.liberty.cdi;
