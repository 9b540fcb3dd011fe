package org.bianmin.it.felix;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * A Gogo shell session inside a {@link FelixRuntime}, driven as an administrator types at the
 * console. The Gogo API is not on the test's class path, so the session is reached through the
 * {@code CommandProcessor} service's public interface by name.
 */
final class GogoShell {
    private final Object session;
    private final Method execute;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    GogoShell(FelixRuntime felix) throws Exception {
        Object processor = felix.service("org.apache.felix.service.command.CommandProcessor");
        Class<?> processorType = interfaceNamed(processor.getClass(), "org.apache.felix.service.command.CommandProcessor");
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        session = processorType.getMethod("createSession", java.io.InputStream.class, java.io.OutputStream.class,
                java.io.OutputStream.class).invoke(processor, new ByteArrayInputStream(new byte[0]), out, out);
        Class<?> sessionType = interfaceNamed(session.getClass(), "org.apache.felix.service.command.CommandSession");
        execute = sessionType.getMethod("execute", CharSequence.class);
    }

    /** Runs one command line and returns what it returned, as text. */
    String run(String commandLine) throws Exception {
        Object result = execute.invoke(session, commandLine);
        return result == null ? "" : result.toString();
    }

    /** Everything commands printed (e.g. {@code help}), as text. */
    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
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
