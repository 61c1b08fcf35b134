// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.workflow.DossierView;
import org.osgi.service.component.annotations.Component;

/** {@code export-dossiers}: the dossier table with statuses, due dates and on-time class, as CSV. */
@Component(service = CliCommand.class)
public final class ExportDossiersCommand implements CliCommand {

    /** The CSV columns, in order. */
    public static final String[] HEADER = { "code", "office", "procedure", "procedure_version", "channel", "status",
            "national_status", "applicant", "received_at", "valid_received_at", "due_at", "original_due_at",
            "finished_at", "returned_at", "timeliness", "timeliness_original", "deadline_state", "holder",
            "supplement_rounds", "reappointed" };

    private static final int PAGE = 2000;

    @Override
    public String name() {
        return "export-dossiers";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "export.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "export.usage");
    }

    @Override
    public int run(CliContext context) throws IOException {
        Path out = Path.of(context.required("out"));
        String office = context.option("office").orElse(null);
        // citizens' data: only for a signed-in user, and only what that user may read
        org.motcua.core.security.Principal viewer = org.motcua.cli.CliAuthentication.actor(context);
        int count = 0;
        // the first page before the file: a refusal (not the user's office) leaves no file behind
        List<DossierView> first = context.workspace().core().queries().page(viewer, office, 0, PAGE);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (int offset = 0;; offset += PAGE) {
                List<DossierView> page = offset == 0 ? first
                        : context.workspace().core().queries().page(viewer, office, offset, PAGE);
                for (DossierView d : page) {
                    csv.printRecord(d.code(), d.officeCode(), d.procedureCode(), d.procedureVersion(), d.channel(),
                            d.status(), d.nationalStatusCode(), SpreadsheetSafe.text(d.applicantName()), d.receivedAt(), d.validReceivedAt(),
                            d.dueAt(), d.originalDueAt(), d.finishedAt(), d.returnedAt(), d.timeliness(),
                            d.timelinessAgainstOriginal(), d.deadlineState(), SpreadsheetSafe.text(d.holderName()), d.supplementRounds(),
                            d.reappointed());
                    count++;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        // one administrative record of the export: who, which office, which file, how many rows (docs/security.md)
        context.workspace().core().audit().record(viewer, org.motcua.core.audit.AuditEvent.EXPORT,
                office == null ? "*" : office, out.getFileName().toString(), String.valueOf(count));
        context.out().println(Texts.get(context.locale(), "export.done", count, out.toString()));
        return 0;
    }
}
