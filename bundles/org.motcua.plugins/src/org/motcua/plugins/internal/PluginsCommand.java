// SPDX-License-Identifier: EPL-2.0
package org.motcua.plugins.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureModule;
import org.motcua.core.security.Principal;
import org.motcua.plugins.FeatureReport;
import org.motcua.plugins.InstalledFeature;
import org.motcua.plugins.PluginInstaller;
import org.motcua.plugins.ProcedureFeatures;
import org.motcua.plugins.WorkspaceCoreProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;

/**
 * {@code plugins list | install <feature> [--repo URI] | uninstall <feature> | enable <module> --office CODE
 * | disable <module> --office CODE}, with {@code --user NAME} for the administrator.
 */
@Component(service = CliCommand.class)
public final class PluginsCommand implements CliCommand {

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary(Locale locale) {
        return PluginTexts.get(locale, "plugins.summary");
    }

    @Override
    public String usage(Locale locale) {
        return PluginTexts.get(locale, "plugins.usage");
    }

    @Override
    public int run(CliContext c) throws Exception {
        List<String> positional = positional(c.arguments());
        if (positional.isEmpty()) {
            c.err().println(usage(c.locale()));
            return 2;
        }
        String verb = positional.get(0);
        String target = positional.size() > 1 ? positional.get(1) : null;
        if (!verb.equals("list") && target == null) {
            c.err().println(usage(c.locale()));
            return 2;
        }
        try {
            return switch (verb) {
                case "list" -> list(c);
                case "install" -> install(c, target);
                case "uninstall" -> uninstall(c, target);
                case "enable", "disable" -> configure(c, verb.equals("enable"), target);
                default -> {
                    c.err().println(usage(c.locale()));
                    yield 2;
                }
            };
        } catch (MotCuaException refused) {
            c.err().println(refused.message(c.locale()));
            return 1;
        }
    }

    /** The arguments that are neither options nor option values. */
    static List<String> positional(List<String> args) {
        java.util.ArrayList<String> result = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (!a.contains("=") && i + 1 < args.size()) {
                    i++; // skip the option's value
                }
            } else {
                result.add(a);
            }
        }
        return result;
    }

    private int list(CliContext c) throws Exception {
        c.out().println(PluginTexts.get(c.locale(), "plugins.installedFeatures"));
        try (PluginInstaller installer = PluginInstaller.running()) {
            List<InstalledFeature> features = installer.features(ProcedureFeatures.PREFIX);
            if (features.isEmpty()) {
                c.out().println("  " + PluginTexts.get(c.locale(), "plugins.none"));
            }
            features.forEach(f -> c.out().printf("  %-40s %s%n", f.id(), f.version()));
        } catch (org.eclipse.equinox.p2.core.ProvisionException notManaged) {
            c.out().println("  " + notManaged.getMessage());
        }
        c.out().println(PluginTexts.get(c.locale(), "plugins.runningModules"));
        Set<String> running = new TreeSet<>();
        for (ProcedureModule module : modules()) {
            running.add(module.id());
            String name = c.locale().getLanguage().equals("en") ? module.nameEn() : module.nameVi();
            c.out().printf("  %-40s %s%n", module.id(), name);
            for (ProcedureDefinition p : module.procedures()) {
                c.out().printf("    %-12s %-11s %s → %s  %s%n", p.code(), p.version(), p.effectiveFrom(),
                        p.effectiveTo() == null ? "…" : p.effectiveTo(),
                        c.locale().getLanguage().equals("en") ? p.nameEn() : p.nameVi());
            }
        }
        if (running.isEmpty()) {
            c.out().println("  " + PluginTexts.get(c.locale(), "plugins.none"));
        }
        Optional<String> office = c.option("office");
        if (office.isPresent()) {
            MotCuaCore core = core(c);
            OfficeRef ref = office(core, office.get());
            Set<String> missing = core.modules().missingModules(ref.id(), running);
            c.out().println(missing.isEmpty() ? PluginTexts.get(c.locale(), "plugins.nothingMissing", ref.code())
                    : PluginTexts.get(c.locale(), "plugins.missing", ref.code(), String.join(", ", missing)));
        }
        return 0;
    }

    private int install(CliContext c, String feature) throws Exception {
        Optional<Principal> admin = administrator(c);
        if (admin.isEmpty()) {
            return 2;
        }
        URI repo = c.option("repo").map(ProcedureFeatures::uri).orElseGet(ProcedureFeatures::defaultRepository);
        if (repo == null) {
            c.err().println(PluginTexts.get(c.locale(), "plugins.repoRequired"));
            return 2;
        }
        return report(c, ProcedureFeatures.running().install(core(c), admin.get(), feature, repo,
                new NullProgressMonitor()), "plugins.installed");
    }

    private int uninstall(CliContext c, String feature) throws Exception {
        Optional<Principal> admin = administrator(c);
        if (admin.isEmpty()) {
            return 2;
        }
        return report(c, ProcedureFeatures.running().uninstall(core(c), admin.get(), feature,
                new NullProgressMonitor()), "plugins.uninstalled");
    }

    private int configure(CliContext c, boolean enable, String module) {
        Optional<Principal> admin = administrator(c);
        Optional<String> office = c.option("office");
        if (admin.isEmpty() || office.isEmpty()) {
            c.err().println(usage(c.locale()));
            return 2;
        }
        MotCuaCore core = core(c);
        OfficeRef ref = office(core, office.get());
        if (enable) {
            core.modules().enable(admin.get(), ref.id(), module);
        } else {
            core.modules().disable(admin.get(), ref.id(), module);
        }
        c.out().println(PluginTexts.get(c.locale(), enable ? "plugins.enabled" : "plugins.disabled", module, ref.code()));
        return 0;
    }

    private static int report(CliContext c, FeatureReport report, String key) {
        if (!report.ok()) {
            c.err().println(PluginTexts.get(c.locale(), "plugins.p2failed", report.featureId(), report.problems()));
            return 1;
        }
        c.out().println(PluginTexts.get(c.locale(), key, report.featureId()));
        report.addedBundles().forEach(u -> c.out().println("  + " + u));
        report.removedBundles().forEach(u -> c.out().println("  - " + u));
        return 0;
    }

    /** The signed-in administrator: {@code --user} with the password from MOTCUA_PASSWORD or a prompt. */
    private static Optional<Principal> administrator(CliContext c) {
        Optional<String> user = c.option("user");
        if (user.isEmpty()) {
            c.err().println(PluginTexts.get(c.locale(), "plugins.userRequired"));
            return Optional.empty();
        }
        return Optional.of(org.motcua.cli.CliAuthentication.actor(c));
    }

    private static OfficeRef office(MotCuaCore core, String code) {
        return core.organization().office(code).orElseThrow(() -> new MotCuaException("office.notFound", code));
    }

    /** The core of a registered {@link WorkspaceCoreProvider}, else of the command line's workspace. */
    private static MotCuaCore core(CliContext c) {
        BundleContext context = FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext();
        ServiceReference<WorkspaceCoreProvider> ref = context.getServiceReference(WorkspaceCoreProvider.class);
        if (ref != null) {
            return context.getService(ref).core();
        }
        return c.workspace().core();
    }

    private static List<ProcedureModule> modules() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext();
        return context.getServiceReferences(ProcedureModule.class, null).stream().map(context::getService)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(ProcedureModule::id)).toList();
    }

}
