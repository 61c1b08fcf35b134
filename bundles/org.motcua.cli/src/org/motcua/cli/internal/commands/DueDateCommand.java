// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.calendar.PauseInterval;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.calendar.WorkingPeriod;
import org.motcua.core.org.OfficeRef;
import org.osgi.service.component.annotations.Component;

/**
 * {@code due-date}: the due timestamp of a dossier received at a time, for a duration in a unit,
 * with optional pauses, on an office's calendar (from the database), a calendar file, or the default
 * calendar (no holidays).
 */
@Component(service = CliCommand.class)
public final class DueDateCommand implements CliCommand {

    @Override
    public String name() {
        return "due-date";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "dueDate.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "dueDate.usage");
    }

    @Override
    public int run(CliContext context) throws IOException {
        LocalDateTime received = LocalDateTime.parse(context.required("received"));
        BigDecimal duration = new BigDecimal(context.required("duration"));
        DurationUnit unit = DurationUnit.valueOf(context.option("unit").orElse("WORKING_DAYS").toUpperCase(Locale.ROOT));
        List<PauseInterval> pauses = new ArrayList<>();
        for (String pause : context.options("pause")) {
            String[] ends = pause.split("/");
            pauses.add(PauseInterval.closed(LocalDateTime.parse(ends[0]), LocalDateTime.parse(ends[1]), "cli"));
        }
        WorkingCalendar calendar = calendar(context);
        context.out().println(new DeadlineCalculator().due(calendar, received, duration, unit, pauses));
        return 0;
    }

    private static WorkingCalendar calendar(CliContext context) throws IOException {
        if (context.option("office").isPresent()) {
            String code = context.option("office").get();
            OfficeRef office = context.workspace().core().organization().office(code)
                    .orElseThrow(() -> new MotCuaException("office.unknownCode", code));
            return context.workspace().core().organization().calendar(office.id());
        }
        if (context.option("calendar").isPresent()) {
            return readCalendarFile(Path.of(context.option("calendar").get()));
        }
        return WorkingCalendar.defaults();
    }

    /**
     * Reads a calendar file: {@code periods=07:00-11:30,13:30-17:00}, {@code cutoff=15:00},
     * {@code holidays=2026-02-16..2026-02-20,2026-04-30}, {@code makeup=2024-05-04}.
     */
    static WorkingCalendar readCalendarFile(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        WorkingCalendar.Builder builder = WorkingCalendar.builder()
                .periods(WorkingPeriod.parseAll(p.getProperty("periods")));
        if (p.getProperty("cutoff") != null) {
            builder.cutOffTime(LocalTime.parse(p.getProperty("cutoff").trim()));
        }
        for (String range : list(p.getProperty("holidays"))) {
            String[] ends = range.split("\\.\\.");
            builder.holidays(LocalDate.parse(ends[0]), LocalDate.parse(ends[ends.length - 1]), file.getFileName().toString());
        }
        for (String day : list(p.getProperty("makeup"))) {
            builder.makeUpWorkingDay(LocalDate.parse(day), file.getFileName().toString());
        }
        return builder.build();
    }

    private static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }
}
