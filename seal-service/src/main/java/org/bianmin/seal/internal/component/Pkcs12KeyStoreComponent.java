package org.bianmin.seal.internal.component;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import org.bianmin.internal.persistence.MemoryOnlyKeys;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.persistence.SealStorage;
import org.bianmin.seal.spi.SealKeyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The embedded default {@link SealKeyStore}: an encrypted PKCS#12 file whose path and password are
 * configured (PID {@code org.bianmin.seal.keystore}). Registered with {@code service.ranking=-100}
 * so that a deployment's own key store (an HSM) registered with a higher ranking wins. Without a
 * password the keys are held in memory only and are lost at restart: allowed beside an in-memory
 * seal database only; beside a persistent one the component refuses to activate and is not
 * registered ({@link MemoryOnlyKeys}).
 */
@Component(service = SealKeyStore.class, immediate = true, configurationPid = Pkcs12KeyStoreComponent.PID,
        property = "service.ranking:Integer=-100")
@Designate(ocd = Pkcs12KeyStoreComponent.Config.class)
public class Pkcs12KeyStoreComponent implements SealKeyStore {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.keystore";

    private static final System.Logger LOG = System.getLogger(Pkcs12KeyStoreComponent.class.getName());

    /** The key-store file and its password. */
    @ObjectClassDefinition(name = "Bianmin seal key store",
            description = "Encrypted PKCS#12 file with the SM2 keys of the seals and of the county seal maker.")
    public @interface Config {
        @AttributeDefinition(name = "Key store file", description = "Created when absent.")
        String keystore_path() default "./bianmin-data/seal-keys.p12";

        @AttributeDefinition(name = "Key store password", type = AttributeType.PASSWORD, required = false,
                description = "Encrypts the keys. Without it the keys are held in memory only and lost at restart,"
                        + " which is allowed with an in-memory seal database only.")
        String keystore_password() default "";
    }

    private final Pkcs12SealKeyStore store;

    @Activate
    public Pkcs12KeyStoreComponent(@Reference SealStorage storage, Config config) {
        String password = config.keystore_password();
        boolean configured = password != null && !password.isEmpty();
        MemoryOnlyKeys.requireKeySourceOrMemoryDatabase("the seal key store (PID " + PID + ")",
                "keystore.password (and keystore.path) for PID " + PID + ", or register a SealKeyStore service"
                        + " with a higher service.ranking (an HSM)",
                configured, storage.store().databaseUrl());
        if (!configured) {
            LOG.log(Level.WARNING, "no keystore_password configured for " + PID + ": seal keys are held in memory"
                    + " only; seals made now cannot sign after a restart");
            store = Pkcs12SealKeyStore.inMemory();
        } else {
            store = new Pkcs12SealKeyStore(Path.of(config.keystore_path()), password.toCharArray());
        }
    }

    @Override
    public byte[] generate(String alias) {
        return store.generate(alias);
    }

    @Override
    public byte[] publicKey(String alias) {
        return store.publicKey(alias);
    }

    @Override
    public byte[] sign(String alias, byte[] message) {
        return store.sign(alias, message);
    }

    @Override
    public byte[] signDigest(String alias, byte[] digest) {
        return store.signDigest(alias, digest);
    }

    @Override
    public boolean contains(String alias) {
        return store.contains(alias);
    }

    @Override
    public void destroy(String alias) {
        store.destroy(alias);
    }

    @Override
    public void storeCertificate(String alias, byte[] certificate) {
        store.storeCertificate(alias, certificate);
    }

    @Override
    public Optional<byte[]> certificate(String alias) {
        return store.certificate(alias);
    }
}
