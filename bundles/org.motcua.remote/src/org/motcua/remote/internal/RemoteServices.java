// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.util.List;

import org.motcua.core.TimeSource;
import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.SessionService;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.ImportService;
import org.motcua.core.workflow.WorkflowService;
import org.motcua.remote.RemoteRefusal;
import org.motcua.remote.ServerConnection;
import org.motcua.remote.wire.Wire.ModuleProcedure;
import org.motcua.remote.wire.Wire.VersionInfo;

import com.fasterxml.jackson.core.type.TypeReference;

/** The remote services of one connection, built once. */
public final class RemoteServices {

    private final Calls calls;
    private final RemoteSessions sessions;
    private final RemoteWorkflow workflow;
    private final RemoteQueries queries;
    private final RemoteOrganization organization;
    private final RemoteModules modules;
    private final RemoteImports imports;
    private final RemoteClock clock;
    private final RemoteAudit audit;

    /** The services over {@code connection}. */
    public RemoteServices(ServerConnection connection) {
        this.calls = new Calls(connection);
        this.sessions = new RemoteSessions(calls);
        this.workflow = new RemoteWorkflow(calls);
        this.queries = new RemoteQueries(calls);
        this.organization = new RemoteOrganization(calls);
        this.modules = new RemoteModules(calls);
        this.imports = new RemoteImports(calls);
        this.clock = new RemoteClock(calls);
        this.audit = new RemoteAudit(calls);
    }

    /** @return the server's description, its clock read (a server that refuses this API version says so) */
    public VersionInfo connect() {
        VersionInfo version = clock.read();
        workflow.rules(); // the actions' rules, for the screens that ask which actions a role has
        return version;
    }

    /** @return the connection */
    public ServerConnection connection() {
        return calls.server();
    }

    /** @return the sessions */
    public SessionService sessions() {
        return sessions;
    }

    /** @return the workflow */
    public WorkflowService workflow() {
        return workflow;
    }

    /** @return the reads */
    public DossierQueries queries() {
        return queries;
    }

    /** @return the organization */
    public OrganizationService organization() {
        return organization;
    }

    /** @return the audit */
    public org.motcua.core.audit.AuditService audit() {
        return audit;
    }

    /** @return the modules per office */
    public ModuleConfigService modules() {
        return modules;
    }

    /** @return the imports */
    public ImportService imports() {
        return imports;
    }

    /** @return the server's clock */
    public TimeSource time() {
        return clock;
    }

    /** @return the procedures the server knows, read now */
    public ProcedureRegistry procedures() {
        ProcedureRegistry registry = new ProcedureRegistry();
        List<ModuleProcedure> known = calls.get(null, "/procedure-definitions", new TypeReference<List<ModuleProcedure>>() {
        });
        for (ModuleProcedure procedure : known) {
            if (procedure.moduleId() == null) {
                registry.register(procedure.definition());
            } else {
                registry.register(procedure.moduleId(), procedure.definition());
            }
        }
        return registry;
    }

    /** @return the PDF of the dossier's {@code form}, rendered by the server */
    public byte[] form(org.motcua.core.security.Principal viewer, long dossierId, String form) {
        return calls.download(viewer, "/dossiers/" + dossierId + "/forms/" + Calls.segment(form));
    }

    /** @return a period report rendered by the server */
    public byte[] report(org.motcua.core.security.Principal viewer, String report, long officeId, java.time.LocalDate from,
            java.time.LocalDate to, String format) {
        return calls.download(viewer, "/reports/" + Calls.segment(report) + "?office=" + officeId + "&from=" + from + "&to="
                + to + "&format=" + Calls.segment(format));
    }

    /** @return the audit chains' heads signed with the server's key (administrators) */
    public String signedAuditHeads(org.motcua.core.security.Principal admin) {
        return new String(calls.download(admin, "/audit/heads/signed"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return the department's inbox state once it differs from {@code after}, or after the wait */
    public org.motcua.remote.wire.Wire.InboxChange inboxChanges(org.motcua.core.security.Principal viewer,
            long departmentId, String after, int waitSeconds) {
        return calls.get(viewer, "/departments/" + departmentId + "/inbox/changes?after="
                + Calls.segment(after == null ? "" : after) + "&wait=" + waitSeconds,
                org.motcua.remote.wire.Wire.InboxChange.class);
    }

    /** @return the refusal of a guard added on a workstation */
    public RemoteRefusal guardsOnServer() {
        return Calls.refusal("remote.guardsOnServer");
    }
}
