package org.motcua.cli.internal.commands;

import java.time.LocalDateTime;
import java.util.Locale;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.demo.DemoDataGenerator;
import org.motcua.demo.DemoOffices;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;
import org.osgi.service.component.annotations.Component;

/**
 * {@code demo-data}: turns an empty workspace into the demo of the inspected offices (Đồng Tháp,
 * Tháp Mười and Cao Lãnh with their communes) with a year of work up to 27 June 2025, loaded through
 * the core services. Idempotent; refused on a workspace that holds a real office.
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
        if (offices.exist() && !core.queries().page(DemoOffices.THAP_MUOI, 0, 1).isEmpty()) {
            context.out().println(Texts.get(context.locale(), "demo.already"));
            return 0;
        }
        if (!workspace.settings().demo() && !core.organization().offices().isEmpty()) {
            throw new MotCuaException("demo.notInProduction");
        }
        int months = Integer.parseInt(context.option("months").orElse("12"));
        int perYear = Integer.parseInt(context.option("per-year").orElse("14000"));
        long seed = Long.parseLong(context.option("seed").orElse("2019"));
        SettableTimeSource clock = new SettableTimeSource(DEMO_NOW.minusMonths(months));
        MotCuaCore replay = workspace.replayCore(clock);
        if (!offices.exist()) {
            new DemoOffices(replay).create();
        }
        WorkspaceSettings demo = workspace.settings().asDemo(DEMO_NOW, org.motcua.core.TimeSource.system().now())
                .withOffice(DemoOffices.THAP_MUOI);
        demo.save(false);
        long start = System.nanoTime();
        int[] lastPercent = { -1 };
        DemoDataGenerator generator = new DemoDataGenerator(replay, clock, seed);
        int received = generator.generate(DEMO_NOW.toLocalDate().minusMonths(months), DEMO_NOW, perYear, (done, all) -> {
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
