package org.bianmin.internal.shell;

import java.lang.annotation.Annotation;
import java.util.List;

/** Configurations {@code org.bianmin.shell} for tests, as Config Admin would hand them to a component. */
public final class ShellUsers {
    private ShellUsers() {
    }

    /** The local console acts as {@code user}. */
    public static ShellUserConfig console(String user) {
        return config(user, List.of());
    }

    /** Nothing configured: the local console acts as nobody. */
    public static ShellUserConfig nobody() {
        return config("", List.of());
    }

    /** {@code console.user} and {@code console.users} as given. */
    public static ShellUserConfig config(String consoleUser, List<String> consoleUsers) {
        return new ShellUserConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ShellUserConfig.class;
            }

            @Override
            public String console_user() {
                return consoleUser;
            }

            @Override
            public String[] console_users() {
                return consoleUsers.toArray(String[]::new);
            }
        };
    }
}
