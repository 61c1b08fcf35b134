// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.motcua.plugins.FeatureReport;
import org.motcua.plugins.InstalledFeature;
import org.motcua.plugins.ProcedureFeatures;
import org.motcua.ui.internal.Ui;

/**
 * Installs and uninstalls procedure features from an update site (p2) with {@link ProcedureFeatures}, the
 * service the command line uses too: a Job with progress in the status line, then a report of the bundles
 * added and removed. The service comes from the context when one is set there (another installation), else it
 * changes the running installation.
 */
public class FeaturesPart extends AdminPart {

    private Text repository;
    private Table available;
    private Table installed;
    private Text report;
    private Button install;
    private Button uninstall;
    private List<InstalledFeature> availableFeatures = List.of();
    private List<InstalledFeature> installedFeatures = List.of();

    public FeaturesPart() {
        super(Messages.Features_heading, Messages.Features_help, "admin.features"); //$NON-NLS-1$
    }

    @Override
    void build(Composite composite) {
        Composite top = row(composite, 3);
        repository = field(top, Messages.Features_repository, id("repository")); //$NON-NLS-1$
        URI site = ProcedureFeatures.defaultRepository();
        repository.setText(site == null ? "" : site.toString()); //$NON-NLS-1$
        ((GridData) repository.getLayoutData()).widthHint = 520;
        button(top, Messages.Features_browse, id("browse"), this::browse); //$NON-NLS-1$
        Group site1 = group(composite, Messages.Features_availableGroup, 1);
        available = table(site1, id("available"), 110, Messages.Features_id, Messages.Features_version, //$NON-NLS-1$
                Messages.Features_name, Messages.Features_installedVersion);
        Group here = group(composite, Messages.Features_installedGroup, 1);
        installed = table(here, id("installed"), 70, Messages.Features_id, Messages.Features_version, //$NON-NLS-1$
                Messages.Features_name);
        Composite buttons = row(composite, 2);
        install = button(buttons, Messages.Features_install, id("install"), this::install); //$NON-NLS-1$
        uninstall = button(buttons, Messages.Features_uninstall, id("uninstall"), this::uninstall); //$NON-NLS-1$
        Group result = group(composite, Messages.Features_reportGroup, 1);
        result.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        report = Ui.id(new Text(result, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER), id("report")); //$NON-NLS-1$
        GridData reportData = new GridData(SWT.FILL, SWT.FILL, true, true);
        reportData.heightHint = 110;
        report.setLayoutData(reportData);
    }

    @Override
    void reload() {
        Ui.background(heading(), report, () -> features().installed(), this::showInstalled, this::failed);
        if (!repository.getText().isBlank()) {
            browse();
        }
    }

    private void showInstalled(List<InstalledFeature> list) {
        String chosen = chosen(installed, installedFeatures);
        installedFeatures = list;
        List<String[]> rows = list();
        list.forEach(f -> rows.add(new String[] { f.id(), f.version(), f.name() == null ? "" : f.name() })); //$NON-NLS-1$
        rows(installed, rows);
        reselect(installed, list, chosen);
        showAvailable(availableFeatures);
    }

    private void showAvailable(List<InstalledFeature> list) {
        String chosen = chosen(available, availableFeatures);
        availableFeatures = list;
        List<String[]> rows = list();
        for (InstalledFeature f : list) {
            String here = installedFeatures.stream().filter(i -> i.id().equals(f.id())).map(InstalledFeature::version)
                    .findFirst().orElse(""); //$NON-NLS-1$
            rows.add(new String[] { f.id(), f.version(), f.name() == null ? "" : f.name(), here }); //$NON-NLS-1$
        }
        rows(available, rows);
        reselect(available, list, chosen);
    }

    /** @return the id of the feature selected in {@code table}, or {@code null} */
    private static String chosen(Table table, List<InstalledFeature> shown) {
        int i = table.getSelectionIndex();
        return i < 0 || i >= shown.size() ? null : shown.get(i).id();
    }

    /** Selects again the feature that was selected before the rows were replaced. */
    private static void reselect(Table table, List<InstalledFeature> shown, String id) {
        for (int i = 0; id != null && i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                table.setSelection(i);
            }
        }
    }

    private URI site() {
        String text = repository.getText().trim();
        if (text.isEmpty()) {
            error(Messages.Features_repositoryRequired);
            return null;
        }
        return ProcedureFeatures.uri(text);
    }

    private void browse() {
        URI uri = site();
        if (uri != null) {
            job(NLS.bind(Messages.Features_browseJob, uri), monitor -> features().available(uri, monitor), list -> {
                showAvailable(list);
                report.setText(""); //$NON-NLS-1$
                ok(""); //$NON-NLS-1$
            });
        }
    }

    private void install() {
        int i = available.getSelectionIndex();
        URI uri = site();
        if (uri == null) {
            return;
        }
        if (i < 0) {
            error(Messages.Features_chooseFirst);
            return;
        }
        String feature = availableFeatures.get(i).id();
        job(NLS.bind(Messages.Features_job, feature),
                monitor -> features().install(session.core(), actor(), feature, uri, monitor), this::done);
    }

    private void uninstall() {
        int i = installed.getSelectionIndex();
        if (i < 0) {
            error(Messages.Features_chooseFirst);
            return;
        }
        String feature = installedFeatures.get(i).id();
        job(NLS.bind(Messages.Features_uninstallJob, feature),
                monitor -> features().uninstall(session.core(), actor(), feature, monitor), this::done);
    }

    private void done(FeatureReport result) {
        StringBuilder text = new StringBuilder();
        if (!result.ok()) {
            text.append(NLS.bind(Messages.Features_failed, result.featureId(), result.problems()));
            error(text.toString());
        } else {
            String headline = NLS.bind(result.install() ? Messages.Features_installed : Messages.Features_uninstalled,
                    result.featureId());
            text.append(headline).append('\n');
            append(text, Messages.Features_added, "+ ", result.addedBundles()); //$NON-NLS-1$
            append(text, Messages.Features_removed, "- ", result.removedBundles()); //$NON-NLS-1$
            if (result.added().isEmpty() && result.removed().isEmpty()) {
                text.append(Messages.Features_nothingChanged);
            }
            ok(headline);
        }
        report.setText(text.toString().strip());
        Ui.background(heading(), report, () -> features().installed(), this::showInstalled, this::failed);
    }

    private static void append(StringBuilder text, String heading, String mark, List<String> units) {
        if (!units.isEmpty()) {
            text.append(NLS.bind(heading, units.size())).append('\n');
            units.forEach(u -> text.append("  ").append(mark).append(u).append('\n')); //$NON-NLS-1$
        }
    }

    private interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    /**
     * Runs p2 work as a user Job (its progress shows in the status line), the buttons disabled meanwhile; the
     * result or the refusal comes back on the UI thread.
     */
    private <T> void job(String name, Work<T> work, java.util.function.Consumer<T> done) {
        Display display = report.getDisplay();
        install.setEnabled(false);
        uninstall.setEnabled(false);
        report.setText(Messages.Features_working);
        Job job = Job.create(name, monitor -> {
            Object outcome;
            try {
                outcome = work.run(monitor);
            } catch (Exception | LinkageError e) {
                outcome = e;
            }
            Object result = outcome;
            display.asyncExec(() -> finished(result, done));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    @SuppressWarnings("unchecked")
    private <T> void finished(Object result, java.util.function.Consumer<T> done) {
        if (report.isDisposed()) {
            return;
        }
        install.setEnabled(true);
        uninstall.setEnabled(true);
        if (result instanceof Throwable problem) {
            failed(problem);
        } else {
            done.accept((T) result);
        }
    }

    private void failed(Throwable problem) {
        if (problem instanceof ProvisionException p2) {
            report.setText(NLS.bind(p2.getMessage() != null && p2.getMessage().contains("not managed by p2")
                    ? Messages.Features_notManaged : Messages.Features_p2Error, p2.getMessage()));
        } else {
            report.setText(Ui.describe(problem));
        }
        error(report.getText());
    }
}
