// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.engine;

import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.TimeSource;
import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.audit.AuditService;
import org.motcua.core.internal.workflow.AuditChain;
import org.motcua.core.internal.workflow.AuditEngine;
import org.motcua.core.internal.workflow.CalendarProvider;
import org.motcua.core.internal.workflow.DossierQueryService;
import org.motcua.core.internal.workflow.ImportEngine;
import org.motcua.core.internal.workflow.Installation;
import org.motcua.core.internal.workflow.ModuleConfigEngine;
import org.motcua.core.internal.workflow.OrganizationEngine;
import org.motcua.core.internal.workflow.SearchColumns;
import org.motcua.core.internal.workflow.SessionEngine;
import org.motcua.core.internal.workflow.Tx;
import org.motcua.core.internal.workflow.WorkflowEngine;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.SessionService;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.ImportService;
import org.motcua.core.workflow.StepGuard;
import org.motcua.core.workflow.WorkflowService;

/**
 * The in-process engine behind {@link MotCuaCore}: JPA entities and transactions over one database.
 * Create one per database and share it. A simulated clock ({@link TimeSource#isSimulated()}) is accepted only
 * on a database created as a demo ({@link #createAsDemo}); so is the one operation beyond the contract,
 * {@link #batch}, which runs caller code inside the engine's transaction for the in-process demo loader and is
 * never offered over a network.
 */
public final class CoreEngine implements MotCuaCore {

    private final WorkflowEngine workflow;
    private final DossierQueryService queries;
    private final OrganizationEngine organization;
    private final ModuleConfigEngine modules;
    private final ImportEngine imports;
    private final org.motcua.core.internal.workflow.TransitionEngine transitions;
    private final SessionEngine sessions;
    private final AuditEngine audit;
    private final ProcedureRegistry procedures;
    private final TimeSource time;
    private final Tx tx;

    private CoreEngine(EntityManagerFactory factory, TimeSource time, ProcedureRegistry procedures,
            SecuritySettings security) {
        this.tx = new Tx(factory);
        if (time.isSimulated() && !Installation.isDemo(tx)) {
            throw new MotCuaException("clock.demoOnly");
        }
        this.time = time;
        this.procedures = procedures;
        SearchColumns.fill(tx); // dossiers of before changeset motcua-0018 get their search columns
        // a database opened without a shared cache (a server, one of several over one database) keeps no
        // calendar either: every server computes deadlines from what the database says now
        boolean shared = !"NONE".equals(String.valueOf(factory.getProperties().get(CalendarProvider.SHARED_CACHE_MODE)));
        CalendarProvider calendars = new CalendarProvider(shared ? CalendarProvider.KEEP_FOR : java.time.Duration.ZERO);
        this.workflow = new WorkflowEngine(tx, time, procedures, calendars);
        this.queries = new DossierQueryService(tx, time, workflow);
        this.organization = new OrganizationEngine(tx, time, calendars, security);
        this.modules = new ModuleConfigEngine(tx, time, procedures);
        this.imports = new ImportEngine(tx, workflow);
        this.transitions = new org.motcua.core.internal.workflow.TransitionEngine(tx, time, workflow);
        this.sessions = new SessionEngine(tx, time, security);
        this.audit = new AuditEngine(tx, time);
    }

    /**
     * @param factory    the entity manager factory of the MotCua persistence unit
     * @param time       the clock; a simulated one only on a database created as a demo
     * @param procedures the procedure versions available to this process
     * @return the engine, with the installation's {@link SecuritySettings#defaults() security settings}
     */
    public static CoreEngine create(EntityManagerFactory factory, TimeSource time, ProcedureRegistry procedures) {
        return create(factory, time, procedures, SecuritySettings.defaults());
    }

    /** As {@link #create(EntityManagerFactory, TimeSource, ProcedureRegistry)}, with other security settings. */
    public static CoreEngine create(EntityManagerFactory factory, TimeSource time, ProcedureRegistry procedures,
            SecuritySettings security) {
        return new CoreEngine(factory, time, procedures, security);
    }

    /**
     * Records in an empty database that it is a demo (or a test database): only such a database accepts a
     * simulated clock and the demo loader. Refused ({@code database.notEmptyForDemo}) once it holds an office.
     */
    public static void createAsDemo(EntityManagerFactory factory) {
        Installation.markDemo(new Tx(factory));
    }

    /** @return whether the database was created as a demo (read from the database: it may have become one since) */
    public boolean isDemo() {
        return Installation.isDemo(tx);
    }

    @Override
    public SessionService sessions() {
        return sessions;
    }

    @Override
    public WorkflowService workflow() {
        return workflow;
    }

    @Override
    public DossierQueries queries() {
        return queries;
    }

    @Override
    public OrganizationService organization() {
        return organization;
    }

    @Override
    public ModuleConfigService modules() {
        return modules;
    }

    @Override
    public ProcedureRegistry procedures() {
        return procedures;
    }

    @Override
    public ImportService imports() {
        return imports;
    }

    /**
     * @return the 1 July 2025 reorganisation: the unit table, successor offices and the hand-over of abolished
     *         offices' dossiers (in-process only: the command line and a workstation with its own database)
     */
    public Transitions transitions() {
        return transitions;
    }

    @Override
    public AuditService audit() {
        return audit;
    }

    /**
     * Reads every audit chain's head for the server's periodic signed export, which no signed-in user asks for, and
     * records the export as {@code exporter}'s ({@code audit.heads}, in the installation's chain).
     */
    public java.util.List<org.motcua.core.audit.ChainHead> exportAuditHeads(String exporter) {
        return audit.headsForExport(exporter);
    }

    /**
     * Seals the audit records written before the hash chains (changeset {@code motcua-0019}) into their chains, in
     * the order of their time and id, in one transaction on {@code connection}: called by the migrations right after
     * that changeset, never again (a record written later outside a chain is a mismatch of {@code audit verify}).
     *
     * @return how many records were sealed
     */
    public static long sealAuditHistory(java.sql.Connection connection) throws java.sql.SQLException {
        return AuditChain.sealUnsealed(connection);
    }

    /**
     * Records an administrative action in {@code connection}'s transaction, chained like every administrative
     * record, for the one writer that runs without an engine: a restore records itself in the database it replaced,
     * in the replacing transaction ({@code action} {@code backup.restore}, note {@code admin.audit.backup.restore}).
     */
    public static void recordAdministration(java.sql.Connection connection, java.time.LocalDateTime at, String actor,
            String action, String... arguments) throws java.sql.SQLException {
        AuditChain.appendAdministration(connection, at, actor, action,
                org.motcua.core.workflow.Note.of("admin.audit." + action, (Object[]) arguments));
    }

    @Override
    public TimeSource time() {
        return time;
    }

    @Override
    public void addGuard(StepGuard guard) {
        workflow.addGuard(guard);
    }

    /**
     * Runs {@code work} as one database transaction: every service call of this thread inside it joins
     * it (a loader writes a dossier's whole life with one commit; any failure rolls all of it back).
     */
    public <T> T batch(Supplier<T> work) {
        if (!isDemo()) {
            throw new MotCuaException("clock.demoOnly");
        }
        return tx.batch(work);
    }

}
