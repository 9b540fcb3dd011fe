package org.bianmin.internal.persistence;

/**
 * Where a bundle's tables live: the configuration of every storage component ({@link Storage}),
 * each under its own PID ({@code org.bianmin.seal.storage}, {@code org.bianmin.catalogue.storage},
 * {@code org.bianmin.audit.storage}, {@code org.bianmin.proxy.storage}). Without configuration the
 * tables go to an H2 file database under {@code ./bianmin-data}.
 */
public @interface StorageConfig {
    /** URL of the database. */
    String jdbc_url() default "jdbc:h2:./bianmin-data/bianmin";

    /** The database user; empty for none. */
    String jdbc_user() default "";

    /** The user's password; empty for none. */
    String jdbc_password() default "";

    /** Selects the {@code DataSourceFactory} service of the database's driver. */
    String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";
}
