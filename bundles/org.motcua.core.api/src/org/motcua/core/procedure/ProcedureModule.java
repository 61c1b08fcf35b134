// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.motcua.core.workflow.StepGuard;

/**
 * The service-provider interface of a procedure module: an OSGi bundle that supplies versioned
 * procedure definitions to the core. A module registers an implementation as an OSGi service
 * (typically a Declarative Services component); the core picks it up when the bundle starts and
 * drops its procedures when it stops. The core never imports a module.
 */
public interface ProcedureModule {

    /** @return the module's id, its bundle's symbolic name, e.g. {@code org.example.procedure.civil} */
    String id();

    /** @return the module's Vietnamese name, e.g. {@code Đất đai} */
    String nameVi();

    /** @return the module's English name */
    String nameEn();

    /** @return every version of every procedure the module supplies */
    List<ProcedureDefinition> procedures();

    /**
     * @return the department codes an office must have for the module's steps (e.g. MOTCUA, VPDK,
     *         THUE), across every version
     */
    default Set<String> departmentCodes() {
        Set<String> codes = new TreeSet<>();
        procedures().forEach(p -> p.steps().forEach(s -> codes.addAll(s.agencyCodes())));
        return codes;
    }

    /**
     * @return the step guards the module brings, for the guard types its steps name ({@link GuardSpec#type()})
     *         beyond the core's own (public posting); the core runs them when a dossier leaves such a step
     */
    default List<StepGuard> guards() {
        return List.of();
    }
}
