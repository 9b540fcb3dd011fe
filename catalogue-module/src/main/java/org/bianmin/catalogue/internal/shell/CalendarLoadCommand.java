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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code catalogue:calendar-load FILE ACTOR}: loads a year file (a State Council holiday notice) as an
 * official year without a restart. A Gogo {@link Function} because a command name with a hyphen cannot
 * be a method name.
 */
@Component(service = CalendarLoadCommand.class, property = {
    "osgi.command.scope=catalogue", "osgi.command.function=calendar-load"
})
public class CalendarLoadCommand implements Function {
    static final String USAGE = "usage: catalogue:calendar-load FILE ACTOR — load a year file (UTF-8) as an official year";

    private final CalendarYears calendar;

    @Activate
    public CalendarLoadCommand(@Reference CalendarYears calendar) {
        this.calendar = calendar;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        if (arguments.size() != 2) {
            return USAGE;
        }
        return load(String.valueOf(arguments.get(0)), String.valueOf(arguments.get(1)));
    }

    String load(String file, String actor) {
        try {
            Path path = Path.of(file);
            if (Files.size(path) > CalendarFile.MAX_LENGTH * 4L) {
                return "ERROR CALENDAR_FILE_INVALID: " + file + " is larger than a year file can be";
            }
            CalendarYearStatus loaded = calendar.load(Files.readString(path, StandardCharsets.UTF_8), Actor.of(actor));
            return loaded.year() + " is official: " + loaded.source();
        } catch (IOException e) {
            return "ERROR CALENDAR_FILE_INVALID: cannot read " + file + ": " + e;
        } catch (BianminException e) {
            return "ERROR " + e.code() + ": " + e.getMessage();
        }
    }
}
