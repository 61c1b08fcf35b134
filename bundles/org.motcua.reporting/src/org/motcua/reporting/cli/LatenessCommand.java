// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.cli;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.KpiService;
import org.motcua.reporting.KpiService.LateKind;
import org.motcua.reporting.internal.SoonDue;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code lateness --office CODE|all --from yyyy-MM-dd --to yyyy-MM-dd [--kind late-without-apology|apology-late|
 * not-returned|steps] [--now yyyy-MM-ddTHH:mm]}: the dossiers behind the lateness figures of docs/kpi.md, and the
 * steps completed by the department that held them.
 */
@Component(service = CliCommand.class)
public final class LatenessCommand implements CliCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.motcua.reporting.ReportDatabase database;

    /** For DS. */
    public LatenessCommand() {
    }

    /** Without DS (tests): the given database. */
    public LatenessCommand(org.motcua.reporting.ReportDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "lateness";
    }

    @Override
    public String summary(Locale locale) {
        return CommandSupport.text(locale, "lateness.summary");
    }

    @Override
    public String usage(Locale locale) {
        return "./motcua cli lateness --office CODE|all --from yyyy-MM-dd --to yyyy-MM-dd"
                + " [--kind late-without-apology|apology-late|not-returned|forwarded-late|steps] [--now yyyy-MM-ddTHH:mm]";
    }

    @Override
    public int run(CliContext context) throws Exception {
        try {
            LocalDate from = CommandSupport.date(context, "from");
            LocalDate to = CommandSupport.date(context, "to");
            String kind = context.option("kind").orElse("all");
            if (!List.of("all", "late-without-apology", "apology-late", "not-returned", "forwarded-late", "steps").contains(kind)) {
                throw new CommandSupport.UsageException(CommandSupport.text(context, "bad.value", "kind", kind));
            }
            String office = context.option("office").orElse("all");
            // dossier codes of an office: for a signed-in user who may read that office
            CommandSupport.reader(context, CommandSupport.core(() -> database, context), office);
            DataSource dataSource = CommandSupport.dataSource(() -> database, context);
            LocalDateTime now = context.option("now").map(v -> parse(context, "now", v))
                    .orElseGet(() -> LocalDateTime.now(org.motcua.core.calendar.WorkingCalendar.VIETNAM_ZONE));
            KpiFilter filter;
            try (Connection c = dataSource.getConnection()) {
                long officeId = "all".equals(office) ? 0L : CommandSupport.officeId(c, office)
                        .orElseThrow(() -> new CommandSupport.UsageException(CommandSupport.text(context, "unknown.office", office)));
                filter = new KpiFilter(officeId, from, to, now, SoonDue.limit(c, now));
            }
            KpiService kpi = new KpiService(dataSource);
            for (LateKind k : LateKind.values()) {
                if (kind.equals("all") || kind.equals(k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        || kind.equals("not-returned") && k == LateKind.RESULT_NOT_RETURNED) {
                    List<KpiService.LateDossier> rows = kpi.lateDossiers(filter, k);
                    context.out().println(CommandSupport.text(context, "lateness." + k.name(), rows.size()));
                    for (KpiService.LateDossier r : rows) {
                        context.out().printf("  %-24s %-17s %-17s %s | %s%n", r.code(), format(r.due()), format(r.at()),
                                r.applicant(), r.procedure());
                    }
                }
            }
            if (kind.equals("all") || kind.equals("steps")) {
                context.out().println(CommandSupport.text(context, "lateness.steps"));
                for (KpiService.DepartmentSteps s : kpi.stepsByDepartment(filter)) {
                    context.out().printf("  %6d %6d  %s%n", s.completed(), s.late(), s.department());
                }
            }
            return 0;
        } catch (CommandSupport.UsageException e) {
            context.err().println(e.getMessage());
            return 2;
        }
    }

    private static String format(LocalDateTime t) {
        return t == null ? "—" : t.format(TIME);
    }

    private static LocalDateTime parse(CliContext context, String option, String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandSupport.UsageException(CommandSupport.text(context, "bad.value", option, value));
        }
    }
}
