package org.bianmin.seal.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.shell.ActingCommands;
import org.bianmin.internal.shell.ShellResult;
import org.bianmin.internal.shell.ShellUser;
import org.bianmin.internal.shell.ShellUserConfig;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.OfdSealer;
import org.bianmin.seal.SealedOfd;
import org.bianmin.seal.StampPlacement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Gogo command {@code seal:seal-ofd}: a window clerk seals an OFD document with a seal in their
 * custody ({@link OfdSealer}) and gets the stamped document as a file. The clerk is the shell user
 * ({@link ShellUser}), never a name typed on the command line. The configuration's metatype is
 * designated once, on {@link SealCommands}.
 *
 * <pre>
 * seal:seal-ofd ESID IN.ofd OUT.ofd CASE PLACEMENT [--accept-invalid-signatures]
 *   PLACEMENT: --page N --x MM --y MM      the stamp centred at (x, y) mm on page N
 *            | --keyword TEXT [--every]   on the last (or every) occurrence of TEXT
 *            | --riding [--from N] [--to N] [--y MM]   a riding seal across the right edge
 * </pre>
 */
@Component(service = Function.class, configurationPid = ShellUser.PID,
        property = {"osgi.command.scope=seal", "osgi.command.function=seal-ofd"})
public class OfdSealCommands extends ActingCommands implements Function {
    static final String USAGE = "usage: seal:seal-ofd ESID IN.ofd OUT.ofd CASE (--page N --x MM --y MM"
            + " | --keyword TEXT [--every] | --riding [--from N] [--to N] [--y MM]) [--accept-invalid-signatures]";

    private final OfdSealer sealer;


    @Activate
    public OfdSealCommands(@Reference OfdSealer sealer, ShellUserConfig shell) {
        super(shell);
        this.sealer = sealer;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        return ShellResult.of(() -> run(session, arguments.stream().map(String::valueOf).collect(Collectors.toList())));
    }

    private String run(CommandSession session, List<String> arguments) {
        if (arguments.size() < 5) {
            throw BianminException.invalid(USAGE);
        }
        String esId = arguments.get(0);
        Path in = Path.of(arguments.get(1));
        Path out = Path.of(arguments.get(2));
        String caseNumber = arguments.get(3);
        Deque<String> options = new ArrayDeque<>(arguments.subList(4, arguments.size()));
        boolean acceptInvalid = options.remove("--accept-invalid-signatures");
        StampPlacement placement = placement(options);
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw BianminException.invalid("cannot write the sealed document to " + out + ": its folder does not"
                    + " exist or is not writable; nothing was sealed");
        }
        Actor operator = actor(session);
        byte[] document;
        try {
            document = Files.readAllBytes(in);
        } catch (IOException e) {
            throw new BianminException(ErrorCode.DOCUMENT_UNREADABLE, "cannot read " + in + ": " + e.getMessage(), e);
        }
        SealedOfd sealed = sealer.seal(new OfdSealRequest(esId, document, placement, caseNumber, acceptInvalid),
                operator);
        try {
            Files.write(out, sealed.ofd());
        } catch (IOException e) {
            throw new BianminException(ErrorCode.INVALID_ARGUMENT, "sealed, and the use is recorded, but " + out
                    + " cannot be written (" + e.getMessage() + "); the sealed package's SM3 is "
                    + sealed.packageHash(), e);
        }
        return "sealed " + in.getFileName() + " with " + esId + " as signature " + sealed.signatureId() + " -> " + out
                + "\n  stamps " + sealed.stamps().stream().map(s -> String.format(java.util.Locale.ROOT,
                        "p%d (%.1f, %.1f) %.1f×%.1f mm", s.page(), s.x(), s.y(), s.width(), s.height()))
                        .collect(Collectors.joining(", "))
                + "\n  package SM3 " + sealed.packageHash();
    }

    /** The placement the options name; every option must be understood. */
    static StampPlacement placement(Deque<String> options) {
        String kind = options.poll();
        StampPlacement placement;
        if ("--page".equals(kind)) {
            int page = integer(options.poll(), "--page");
            double x = number(value(options, "--x"), "--x");
            double y = number(value(options, "--y"), "--y");
            placement = StampPlacement.at(page, x, y);
        } else if ("--keyword".equals(kind)) {
            String keyword = options.poll();
            if (keyword == null) {
                throw BianminException.invalid("--keyword needs the text to find; " + USAGE);
            }
            boolean every = options.remove("--every");
            placement = new StampPlacement.AtKeyword(keyword, every ? StampPlacement.Occurrence.EVERY
                    : StampPlacement.Occurrence.LAST);
        } else if ("--riding".equals(kind)) {
            int from = 1;
            int to = 0;
            Double y = null;
            while (!options.isEmpty() && List.of("--from", "--to", "--y").contains(options.peek())) {
                String option = options.poll();
                switch (option) {
                    case "--from" -> from = integer(options.poll(), option);
                    case "--to" -> to = integer(options.poll(), option);
                    default -> y = number(options.poll(), option);
                }
            }
            placement = new StampPlacement.Riding(from, to, y);
        } else {
            throw BianminException.invalid("say where the stamp goes; " + USAGE);
        }
        if (!options.isEmpty()) {
            throw BianminException.invalid("not understood: " + String.join(" ", options) + "; " + USAGE);
        }
        return placement;
    }

    private static String value(Deque<String> options, String name) {
        if (!name.equals(options.poll())) {
            throw BianminException.invalid("--page needs --x and --y; " + USAGE);
        }
        return options.poll();
    }

    private static int integer(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw BianminException.invalid(option + " takes a whole number, not '" + text + "'");
        }
    }

    private static double number(String text, String option) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && text.length() <= 16) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // refused below
        }
        throw BianminException.invalid(option + " takes a length in millimetres, not '" + text + "'");
    }
}
