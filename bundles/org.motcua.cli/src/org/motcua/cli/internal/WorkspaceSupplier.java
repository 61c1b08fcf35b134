// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import java.nio.file.Path;
import java.util.function.Supplier;


import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.persistence.Workspace;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Opens the command line's workspace on first use (with the procedures the started modules supply). */
final class WorkspaceSupplier implements Supplier<Workspace>, AutoCloseable {

    private final BundleContext context;
    private final Path home;
    private Workspace workspace;

    WorkspaceSupplier(BundleContext context, Path home) {
        this.context = context;
        this.home = home;
    }

    @Override
    public synchronized Workspace get() {
        if (workspace == null) {
            workspace = Workspace.open(home, procedures());
        }
        return workspace;
    }

    private ProcedureRegistry procedures() {
        ServiceTracker<ProcedureRegistry, ProcedureRegistry> tracker = new ServiceTracker<>(context,
                ProcedureRegistry.class, null);
        tracker.open();
        try {
            ProcedureRegistry registry = tracker.waitForService(10_000);
            if (registry == null) {
                throw new IllegalStateException("The procedure registry service of org.motcua.core did not start");
            }
            return registry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            tracker.close();
        }
    }

    @Override
    public synchronized void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
