// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.procedure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.motcua.core.procedure.ProcedureModule;
import org.motcua.core.procedure.ProcedureRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Publishes the workstation's {@link ProcedureRegistry} as an OSGi service and keeps it in step with
 * the {@link ProcedureModule} services: a module started or stopped appears or disappears at once, with
 * its procedures and the step guards it brings.
 */
@Component(immediate = true)
public final class ProcedureModuleTracker {

    private final ProcedureRegistry registry = new ProcedureRegistry();
    private final Map<String, ProcedureModule> modules = new ConcurrentHashMap<>();
    private ServiceRegistration<ProcedureRegistry> registration;

    @Activate
    void activate(BundleContext context) {
        registration = context.registerService(ProcedureRegistry.class, registry, null);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ProcedureModule module) {
        modules.put(module.id(), module);
        registry.add(module); // its procedures and its step guards
    }

    void removeModule(ProcedureModule module) {
        modules.remove(module.id());
        registry.remove(module);
    }
}
