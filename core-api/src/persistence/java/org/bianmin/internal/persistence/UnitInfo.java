package org.bianmin.internal.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A persistence unit described in code rather than {@code persistence.xml}: resource-local, on a
 * given data source, with its entities listed. This is how a bundle builds its own
 * EntityManagerFactory in OSGi without a JPA extender.
 */
record UnitInfo(String name, DataSource dataSource, List<String> entityClassNames, ClassLoader loader)
        implements PersistenceUnitInfo {

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    /** The root of the class path entry that holds this module's classes (a folder, jar or bundle). */
    @Override
    public URL getPersistenceUnitRootUrl() {
        String classFile = UnitInfo.class.getName().replace('.', '/') + ".class";
        String url = UnitInfo.class.getResource("/" + classFile).toString();
        try {
            return new URL(url.substring(0, url.length() - classFile.length()));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("cannot locate the persistence unit root from " + url, e);
        }
    }

    @Override
    public List<String> getManagedClassNames() {
        return entityClassNames;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return loader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // weaving is off: entities are used as compiled
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return loader;
    }
}
