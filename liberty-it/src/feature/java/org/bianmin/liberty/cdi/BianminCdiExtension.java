package org.bianmin.liberty.cdi;

import io.openliberty.cdi.spi.CDIExtensionMetadata;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * Tells Open Liberty's CDI container about {@link BianminServices}, so that every application on a
 * server with the user feature {@code usr:bianmin-1.0} can {@code @Inject} Bianmin's services
 * (Open Liberty "Creating a CDI extension inside a user feature").
 */
@Component(service = CDIExtensionMetadata.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class BianminCdiExtension implements CDIExtensionMetadata {
    @Override
    public Set<Class<?>> getBeanClasses() {
        return Set.of(BianminServices.class);
    }
}
