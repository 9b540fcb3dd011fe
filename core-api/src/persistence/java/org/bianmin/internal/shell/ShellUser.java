package org.bianmin.internal.shell;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import javax.security.auth.Subject;
import org.apache.felix.service.command.CommandSession;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The shell user: whom a Gogo command acts as. A command that changes something declares the
 * {@link CommandSession} as its first parameter (Gogo passes it) and asks here; it never takes the
 * acting person as a typed argument, so that one person at the console cannot be two people, and
 * dual control (the requester is not the approver, the proposer not the confirmer) means in the shell
 * what it means through REST (docs/requirements.md, safe-by-default).
 *
 * <p>In this order:
 * <ol>
 * <li>the user principal ({@link SubjectUser}) of the JAAS subject the session runs as
 * ({@code Subject.doAs} by an authenticating transport), or of the
 * {@link Subject} an authenticating transport put into the session variable {@value #SUBJECT_VARIABLE};
 * if both are there they must name the same user;</li>
 * <li>otherwise the console mapping of configuration {@value #PID} ({@link ShellUserConfig}):
 * {@code console.users} for the operating-system user the platform runs as, then {@code console.user};</li>
 * <li>otherwise the command is refused with {@code SHELL_USER_UNKNOWN}, saying what to configure.</li>
 * </ol>
 */
public final class ShellUser {
    /** The configuration PID of the console mapping ({@link ShellUserConfig}). */
    public static final String PID = "org.bianmin.shell";

    /** The session variable in which an authenticating transport may put the session's {@link Subject}. */
    public static final String SUBJECT_VARIABLE = "org.bianmin.shell.subject";

    private ShellUser() {
    }

    /** Whom a command typed in {@code session} acts as, with the console mapping {@code config}. */
    public static Actor of(CommandSession session, ShellUserConfig config) {
        return of(session, config, runningAs(), System.getProperty("user.name", ""));
    }

    /** {@link #of(CommandSession, ShellUserConfig)} with the thread's subject and the OS user given. */
    static Actor of(CommandSession session, ShellUserConfig config, Subject runningAs, String osUser) {
        Optional<String> transport = Optional.ofNullable(runningAs)
                .map(subject -> SubjectUser.of(subject, "the subject this shell session runs as"));
        Object handed = session == null ? null : session.get(SUBJECT_VARIABLE);
        if (handed != null && !(handed instanceof Subject)) {
            throw unknown("the session variable " + SUBJECT_VARIABLE + " holds a " + handed.getClass().getName()
                    + ", not a javax.security.auth.Subject; nothing was done");
        }
        Optional<String> variable = Optional.ofNullable((Subject) handed)
                .map(subject -> SubjectUser.of(subject, "the subject in the session variable " + SUBJECT_VARIABLE));
        if (transport.isPresent() && variable.isPresent() && !transport.equals(variable)) {
            throw unknown("this shell session runs as " + transport.get() + " but its variable " + SUBJECT_VARIABLE
                    + " names " + variable.get() + "; nothing was done");
        }
        Optional<String> authenticated = transport.or(() -> variable);
        if (authenticated.isPresent()) {
            return Actor.of(authenticated.get());
        }
        return Actor.of(console(config, osUser));
    }

    private static String console(ShellUserConfig config, String osUser) {
        for (String entry : config.console_users()) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || entry.substring(equals + 1).isBlank()) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "console.users entry '" + entry
                        + "' in configuration " + PID + " is not OS-USER=PLATFORM-USER; nothing was done");
            }
            if (entry.substring(0, equals).strip().equals(osUser)) {
                return entry.substring(equals + 1).strip();
            }
        }
        if (!config.console_user().isBlank()) {
            return config.console_user().strip();
        }
        throw unknown("this shell session has no authenticated user and the console acts as nobody: set console.user"
                + " (the administrator the local console acts as) or console.users (OS-USER=PLATFORM-USER) in"
                + " configuration " + PID + ", or reach the shell through a transport that authenticates its users;"
                + " nothing was done");
    }

    private static BianminException unknown(String message) {
        return new BianminException(ErrorCode.SHELL_USER_UNKNOWN, message);
    }

    /**
     * The JAAS subject of the calling thread's access-control context: {@code Subject.current()} where
     * the Java runtime has it (18 and later, the only way from 23 on), {@code Subject.getSubject} before.
     */
    @SuppressWarnings("removal")
    static Subject runningAs() {
        try {
            return (Subject) Subject.class.getMethod("current").invoke(null);
        } catch (NoSuchMethodException e) {
            return Subject.getSubject(java.security.AccessController.getContext());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the thread's subject", e);
        }
    }
}
