// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.util.List;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionRule;
import org.motcua.core.workflow.ActionRules;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.core.workflow.WorkflowService;
import org.motcua.remote.wire.Wire.ActionCall;
import org.motcua.remote.wire.Wire.IncompleteReceipt;
import org.motcua.remote.wire.Wire.RefusedReceipt;

import com.fasterxml.jackson.core.type.TypeReference;

/** Receipts and actions performed by the server's core, which checks every role, transition and guard. */
final class RemoteWorkflow implements WorkflowService {

    private final Calls calls;
    private volatile ActionRules rules;

    RemoteWorkflow(Calls calls) {
        this.calls = calls;
    }

    @Override
    public DossierView receive(Principal actor, ReceiveRequest request) {
        return calls.post(actor, "/dossiers", request, DossierView.class);
    }

    @Override
    public DossierView receiveIncomplete(Principal actor, ReceiveRequest request, List<String> missingItems, String reason) {
        return calls.post(actor, "/dossiers/incomplete", new IncompleteReceipt(request, missingItems, reason),
                DossierView.class);
    }

    @Override
    public DossierView refuse(Principal actor, ReceiveRequest request, String reason) {
        return calls.post(actor, "/dossiers/refused", new RefusedReceipt(request, reason), DossierView.class);
    }

    @Override
    public DossierView perform(Principal actor, long dossierId, long expectedVersion, ActionRequest request) {
        ActionCall call = new ActionCall(request.type().name(), expectedVersion, null,
                calls.server().json().valueToTree(request));
        return calls.post(actor, "/dossiers/" + dossierId + "/actions", call, DossierView.class);
    }

    @Override
    public Set<ActionType> allowedActions(Principal actor, long dossierId) {
        return calls.get(actor, "/dossiers/" + dossierId + "/allowed-actions", new TypeReference<Set<ActionType>>() {
        });
    }

    /** The server's rules, read once (they change only with the server's build), and installed in this process. */
    @Override
    public ActionRules rules() {
        ActionRules known = rules;
        if (known == null) {
            known = ActionRules.of(calls.get(null, "/rules", new TypeReference<List<ActionRule>>() {
            }));
            ActionRules.install(known);
            rules = known;
        }
        return known;
    }

    @Override
    public List<ActionDescription> describeActions(Principal actor, long dossierId) {
        return calls.get(actor, "/dossiers/" + dossierId + "/actions", new TypeReference<List<ActionDescription>>() {
        });
    }

    @Override
    public List<ProcedureDefinition> receivableProcedures(Principal actor) {
        return calls.get(actor, "/procedures", new TypeReference<List<ProcedureDefinition>>() {
        });
    }
}
