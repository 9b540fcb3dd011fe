package org.bianmin.seal.internal.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.function.ToIntFunction;
import picocli.CommandLine;

/**
 * Runs the seal-service command lines alike: output and errors to the given streams, every
 * message prefixed with the command's name, a usage error followed by the usage (exit status 64,
 * EX_USAGE of sysexits.h), a failure given the status the command assigns it.
 */
final class CommandLines {
    /** The exit status of a usage error (EX_USAGE). */
    static final int EXIT_USAGE = 64;

    private CommandLines() {
    }

    /**
     * Executes {@code command} with {@code args}; returns the exit status.
     *
     * @param failureStatus the exit status of an exception the command threw
     */
    static int execute(Object command, String name, String[] args, PrintStream stdout, PrintStream stderr,
            ToIntFunction<Exception> failureStatus) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        cli.setParameterExceptionHandler((e, a) -> {
            stderr.println(name + ": " + e.getMessage());
            e.getCommandLine().usage(new PrintWriter(stderr, true));
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, executed, parsed) -> {
            stderr.println(name + ": " + e.getMessage());
            return failureStatus.applyAsInt(e);
        });
        return cli.execute(args);
    }
}
