/**
 * Open Liberty's dataSources as OSGi JDBC {@code DataSourceFactory} services, so that Bianmin's
 * storage components use Liberty's connection pools without knowing Liberty. Not exported.
 */
package org.bianmin.liberty.jdbc;
