package org.bianmin.it.felix;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import javax.security.auth.Subject;
import com.sun.security.auth.UserPrincipal;

/**
 * A Gogo shell session inside a {@link FelixRuntime}, driven as a person types at the console. The
 * Gogo API is not on the test's class path, so the session is reached through the
 * {@code CommandProcessor} service's public interface by name.
 *
 * <p>Whom the session's commands act as (the shell user): a session made with
 * {@link #GogoShell(FelixRuntime)} is the local console, which acts as configuration
 * {@code org.bianmin.shell} maps it ({@code console.user}), or as nobody; {@link #runningAs} and
 * {@link #withSubjectOf} are sessions of a transport that authenticated a user, one running each
 * command line as the user's JAAS subject ({@code Subject.doAs}), the other handing the subject to
 * the session in the variable {@value #SUBJECT_VARIABLE}.
 */
final class GogoShell {
    /** The session variable in which a transport hands the session's subject to Bianmin's commands. */
    static final String SUBJECT_VARIABLE = "org.bianmin.shell.subject";

    private final Object session;
    private final Method execute;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Subject runAs;

    /** A session at the local console. */
    GogoShell(FelixRuntime felix) throws Exception {
        this(felix, null);
    }

    private GogoShell(FelixRuntime felix, Subject runAs) throws Exception {
        this.runAs = runAs;
        Object processor = felix.service("org.apache.felix.service.command.CommandProcessor");
        Class<?> processorType = interfaceNamed(processor.getClass(), "org.apache.felix.service.command.CommandProcessor");
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        session = processorType.getMethod("createSession", java.io.InputStream.class, java.io.OutputStream.class,
                java.io.OutputStream.class).invoke(processor, new ByteArrayInputStream(new byte[0]), out, out);
        Class<?> sessionType = interfaceNamed(session.getClass(), "org.apache.felix.service.command.CommandSession");
        execute = sessionType.getMethod("execute", CharSequence.class);
    }

    /** A session whose transport authenticated {@code user} and runs each command line as the user's subject. */
    static GogoShell runningAs(FelixRuntime felix, String user) throws Exception {
        return new GogoShell(felix, subjectOf(user));
    }

    /** A session whose transport authenticated {@code user} and put the user's subject into the session. */
    static GogoShell withSubjectOf(FelixRuntime felix, String user) throws Exception {
        GogoShell shell = new GogoShell(felix, null);
        Class<?> sessionType = interfaceNamed(shell.session.getClass(), "org.apache.felix.service.command.CommandSession");
        sessionType.getMethod("put", String.class, Object.class).invoke(shell.session, SUBJECT_VARIABLE, subjectOf(user));
        return shell;
    }

    /** Runs one command line and returns what it returned, as text. */
    String run(String commandLine) throws Exception {
        if (runAs == null) {
            return text(execute.invoke(session, commandLine));
        }
        try {
            return text(Subject.doAs(runAs, (PrivilegedExceptionAction<Object>) () -> execute.invoke(session, commandLine)));
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** Everything commands printed (e.g. {@code help}), as text. */
    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String text(Object result) {
        return result == null ? "" : result.toString();
    }

    /** A JAAS subject as a login module makes it: the user's principal, read-only. */
    private static Subject subjectOf(String user) {
        return new Subject(true, Set.of(new UserPrincipal(user)), Set.of(), Set.of());
    }

    private static Class<?> interfaceNamed(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> candidate : c.getInterfaces()) {
                if (candidate.getName().equals(name)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError(type + " does not implement " + name);
    }
}
