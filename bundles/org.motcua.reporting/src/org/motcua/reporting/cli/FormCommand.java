// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;

import javax.sql.DataSource;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportDesign;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.ReportService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code form <form> --dossier CODE [--format pdf|html|xlsx] --out FILE}. */
@Component(service = CliCommand.class)
public final class FormCommand implements CliCommand {

    @Reference
    private ReportService reports;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.motcua.reporting.ReportDatabase database;

    /** For DS. */
    public FormCommand() {
    }

    /** Without DS (tests): the given services. */
    public FormCommand(ReportService reports, org.motcua.reporting.ReportDatabase database) {
        this.reports = reports;
        this.database = database;
    }

    @Override
    public String name() {
        return "form";
    }

    @Override
    public String summary(Locale locale) {
        return CommandSupport.text(locale, "form.summary");
    }

    @Override
    public String usage(Locale locale) {
        StringBuilder forms = new StringBuilder();
        ReportCatalog.all().stream().filter(d -> d.kind() == ReportDesign.Kind.FORM)
                .forEach(d -> forms.append(forms.length() == 0 ? "" : "|").append(d.name()));
        return "./motcua cli form " + forms + " --dossier CODE [--format pdf|html|xlsx] --out FILE";
    }

    @Override
    public int run(CliContext context) throws Exception {
        try {
            if (context.arguments().isEmpty()) {
                throw new CommandSupport.UsageException(usage(context.locale()));
            }
            String name = context.arguments().get(0);
            ReportDesign design = ReportCatalog.find(name).filter(d -> d.kind() == ReportDesign.Kind.FORM)
                    .orElseThrow(() -> new CommandSupport.UsageException(CommandSupport.text(context, "unknown.design", name)));
            String code = CommandSupport.required(context, "dossier");
            Path out = Path.of(CommandSupport.required(context, "out"));
            OutputFormat format = CommandSupport.format(context, out);
            org.motcua.core.MotCuaCore core = CommandSupport.core(() -> database, context);
            org.motcua.core.security.Principal viewer = CommandSupport.reader(context, core, null);
            // a dossier the user may not read is not found, as on the screens
            if (core.queries().byCode(viewer, code).isEmpty()) {
                context.err().println(CommandSupport.text(context, "unknown.dossier", code));
                return 1;
            }
            DataSource dataSource = CommandSupport.dataSource(() -> database, context);
            try (Connection c = dataSource.getConnection()) {
                reports.render(ReportRequest.form(design, code, format, out), c);
            }
            org.motcua.reporting.RenderAudit.form(core, viewer, design.name(), code);
            context.out().println(CommandSupport.text(context, "written", out.toAbsolutePath()));
            return 0;
        } catch (CommandSupport.UsageException e) {
            context.err().println(e.getMessage());
            return 2;
        }
    }
}
