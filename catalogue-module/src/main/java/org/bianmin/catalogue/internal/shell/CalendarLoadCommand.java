package org.bianmin.catalogue.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.bianmin.catalogue.CalendarYearStatus;
import org.bianmin.catalogue.CalendarYears;
import org.bianmin.catalogue.internal.calendar.CalendarFile;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.shell.ActingCommands;
import org.bianmin.internal.shell.ShellResult;
import org.bianmin.internal.shell.ShellUser;
import org.bianmin.internal.shell.ShellUserConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code catalogue:calendar-load FILE}: loads a year file (a State Council holiday notice) as an
 * official year without a restart, recorded as loaded by the shell user ({@link ShellUser}). A Gogo
 * {@link Function} because a command name with a hyphen cannot be a method name. The metatype of
 * configuration {@code org.bianmin.shell} comes with seal-service (Open Liberty refuses a PID that two
 * bundles describe).
 */
@Component(service = CalendarLoadCommand.class, configurationPid = ShellUser.PID, property = {
    "osgi.command.scope=catalogue", "osgi.command.function=calendar-load"
})
public class CalendarLoadCommand extends ActingCommands implements Function {
    static final String USAGE = "usage: catalogue:calendar-load FILE — load a year file (UTF-8) as an official year";

    private final CalendarYears calendar;


    @Activate
    public CalendarLoadCommand(@Reference CalendarYears calendar, ShellUserConfig shell) {
        super(shell);
        this.calendar = calendar;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        if (arguments.size() != 1) {
            return USAGE;
        }
        return ShellResult.of(() -> load(session, String.valueOf(arguments.get(0))));
    }

    private String load(CommandSession session, String file) {
        Actor loader = actor(session);
        try {
            Path path = Path.of(file);
            if (Files.size(path) > CalendarFile.MAX_LENGTH * 4L) {
                throw new BianminException(ErrorCode.CALENDAR_FILE_INVALID, file + " is larger than a year file can be");
            }
            CalendarYearStatus loaded = calendar.load(Files.readString(path, StandardCharsets.UTF_8), loader);
            return loaded.year() + " is official: " + loaded.source();
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CALENDAR_FILE_INVALID, "cannot read " + file + ": " + e, e);
        }
    }
}
