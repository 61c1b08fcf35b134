package org.motcua.core;

import jakarta.persistence.EntityManagerFactory;

import org.motcua.core.internal.workflow.CalendarProvider;
import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.internal.workflow.DossierQueryService;
import org.motcua.core.internal.workflow.ModuleConfigEngine;
import org.motcua.core.internal.workflow.OrganizationEngine;
import org.motcua.core.internal.workflow.Tx;
import org.motcua.core.internal.workflow.WorkflowEngine;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.StepGuard;
import org.motcua.core.workflow.WorkflowService;

/**
 * The core services over one database: the workflow (the only writer of dossiers), the dossier
 * queries and the organisation service. Create one per database and share it.
 */
public final class MotCuaCore {

    private final WorkflowEngine workflow;
    private final DossierQueryService queries;
    private final OrganizationEngine organization;
    private final ModuleConfigEngine modules;
    private final ProcedureRegistry procedures;
    private final TimeSource time;

    private final Tx tx;

    private MotCuaCore(EntityManagerFactory factory, TimeSource time, ProcedureRegistry procedures) {
        Tx tx = new Tx(factory);
        this.tx = tx;
        this.time = time;
        this.procedures = procedures;
        CalendarProvider calendars = new CalendarProvider();
        this.workflow = new WorkflowEngine(tx, time, procedures, calendars);
        this.queries = new DossierQueryService(tx, time, workflow);
        this.organization = new OrganizationEngine(tx, time, calendars);
        this.modules = new ModuleConfigEngine(tx, time, procedures);
    }

    /**
     * @param factory    the entity manager factory of the MotCua persistence unit
     * @param time       the clock
     * @param procedures the procedure versions available to this workstation
     * @return the services
     */
    public static MotCuaCore create(EntityManagerFactory factory, TimeSource time, ProcedureRegistry procedures) {
        return new MotCuaCore(factory, time, procedures);
    }

    /** @return the workflow service, the only way to change a dossier */
    public WorkflowService workflow() {
        return workflow;
    }

    /** @return read-only dossier queries */
    public DossierQueries queries() {
        return queries;
    }

    /** @return offices, departments, users and calendars */
    public OrganizationService organization() {
        return organization;
    }

    /** @return which procedure modules are enabled per office */
    public ModuleConfigService modules() {
        return modules;
    }

    /** @return the procedure registry */
    public ProcedureRegistry procedures() {
        return procedures;
    }

    /** @return the clock every service uses */
    public TimeSource time() {
        return time;
    }

    /** Makes a step guard type known to the workflow. */
    public void addGuard(StepGuard guard) {
        workflow.addGuard(guard);
    }

    /**
     * Runs {@code work} as one database transaction: every service call of this thread inside it
     * joins it (loaders write many actions with one commit; any failure rolls all of it back).
     */
    public <T> T batch(java.util.function.Supplier<T> work) {
        return tx.batch(work);
    }

    /** Runs {@code work} with every action audited as an import (legacy data replay). */
    public <T> T importing(java.util.function.Supplier<T> work) {
        return workflow.importing(work);
    }
}
