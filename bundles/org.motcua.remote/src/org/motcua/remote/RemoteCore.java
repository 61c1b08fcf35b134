// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote;

import java.util.List;

import org.motcua.core.MotCuaCore;
import org.motcua.core.TimeSource;
import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionService;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.ImportService;
import org.motcua.core.workflow.StepGuard;
import org.motcua.core.workflow.WorkflowService;
import org.motcua.remote.internal.RemoteServices;
import org.motcua.remote.wire.Wire.InboxChange;
import org.motcua.remote.wire.Wire.VersionInfo;

/**
 * The core's services answered by the office's server: the same interfaces the in-process core implements, so
 * that no screen knows which one it talks to. Every rule, scope, guard and audit runs on the server; this side
 * only carries the calls, the session token and the server's clock.
 */
public final class RemoteCore implements MotCuaCore {

    private final RemoteServices services;

    /** The core of the servers {@code connection} reaches. */
    public RemoteCore(ServerConnection connection) {
        this.services = new RemoteServices(connection);
    }

    /**
     * Reads what the server says of itself; refuses a server whose API this workstation does not speak.
     *
     * @return the server's version, demo flag and clock
     */
    public VersionInfo connect() {
        return services.connect();
    }

    /** @return the connection to the servers */
    public ServerConnection connection() {
        return services.connection();
    }

    @Override
    public SessionService sessions() {
        return services.sessions();
    }

    @Override
    public WorkflowService workflow() {
        return services.workflow();
    }

    @Override
    public DossierQueries queries() {
        return services.queries();
    }

    @Override
    public OrganizationService organization() {
        return services.organization();
    }

    @Override
    public ModuleConfigService modules() {
        return services.modules();
    }

    /** @return the procedures the server knows, by module, read now */
    @Override
    public ProcedureRegistry procedures() {
        return services.procedures();
    }

    @Override
    public ImportService imports() {
        return services.imports();
    }

    /** @return the server's hash-chained audit: verified, listed and appended to on the server */
    @Override
    public org.motcua.core.audit.AuditService audit() {
        return services.audit();
    }

    @Override
    public TimeSource time() {
        return services.time();
    }

    /** Refused: step guards are code of the procedure modules, installed and run on the server. */
    @Override
    public void addGuard(StepGuard guard) {
        throw services.guardsOnServer();
    }

    /**
     * Renders one of a dossier's official forms on the server (only of a dossier {@code viewer} may read; the
     * server records the access).
     *
     * @param form the form's design name: receipt, supplement-request, refusal, apology, control-slip, stop-notice
     * @return the form as PDF
     */
    public byte[] form(Principal viewer, long dossierId, String form) {
        return services.form(viewer, dossierId, form);
    }

    /**
     * Renders a period report of an office on the server (for a leader of that office or one above it, or an
     * administrator).
     *
     * @param report   dashboard or register
     * @param officeId the office, 0 for every office
     * @param format   pdf or xlsx
     * @return the report's bytes
     */
    public byte[] report(Principal viewer, String report, long officeId, java.time.LocalDate from,
            java.time.LocalDate to, String format) {
        return services.report(viewer, report, officeId, from, to, format);
    }

    /**
     * The audit chains' heads now, signed with the server's own key ({@code SignedHeads} text), for an
     * administrator to keep off the machine; the server records the export.
     */
    public String signedAuditHeads(Principal admin) {
        return services.signedAuditHeads(admin);
    }

    /**
     * Waits (at most {@code waitSeconds}, up to 30) until the department's inbox differs from the state
     * {@code after} names ({@code null}: answers at once with the state now).
     *
     * @return the inbox's state now, whether it changed, and its size
     */
    public InboxChange inboxChanges(Principal viewer, long departmentId, String after, int waitSeconds) {
        return services.inboxChanges(viewer, departmentId, after, waitSeconds);
    }

    /** @return the ids of the servers' modules that bring procedures */
    public List<String> moduleIds() {
        return List.copyOf(procedures().moduleIds());
    }
}
