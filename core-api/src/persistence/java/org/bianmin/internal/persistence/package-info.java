/**
 * Persistence support that every implementation bundle shares at build time: Flyway migrations
 * with per-database column types ({@link org.bianmin.internal.persistence.Dialect}), an EclipseLink
 * EntityManagerFactory built from a persistence unit described in code
 * ({@link org.bianmin.internal.persistence.JpaUnit}), data sources from the OSGi JDBC service
 * ({@link org.bianmin.internal.persistence.DataSources}), and the one configuration type and
 * activation path of every bundle's storage component
 * ({@link org.bianmin.internal.persistence.StorageConfig}, {@link org.bianmin.internal.persistence.Storage}).
 *
 * <p>Not part of the core-api bundle and never exported: it is compiled into core-api's
 * {@code persistence} jar, and bnd's {@code -conditionalpackage} copies it into each implementation
 * bundle as a private package, the OSGi way to share code between bundles without making it API.
 */
package org.bianmin.internal.persistence;
