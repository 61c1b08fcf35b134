// SPDX-License-Identifier: EPL-2.0
package org.motcua.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;
import org.osgi.framework.FrameworkUtil;

/**
 * Installs and uninstalls procedure features from an update site for an administrator: the core checks the
 * role and audits the request, p2 changes the installation, and the core audits what changed. The command
 * line ({@code plugins install|uninstall}) and the administration screen both use it. Changes take effect at
 * the next start.
 */
public final class ProcedureFeatures {

    /** Procedure features and modules are named {@code org.motcua.procedure.*}. */
    public static final String PREFIX = "org.motcua.procedure.";

    /** Opens the p2 agent of the installation to change. */
    @FunctionalInterface
    public interface InstallerSource {
        /** @return a freshly opened installer; the caller closes it */
        PluginInstaller open() throws ProvisionException;
    }

    /**
     * One p2 agent at a time: two agents on the same data area (a screen refreshing its list while an install
     * ends) would read a profile the other is writing.
     */
    private static final Object P2 = new Object();

    private final InstallerSource installers;

    /** @param installers where the installation's p2 agent comes from */
    public ProcedureFeatures(InstallerSource installers) {
        this.installers = installers;
    }

    /** @return the service for the running installation (its p2 profile from config.ini) */
    public static ProcedureFeatures running() {
        return new ProcedureFeatures(PluginInstaller::running);
    }

    /** @return the procedure features installed */
    public List<InstalledFeature> installed() throws ProvisionException {
        synchronized (P2) {
            try (PluginInstaller installer = installers.open()) {
                return installer.features(PREFIX);
            }
        }
    }

    /** @return the procedure features the update site at {@code repository} offers */
    public List<InstalledFeature> available(URI repository, IProgressMonitor monitor) throws ProvisionException {
        synchronized (P2) {
            try (PluginInstaller installer = installers.open()) {
                return installer.available(repository, PREFIX, monitor);
            }
        }
    }

    /** Installs {@code featureId} from {@code repository}; administrators only, audited before and after. */
    public FeatureReport install(MotCuaCore core, Principal admin, String featureId, URI repository,
            IProgressMonitor monitor) throws ProvisionException {
        core.modules().recordInstall(admin, featureId);
        return change(core, admin, featureId, true, monitor,
                (installer, m) -> installer.install(featureId, repository, m));
    }

    /**
     * Uninstalls {@code featureId}; refused by the core while dossiers of its module are open. Administrators only,
     * audited before and after.
     */
    public FeatureReport uninstall(MotCuaCore core, Principal admin, String featureId, IProgressMonitor monitor)
            throws ProvisionException {
        core.modules().checkUninstall(admin, new InstalledFeature(featureId, "", "").moduleId());
        return change(core, admin, featureId, false, monitor, (installer, m) -> installer.uninstall(featureId, m));
    }

    private interface Operation {
        org.eclipse.core.runtime.IStatus run(PluginInstaller installer, IProgressMonitor monitor) throws ProvisionException;
    }

    private FeatureReport change(MotCuaCore core, Principal admin, String featureId, boolean install,
            IProgressMonitor monitor, Operation operation) throws ProvisionException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        FeatureReport report;
        synchronized (P2) {
            try (PluginInstaller installer = installers.open()) {
                SortedSet<String> before = installer.units();
                var status = operation.run(installer, progress.split(9));
                SortedSet<String> after = installer.units();
                List<String> added = new ArrayList<>(after);
                added.removeAll(before);
                List<String> removed = new ArrayList<>(before);
                removed.removeAll(after);
                report = new FeatureReport(featureId, install, status, List.copyOf(added), List.copyOf(removed));
            }
        }
        progress.setWorkRemaining(1);
        core.modules().recordFeatureChange(admin, featureId, report.outcome());
        return report;
    }

    /** @return a repository address from a URI or a folder path */
    public static URI uri(String text) {
        return text.contains(":") && !text.startsWith("/") ? URI.create(text) : Path.of(text).toAbsolutePath().toUri();
    }

    /** @return the update site configured for this installation ({@code motcua.updateSite}), or {@code null} */
    public static URI defaultRepository() {
        String property = FrameworkUtil.getBundle(ProcedureFeatures.class).getBundleContext()
                .getProperty("motcua.updateSite");
        return property == null || property.isBlank() ? null : uri(property);
    }
}
