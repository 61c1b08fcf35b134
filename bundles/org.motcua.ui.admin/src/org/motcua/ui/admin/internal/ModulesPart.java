// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.config.ModuleSetting;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.procedure.ProcedureModule;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.ui.internal.Ui;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Procedure modules per office: which modules this workstation runs, which the office enables (its own setting or
 * inherited from above), and which are enabled there but missing here; enable or disable through the core's
 * {@link ModuleConfigService}.
 */
public class ModulesPart extends AdminPart {

    /** One module as the table shows it. */
    record Row(String moduleId, String name, boolean running, boolean installed, ModuleSetting own, boolean effective,
            String procedures) {
    }

    /** What the screen shows for one office. */
    record Snapshot(long officeId, List<Row> rows, Set<String> missing) {
    }

    private Combo office;
    private Table table;
    private Label missing;
    private List<Row> rows = List.of();

    public ModulesPart() {
        super(Messages.Modules_heading, Messages.Modules_help, "admin.modules"); //$NON-NLS-1$
    }

    @Override
    void build(Composite composite) {
        Composite top = row(composite, 2);
        office = combo(top, Messages.Admin_office, id("office")); //$NON-NLS-1$
        office.addListener(SWT.Selection, e -> load());
        table = table(composite, id("table"), 200, Messages.Modules_module, Messages.Modules_name, //$NON-NLS-1$
                Messages.Modules_running, Messages.Modules_own, Messages.Modules_effective, Messages.Modules_procedures);
        missing = Ui.id(new Label(composite, SWT.WRAP), id("missing")); //$NON-NLS-1$
        missing.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
        Composite buttons = row(composite, 3);
        button(buttons, Messages.Modules_enable, id("enable"), () -> change(true)); //$NON-NLS-1$
        button(buttons, Messages.Modules_disable, id("disable"), () -> change(false)); //$NON-NLS-1$
        button(buttons, Messages.Admin_refresh, id("refresh"), this::reload); //$NON-NLS-1$
    }

    @Override
    void reload() {
        loadOffices(office, null, this::load);
    }

    private void load() {
        Long officeId = officeId(office, null);
        if (officeId == null) {
            return;
        }
        run(() -> snapshot(officeId), this::show);
    }

    /** Reads everything the table needs, off the UI thread. */
    private Snapshot snapshot(long officeId) {
        ModuleConfigService modules = session.core().modules();
        ProcedureRegistry registry = session.core().procedures();
        Map<String, ProcedureModule> started = startedModules();
        Set<String> running = new TreeSet<>(registry.moduleIds());
        running.addAll(started.keySet());
        Set<String> installed = installedModules();
        Set<String> ids = new TreeSet<>(running);
        ids.addAll(installed);
        ids.addAll(modules.enabledModules(officeId));
        for (OfficeRef o = office(officeId); o != null; o = office(o.parentId())) {
            modules.settings(o.id()).forEach(s -> ids.add(s.moduleId()));
        }
        List<ModuleSetting> own = modules.settings(officeId);
        List<Row> list = new ArrayList<>();
        for (String id : ids) {
            ProcedureModule module = started.get(id);
            String name = module == null ? "" : Ui.locale().getLanguage().equals("en") ? module.nameEn() : module.nameVi(); //$NON-NLS-1$ //$NON-NLS-2$
            list.add(new Row(id, name, running.contains(id), installed.contains(id),
                    own.stream().filter(s -> s.moduleId().equals(id)).findFirst().orElse(null),
                    modules.isEnabled(officeId, id), String.join(", ", registry.codesOf(id)))); //$NON-NLS-1$
        }
        Set<String> present = new TreeSet<>(running);
        present.addAll(installed); // installed and waiting for a restart: not to be installed again
        return new Snapshot(officeId, list, modules.missingModules(officeId, present));
    }

    /** @return the modules of the procedure features installed (p2), running or waiting for a restart */
    private Set<String> installedModules() {
        Set<String> ids = new TreeSet<>();
        try {
            features().installed().forEach(f -> ids.add(f.moduleId()));
        } catch (ProvisionException notManaged) {
            // an installation not managed by p2 (a development launch): only the running modules are known
        }
        return ids;
    }

    private static Map<String, ProcedureModule> startedModules() {
        Map<String, ProcedureModule> found = new TreeMap<>();
        BundleContext context = FrameworkUtil.getBundle(ModulesPart.class).getBundleContext();
        try {
            for (var ref : context.getServiceReferences(ProcedureModule.class, null)) {
                ProcedureModule module = context.getService(ref);
                if (module != null) {
                    found.put(module.id(), module);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private void show(Snapshot snapshot) {
        rows = snapshot.rows();
        List<String[]> cells = list();
        for (Row r : rows) {
            String own = r.own() == null ? Messages.Modules_inherited
                    : NLS.bind(r.own().enabled() ? Messages.Modules_ownEnabled : Messages.Modules_ownDisabled,
                            r.own().changedBy(), Ui.format(r.own().changedAt()));
            String here = r.running() ? Messages.Admin_yes : r.installed() ? Messages.Modules_restart : Messages.Admin_no;
            cells.add(new String[] { r.moduleId(), r.name(), here, own, yesNo(r.effective()),
                    r.procedures() });
        }
        rows(table, cells);
        OfficeRef chosen = office(snapshot.officeId());
        String code = chosen == null ? "" : chosen.code(); //$NON-NLS-1$
        missing.setText(snapshot.missing().isEmpty() ? NLS.bind(Messages.Modules_nothingMissing, code)
                : NLS.bind(Messages.Modules_missing, code, String.join(", ", snapshot.missing()))); //$NON-NLS-1$
        missing.setForeground(missing.getDisplay().getSystemColor(snapshot.missing().isEmpty() ? SWT.COLOR_DARK_GREEN
                : SWT.COLOR_DARK_RED));
        missing.getParent().layout(true, true);
    }

    private void change(boolean enable) {
        int i = table.getSelectionIndex();
        Long officeId = officeId(office, null);
        if (i < 0 || officeId == null) {
            error(Messages.Modules_chooseFirst);
            return;
        }
        String module = rows.get(i).moduleId();
        OfficeRef chosen = office(officeId);
        run(() -> {
            if (enable) {
                session.core().modules().enable(actor(), officeId, module);
            } else {
                session.core().modules().disable(actor(), officeId, module);
            }
            return snapshot(officeId);
        }, snapshot -> {
            show(snapshot);
            ok(NLS.bind(enable ? Messages.Modules_enabled : Messages.Modules_disabled, module, chosen.name()));
        });
    }
}
