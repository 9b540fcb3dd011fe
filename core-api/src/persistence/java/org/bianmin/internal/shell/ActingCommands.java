package org.bianmin.internal.shell;

import org.apache.felix.service.command.CommandSession;
import org.bianmin.core.Actor;

/**
 * Gogo commands that change something, and so act as the shell user ({@link ShellUser}): the
 * session's authenticated user, or whom the console mapping of configuration {@value ShellUser#PID}
 * names. A command component extends it and hands the configuration it was activated with to the
 * constructor; each command asks {@link #actor} whom it acts as, the one way every module's shell
 * resolves its user (docs/requirements.md, safe-by-default: dual control means in the shell what it
 * means through REST).
 */
public abstract class ActingCommands {
    private final ShellUserConfig shell;

    protected ActingCommands(ShellUserConfig shell) {
        this.shell = shell;
    }

    /** Whom a command typed in {@code session} acts as; fails with {@code SHELL_USER_UNKNOWN}. */
    protected final Actor actor(CommandSession session) {
        return ShellUser.of(session, shell);
    }
}
