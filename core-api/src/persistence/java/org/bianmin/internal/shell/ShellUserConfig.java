package org.bianmin.internal.shell;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration {@code org.bianmin.shell}: whom a shell session without an authenticated user (the
 * local console) acts as. Every shell command that changes something reads it; without it such a
 * session may only look ({@code SHELL_USER_UNKNOWN}).
 */
@ObjectClassDefinition(id = ShellUser.PID, name = "Bianmin shell user",
        description = "The administrator a shell session without an authenticated user (the local console) acts as;"
                + " sessions of an authenticating transport act as their subject's user")
public @interface ShellUserConfig {
    /** The platform user id the local console acts as, e.g. {@code county.admin.li}; empty for nobody. */
    @AttributeDefinition(name = "Console user", required = false,
            description = "The platform user id the local console acts as, e.g. county.admin.li; empty for nobody")
    String console_user() default "";

    /**
     * Per operating-system user (the JVM's {@code user.name}): {@code OS-USER=PLATFORM-USER} entries,
     * consulted before {@link #console_user()}.
     */
    @AttributeDefinition(name = "Console users by OS user", required = false,
            description = "OS-USER=PLATFORM-USER entries: the platform user the console acts as when the platform"
                    + " runs as that operating-system user (user.name); consulted before the console user")
    String[] console_users() default {};
}
