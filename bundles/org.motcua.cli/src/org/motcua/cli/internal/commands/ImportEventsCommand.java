package org.motcua.cli.internal.commands;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.motcua.core.engine.CoreEngine;
import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.Actor;
import org.osgi.service.component.annotations.Component;

/**
 * {@code import-events}: replays a CSV log of dossier actions from an old system, in time order,
 * through the workflow service at the events' own timestamps. Every action is checked like a live one
 * and audited as imported; the first refused line stops the import and names the line.
 */
@Component(service = CliCommand.class)
public final class ImportEventsCommand implements CliCommand {

    @Override
    public String name() {
        return "import-events";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "import.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "import.usage");
    }

    @Override
    public int run(CliContext context) throws IOException {
        Actor importer = CliAuthentication.actor(context);
        boolean administrator = context.workspace().core().organization().user(importer.username())
                .map(u -> u.roles().contains(Role.ADMINISTRATOR)).orElse(false);
        if (!administrator) {
            throw new MotCuaException("admin.required", importer.username());
        }
        Path file = Path.of(context.positional().isEmpty() ? context.required("file") : context.positional().get(0));
        SettableTimeSource clock = new SettableTimeSource(LocalDateTime.of(2000, 1, 1, 0, 0));
        CoreEngine replay = context.workspace().replayCore(clock);
        EventReplayer replayer = new EventReplayer(replay, clock);
        int line = 1;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
            for (CSVRecord event : csv) {
                line = (int) event.getRecordNumber() + 1;
                try {
                    replay.importing(() -> {
                        replayer.replay(event);
                        return null;
                    });
                } catch (MotCuaException e) {
                    context.err().println(Texts.get(context.locale(), "import.lineRefused", line, e.message(context.locale())));
                    context.out().println(Texts.get(context.locale(), "import.done", replayer.count(), replayer.dossiers()));
                    return 1;
                }
            }
        }
        context.out().println(Texts.get(context.locale(), "import.done", replayer.count(), replayer.dossiers()));
        return 0;
    }
}
