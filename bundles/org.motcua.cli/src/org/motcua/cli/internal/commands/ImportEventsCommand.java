// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ImportRefusedException;
import org.motcua.core.workflow.ImportRejectedException;
import org.motcua.core.workflow.ImportReport;
import org.motcua.core.workflow.ImportService;
import org.osgi.service.component.annotations.Component;

/**
 * {@code import-events}: reads a CSV log of dossier actions from an old system ({@link EventLog}) and hands it to
 * the core's import as data. The whole file is checked first: malformed lines here, then what the core refuses
 * (unknown user or procedure, invalid identity number, an impossible action), every refused line with its number,
 * and nothing is written while there is one. A clean log is written in batches; lines an earlier import wrote are
 * left as they are, so the same file imported again writes nothing and a batch that failed is resumed by running
 * the import again.
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
        int batch = context.option("batch").map(Integer::parseInt).orElse(ImportService.DEFAULT_BATCH);
        MotCuaCore core = context.workspace().core();
        EventLog log = new EventLog(core);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
            csv.forEach(log::read);
        }
        // the whole file is checked first: the malformed lines, and what the core refuses of the rest
        List<ImportRefusedException> refused = new ArrayList<>();
        for (EventLog.Problem p : log.problems()) {
            refused.add(new ImportRefusedException((int) p.line(), p.reason()));
        }
        refused.addAll(core.imports().check(importer, log.checkableEvents()));
        if (!refused.isEmpty() || context.flag("check")) {
            return refusedOrChecked(context, refused);
        }
        ImportReport report;
        try {
            report = core.imports().importLog(importer, log.events(), batch);
        } catch (ImportRejectedException e) { // the database changed since the check
            return refusedOrChecked(context, e.lines());
        } catch (ImportRefusedException e) {
            context.err().println(e.message(context.locale()));
            context.out().println(Texts.get(context.locale(), "import.resume"));
            return 1;
        }
        context.out().println(Texts.get(context.locale(), "import.done", report.actions(), report.dossiers()));
        context.out().println(Texts.get(context.locale(), "import.details", report.alreadyImported(), report.flagged(),
                report.batches()));
        return 0;
    }

    private static int refusedOrChecked(CliContext context, List<ImportRefusedException> refused) {
        if (refused.isEmpty()) {
            context.out().println(Texts.get(context.locale(), "import.clean"));
            return 0;
        }
        refused.stream().sorted(Comparator.comparingInt(ImportRefusedException::line))
                .forEach(e -> context.err().println(e.message(context.locale())));
        context.out().println(Texts.get(context.locale(), "import.nothingWritten", refused.size()));
        return 1;
    }
}
