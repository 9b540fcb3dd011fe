package org.bianmin.liberty.jdbc;

import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Offers each Open Liberty {@code <dataSource jndiName="...">} of the server to Bianmin's storage
 * components as an OSGi JDBC {@link DataSourceFactory} (OSGi Compendium §125) with the service
 * property {@code jndiName}. A storage component configured with
 * {@code dataSourceFactory.target="(jndiName=jdbc/bianmin)"} therefore activates once Liberty has
 * made that dataSource, and takes its connections from Liberty's pool.
 *
 * <p>Liberty registers a server.xml dataSource as a resource factory service carrying
 * {@code jndiName} and {@code creates.objectClass=javax.sql.DataSource}; this component tracks
 * those services by name (it needs none of Liberty's classes) and registers one factory per
 * dataSource for as long as the dataSource exists.
 */
@Component(immediate = true, configurationPolicy = ConfigurationPolicy.IGNORE)
public class LibertyDataSources {
    /** Liberty's resource factories that create data sources. */
    static final String RESOURCE_FACTORIES = "(&(objectClass=com.ibm.wsspi.resource.ResourceFactory)"
            + "(creates.objectClass=javax.sql.DataSource)(jndiName=*))";

    private final ServiceTracker<Object, ServiceRegistration<DataSourceFactory>> tracker;

    @Activate
    public LibertyDataSources(BundleContext context) throws InvalidSyntaxException {
        Filter filter = context.createFilter(RESOURCE_FACTORIES);
        this.tracker = new ServiceTracker<>(context, filter, new Registrar(context));
        tracker.open(true);
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /** Registers a factory for each dataSource that appears and withdraws it when it goes. */
    private record Registrar(BundleContext context)
            implements ServiceTrackerCustomizer<Object, ServiceRegistration<DataSourceFactory>> {
        @Override
        public ServiceRegistration<DataSourceFactory> addingService(ServiceReference<Object> reference) {
            String jndiName = String.valueOf(reference.getProperty("jndiName"));
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("jndiName", jndiName);
            properties.put(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS, JndiDataSourceFactory.DRIVER_CLASS);
            properties.put(DataSourceFactory.OSGI_JDBC_DRIVER_NAME, "Open Liberty dataSource " + jndiName);
            return context.registerService(DataSourceFactory.class, new JndiDataSourceFactory(jndiName), properties);
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, ServiceRegistration<DataSourceFactory> service) {
            // the jndiName is part of the filter: a change of name is a removal and an addition
        }

        @Override
        public void removedService(ServiceReference<Object> reference, ServiceRegistration<DataSourceFactory> service) {
            service.unregister();
        }
    }
}
