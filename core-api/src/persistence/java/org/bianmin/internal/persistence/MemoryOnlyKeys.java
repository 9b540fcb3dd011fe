package org.bianmin.internal.persistence;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * Whether a key component may fall back to keys held in memory only. Such keys end with the
 * process; what was made with them (seal keys, signed checkpoints, encrypted personal data) stays in
 * the database. Beside an in-memory database that ends with the process too (tests, the demo) this is
 * harmless; beside a database that outlives the process it leaves seals that cannot sign,
 * checkpoints nobody can verify and personal data nobody can read after the next restart. So a key
 * component without a configured key source runs only on an in-memory database, and otherwise
 * refuses to activate with a message that names what to configure.
 */
public final class MemoryOnlyKeys {
    private static final System.Logger LOG = System.getLogger(MemoryOnlyKeys.class.getName());

    private MemoryOnlyKeys() {
    }

    /**
     * Whether {@code jdbcUrl} names a database that lives in memory: H2 {@code mem:} (embedded or
     * through a TCP server) and Derby {@code memory:}.
     */
    public static boolean inMemoryDatabase(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            String name = url.substring("jdbc:h2:".length());
            boolean server = name.startsWith("tcp:") || name.startsWith("ssl:");
            return name.startsWith("mem:") || server && name.contains("/mem:");
        }
        return url.startsWith("jdbc:derby:memory:");
    }

    /**
     * Why {@code keys} may not be held in memory only, or empty when they may: they may when a key
     * source is configured (then they are not memory-only) or when the database is in memory.
     *
     * @param keys          the keys, as a person names them, e.g. "the seal key store (PID org.bianmin.seal.keystore)"
     * @param configure     what to configure to give them a source
     * @param keySourceConfigured whether the component has a key source
     * @param databaseUrl   the database's JDBC URL as its driver reports it
     */
    public static Optional<String> refusal(String keys, String configure, boolean keySourceConfigured,
            String databaseUrl) {
        if (keySourceConfigured || inMemoryDatabase(databaseUrl)) {
            return Optional.empty();
        }
        return Optional.of(keys + " has no key source configured, and the database " + withoutParameters(databaseUrl)
                + " outlives the process: keys held in memory only would be lost at the next restart while the"
                + " records made with them stay. Configure " + configure
                + "; memory-only keys are allowed with an in-memory database only.");
    }

    /**
     * Lets the component activate, or logs the refusal as an error and throws it as
     * {@link ErrorCode#CONFIGURATION_INVALID}, so that the component does not activate and its
     * service is not registered.
     */
    public static void requireKeySourceOrMemoryDatabase(String keys, String configure, boolean keySourceConfigured,
            String databaseUrl) {
        Optional<String> refusal = refusal(keys, configure, keySourceConfigured, databaseUrl);
        if (refusal.isPresent()) {
            LOG.log(Level.ERROR, refusal.get());
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, refusal.get());
        }
    }

    /** The URL up to its parameters, which may carry credentials. */
    private static String withoutParameters(String url) {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(0, end);
    }
}
