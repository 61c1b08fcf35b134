// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

import org.motcua.core.procedure.ProcedureRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** The core's procedure registry, as the OSGi service the core bundle publishes once the modules are tracked. */
public final class ProcedureServices {

    private ProcedureServices() {
    }

    /**
     * Waits (up to 15 s, the core's start) for the registry.
     *
     * @throws IllegalStateException when the core did not publish it
     */
    public static ProcedureRegistry await(BundleContext context) {
        ServiceTracker<ProcedureRegistry, ProcedureRegistry> tracker = new ServiceTracker<>(context,
                ProcedureRegistry.class, null);
        tracker.open();
        try {
            ProcedureRegistry registry = tracker.waitForService(15_000);
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
}
