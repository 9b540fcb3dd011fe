package org.bianmin.proxy.internal.crypto;

import java.lang.System.Logger.Level;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether key files lie in the directory of a file database (H2 {@code jdbc:h2:[file:]<path>},
 * Derby {@code jdbc:derby:[directory:]<path>}): a copy or backup of that directory would then hold
 * both the ciphertext and its key, and protect nothing. That is logged as a warning.
 */
final class KeysBesideData {
    private static final System.Logger LOG = System.getLogger(KeysBesideData.class.getName());

    private KeysBesideData() {
    }

    /** Warns when {@code keys} lies in the directory of the database at {@code databaseUrl}. */
    static void warnIfInside(Path keys, String databaseUrl) {
        dataDirectory(databaseUrl).filter(data -> absolute(keys).startsWith(data)).ifPresent(data -> LOG.log(
                Level.WARNING, "the personal-data keys " + keys + " lie in the database's directory " + data
                        + ": a copy of it holds both the personal data and its key; keep the keys outside it,"
                        + " e.g. in /etc/bianmin/keys/proxy"));
    }

    /** The directory that holds the files of the database at {@code url}, when it is a file database. */
    static Optional<Path> dataDirectory(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        String path;
        if (lower.startsWith("jdbc:h2:")) {
            path = url.substring("jdbc:h2:".length());
            if (path.regionMatches(true, 0, "file:", 0, 5)) {
                path = path.substring(5);
            } else if (lower.matches("jdbc:h2:(mem|tcp|ssl|zip|split|nio\\w*|async|memfs|memlzf):.*")) {
                return Optional.empty();
            }
        } else if (lower.startsWith("jdbc:derby:") && !lower.startsWith("jdbc:derby://")) {
            path = url.substring("jdbc:derby:".length());
            if (path.regionMatches(true, 0, "directory:", 0, 10)) {
                path = path.substring(10);
            } else if (path.contains(":") && !path.matches("[A-Za-z]:[\\\\/].*")) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        int parameters = path.indexOf(';');
        path = parameters < 0 ? path : path.substring(0, parameters);
        try {
            Path parent = absolute(Path.of(path)).getParent();
            return Optional.ofNullable(parent);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
