// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import javax.sql.DataSource;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportDesign;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.ReportService;
import org.motcua.reporting.internal.SoonDue;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code report <design> --office CODE|all --from yyyy-MM-dd --to yyyy-MM-dd --format pdf|html|xlsx --out FILE},
 * and {@code report --list}.
 */
@Component(service = CliCommand.class)
public final class ReportCommand implements CliCommand {

    @Reference
    private ReportService reports;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.motcua.reporting.ReportDatabase database;

    /** For DS. */
    public ReportCommand() {
    }

    /** Without DS (tests): the given services. */
    public ReportCommand(ReportService reports, org.motcua.reporting.ReportDatabase database) {
        this.reports = reports;
        this.database = database;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary(Locale locale) {
        return CommandSupport.text(locale, "report.summary");
    }

    @Override
    public String usage(Locale locale) {
        return "./motcua cli report --list\n"
                + "./motcua cli report <design> --office CODE|all --from yyyy-MM-dd --to yyyy-MM-dd"
                + " [--format pdf|html|xlsx] --out FILE";
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (context.flag("list") || context.arguments().isEmpty()) {
            context.out().println(CommandSupport.text(context, "list.heading"));
            for (ReportDesign design : ReportCatalog.all()) {
                context.out().printf("  %-20s %-7s %s%n", design.name(), design.kind().name().toLowerCase(Locale.ROOT),
                        design.title(context.locale()));
            }
            return 0;
        }
        try {
            String name = context.arguments().get(0);
            ReportDesign design = ReportCatalog.find(name).filter(d -> d.kind() == ReportDesign.Kind.REPORT)
                    .orElseThrow(() -> new CommandSupport.UsageException(CommandSupport.text(context, "unknown.design", name)));
            Path out = Path.of(CommandSupport.required(context, "out"));
            OutputFormat format = CommandSupport.format(context, out);
            LocalDate from = CommandSupport.date(context, "from");
            LocalDate to = CommandSupport.date(context, "to");
            String office = context.option("office").orElse("all");
            org.motcua.core.MotCuaCore core = CommandSupport.core(() -> database, context);
            org.motcua.core.security.Principal viewer = CommandSupport.reader(context, core, office);
            DataSource dataSource = CommandSupport.dataSource(() -> database, context);
            try (Connection c = dataSource.getConnection()) {
                long officeId = "all".equals(office) ? 0L : CommandSupport.officeId(c, office)
                        .orElseThrow(() -> new CommandSupport.UsageException(CommandSupport.text(context, "unknown.office", office)));
                LocalDateTime now = core.time().now(); // the workspace's clock, as the dashboard's
                reports.render(ReportRequest.period(design, officeId, from, to, now, SoonDue.limit(c, now), format, out), c);
                org.motcua.reporting.RenderAudit.report(core, viewer, design.name(), officeId, from, to);
            }
            context.out().println(CommandSupport.text(context, "written", out.toAbsolutePath()));
            return 0;
        } catch (CommandSupport.UsageException e) {
            context.err().println(e.getMessage());
            return 2;
        }
    }
}
