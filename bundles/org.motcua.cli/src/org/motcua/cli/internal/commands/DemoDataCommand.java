// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.motcua.core.engine.CoreEngine;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.workflow.DossierView;
import org.motcua.demo.DemoDataGenerator;
import org.motcua.demo.DemoOffices;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;
import org.osgi.service.component.annotations.Component;

/**
 * {@code demo-data}: turns an empty workspace into the demo of the inspected offices (Đồng Tháp,
 * Tháp Mười and Cao Lãnh with their communes) with a year of work up to 27 June 2025, loaded through
 * the core services. Idempotent: on a demo whose first start loaded the last weeks it loads the months
 * before them; refused on a workspace that holds a real office.
 */
@Component(service = CliCommand.class)
public final class DemoDataCommand implements CliCommand {

    /** The demo workspace's "now": the last weeks of the district level (one definition, the generator's). */
    private static final LocalDateTime DEMO_NOW = DemoDataGenerator.DEMO_NOW;

    @Override
    public String name() {
        return "demo-data";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "demo.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "demo.usage");
    }

    @Override
    public int run(CliContext context) {
        Workspace workspace = context.workspace();
        MotCuaCore core = workspace.core();
        DemoOffices offices = new DemoOffices(core);
        int months = Integer.parseInt(context.option("months").orElse("12"));
        LocalDate from = DEMO_NOW.toLocalDate().minusMonths(months);
        LocalDate until = DEMO_NOW.toLocalDate().plusDays(1);
        // the database, not a file, says whether it is a demo: only an empty database becomes one
        if (!workspace.isDemoDatabase()) {
            if (!core.organization().offices().isEmpty()) {
                throw new MotCuaException("demo.notInProduction");
            }
            workspace.createAsDemo();
        }
        if (offices.exist()) {
            // the first start of the desktop loads the last weeks: load the months before them
            List<DossierView> earliest = core.queries().page(new org.motcua.demo.DemoSessions(core)
                    .of(DemoOffices.PROVINCE_DESK), DemoOffices.THAP_MUOI, 0, 1);
            if (!earliest.isEmpty()) {
                until = earliest.get(0).receivedAt().toLocalDate();
                org.motcua.core.calendar.WorkingCalendar calendar = core.organization()
                        .calendar(core.organization().office(DemoOffices.THAP_MUOI).orElseThrow().id());
                LocalDate firstWorkingDay = from;
                while (firstWorkingDay.isBefore(until) && !calendar.isWorkingDay(firstWorkingDay)) {
                    firstWorkingDay = firstWorkingDay.plusDays(1);
                }
                if (!until.isAfter(firstWorkingDay)) { // no working day before the loaded ones
                    context.out().println(Texts.get(context.locale(), "demo.already"));
                    return 0;
                }
                context.out().println(Texts.get(context.locale(), "demo.earlier", from.toString(), until.toString()));
            }
        }
        int perYear = Integer.parseInt(context.option("per-year").orElse("14000"));
        long seed = Long.parseLong(context.option("seed").orElse("2019"));
        SettableTimeSource clock = new SettableTimeSource(DEMO_NOW.minusMonths(months));
        CoreEngine replay = workspace.replayCore(clock);
        if (!offices.exist()) {
            new DemoOffices(replay).create();
        }
        WorkspaceSettings demo = workspace.settings().asDemo(DEMO_NOW, org.motcua.core.TimeSource.system().now())
                .withOffice(DemoOffices.THAP_MUOI);
        demo.save(false);
        long start = System.nanoTime();
        int[] lastPercent = { -1 };
        DemoDataGenerator generator = new DemoDataGenerator(replay, clock, seed);
        int received = generator.generate(from, until, DEMO_NOW, perYear, (done, all) -> {
            int percent = done * 100 / all;
            if (percent / 5 != lastPercent[0] / 5) {
                lastPercent[0] = percent;
                context.out().println(Texts.get(context.locale(), "demo.progress", percent));
            }
        });
        context.out().println(Texts.get(context.locale(), "demo.done", received,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9), generator.refusedActions()));
        generator.refusals().forEach(context.err()::println);
        return generator.refusedActions() == 0 ? 0 : 1;
    }
}
