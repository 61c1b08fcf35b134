// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.cli;

import java.sql.Connection;
import java.util.Locale;

import javax.sql.DataSource;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.engine.KpiSnapshots;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code snapshots}: closes the days of the daily KPI snapshots not closed yet (backfilled from the dossiers' history),
 * records facts recorded late as adjustments and writes today's provisional figures (docs/kpi.md). Idempotent.
 */
@Component(service = CliCommand.class)
public final class SnapshotsCommand implements CliCommand {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.motcua.reporting.ReportDatabase database;

    /** For DS. */
    public SnapshotsCommand() {
    }

    /** Without DS (tests): the given database. */
    public SnapshotsCommand(org.motcua.reporting.ReportDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "snapshots";
    }

    @Override
    public String summary(Locale locale) {
        return CommandSupport.text(locale, "snapshots.summary");
    }

    @Override
    public String usage(Locale locale) {
        return "./motcua cli snapshots";
    }

    @Override
    public int run(CliContext context) throws Exception {
        org.motcua.core.MotCuaCore core = CommandSupport.core(() -> database, context);
        CommandSupport.reader(context, core, null); // signs in: the figures are read by leaders only, but anyone may close days
        DataSource dataSource = CommandSupport.dataSource(() -> database, context);
        long start = System.nanoTime();
        KpiSnapshots.Result result;
        try (Connection c = dataSource.getConnection()) {
            result = KpiSnapshots.refresh(c, core.time().now());
        }
        context.out().println(CommandSupport.text(context, "snapshots.done", result.daysClosed(), result.officesClosed(),
                result.adjustments(), String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
        return 0;
    }
}
