// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.Actor;
import org.motcua.core.workflow.ImportRefusedException;
import org.motcua.core.workflow.ImportResult;
import org.motcua.core.workflow.ImportService;
import org.motcua.core.workflow.ImportedEvent;

/**
 * Replays a log through a workflow engine of its own whose clock the log moves, so live services keep
 * the office's clock. One import at a time; the whole log is one transaction.
 */
public final class ImportEngine implements ImportService {

    private final Tx tx;
    private final OrganizationService organization;
    private final SettableTimeSource clock = new SettableTimeSource(LocalDateTime.of(2000, 1, 1, 0, 0));
    private final WorkflowEngine live;
    private final WorkflowEngine workflow;
    private final DossierQueryService queries;

    /** @param live the office's workflow, whose guards the replay runs too */
    public ImportEngine(Tx tx, WorkflowEngine live, OrganizationService organization) {
        this.tx = tx;
        this.live = live;
        this.organization = organization;
        this.workflow = new WorkflowEngine(tx, clock, live.procedures(), live.calendars());
        this.queries = new DossierQueryService(tx, clock, workflow);
    }

    @Override
    public synchronized ImportResult importEvents(Actor importer, List<ImportedEvent> events) {
        boolean administrator = organization.user(importer.username())
                .map(u -> u.roles().contains(Role.ADMINISTRATOR)).orElse(false);
        if (!administrator) {
            throw new MotCuaException("admin.required", importer.username());
        }
        live.addedGuards().forEach(workflow::addGuard);
        LocalDateTime last = LocalDateTime.MIN;
        for (ImportedEvent e : events) {
            if (e.at().isBefore(last)) {
                throw new ImportRefusedException(e.line(), new MotCuaException("import.outOfOrder", e.at().toString(),
                        last.toString()));
            }
            last = e.at();
        }
        return tx.batch(() -> workflow.importing(() -> {
            Map<String, Long> dossiers = new HashMap<>();
            for (ImportedEvent e : events) {
                try {
                    replay(e, dossiers);
                } catch (MotCuaException refusal) {
                    throw new ImportRefusedException(e.line(), refusal);
                }
            }
            return new ImportResult(events.size(), dossiers.size());
        }));
    }

    private void replay(ImportedEvent e, Map<String, Long> dossiers) {
        clock.set(e.at());
        Actor actor = new Actor(e.actor());
        if (e.type() == ActionType.RECEIVE) {
            dossiers.put(e.reference(), workflow.receive(actor, e.receive()).id());
        } else if (e.type() == ActionType.REFUSE) {
            dossiers.put(e.reference(), workflow.refuse(actor, e.receive(), e.reason()).id());
        } else {
            Long id = dossiers.get(e.reference());
            if (id == null) {
                throw new MotCuaException("import.unknownRef", e.reference());
            }
            workflow.perform(actor, id, queries.byId(id).orElseThrow().version(), e.request());
        }
    }
}
