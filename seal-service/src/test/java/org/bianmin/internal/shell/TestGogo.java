package org.bianmin.internal.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.service.command.CommandSession;

/** A real Gogo command processor for tests, with sessions as a console makes them; close it after the test. */
public final class TestGogo implements AutoCloseable {
    private final CommandProcessorImpl processor = new CommandProcessorImpl();

    /** Registers {@code commands}' public methods as the commands of {@code scope}. */
    public void addCommands(String scope, Object commands) {
        processor.addCommand(scope, commands);
    }

    /** A new session, reading nothing and printing nowhere. */
    public CommandSession session() {
        return processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
    }

    @Override
    public void close() {
        processor.stop();
    }
}
