// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ImportRefusedException;
import org.motcua.core.workflow.ImportResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code import-events}: reads a CSV log of dossier actions from an old system ({@link EventLog}) and
 * hands it to the core's import as data, which replays it at the events' own times, every action
 * checked like a live one and audited as imported. Malformed lines are all listed before anything is
 * written; a line the core refuses is named, and nothing of the log is written.
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
        Principal importer = CliAuthentication.actor(context);
        Path file = Path.of(context.positional().isEmpty() ? context.required("file") : context.positional().get(0));
        MotCuaCore core = context.workspace().core();
        EventLog log = new EventLog(core);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
            csv.forEach(log::read);
        }
        if (!log.problems().isEmpty()) { // the whole file is read first: every bad line at once, nothing written
            for (EventLog.Problem p : log.problems()) {
                context.err().println(new ImportRefusedException((int) p.line(), p.reason()).message(context.locale()));
            }
            context.out().println(Texts.get(context.locale(), "import.nothingWritten", log.problems().size()));
            return 1;
        }
        ImportResult result;
        try {
            result = core.imports().importEvents(importer, log.events());
        } catch (ImportRefusedException e) {
            context.err().println(e.message(context.locale()));
            context.out().println(Texts.get(context.locale(), "import.nothingWritten", 1));
            return 1;
        }
        context.out().println(Texts.get(context.locale(), "import.done", result.actions(), result.dossiers()));
        return 0;
    }
}
