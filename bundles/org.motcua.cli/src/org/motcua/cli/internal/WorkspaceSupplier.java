// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import java.nio.file.Path;
import java.util.function.Supplier;


import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.persistence.Workspace;
import org.osgi.framework.BundleContext;

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
        return org.motcua.persistence.ProcedureServices.await(context);
    }

    @Override
    public synchronized void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
