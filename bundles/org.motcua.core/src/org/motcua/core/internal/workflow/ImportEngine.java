// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ImportRefusedException;
import org.motcua.core.workflow.ImportResult;
import org.motcua.core.workflow.ImportService;
import org.motcua.core.workflow.ImportedEvent;

/**
 * Replays a log through a workflow engine of its own whose clock the log moves, so live services keep
 * the office's clock. One import at a time; the whole log is one transaction. The importer signs in; each
 * line acts as the old system's user it names, and its audit record says "imported by" the importer.
 */
public final class ImportEngine implements ImportService {

    private final Tx tx;
    private final SettableTimeSource clock = new SettableTimeSource(LocalDateTime.of(2000, 1, 1, 0, 0));
    private final WorkflowEngine live;
    private final WorkflowEngine workflow;

    /** @param live the office's workflow, whose guards the replay runs too */
    public ImportEngine(Tx tx, WorkflowEngine live) {
        this.tx = tx;
        this.live = live;
        // the replay's principals are made here from the log's user names; this engine is never handed out
        this.workflow = new WorkflowEngine(tx, clock, live.procedures(), live.calendars(), ImportEngine::oldUser);
    }

    private static UserEntity oldUser(EntityManager em, Principal line) {
        List<UserEntity> users = em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", line.username()).getResultList();
        if (users.isEmpty()) {
            throw new MotCuaException("user.unknown", line.username());
        }
        return users.get(0);
    }

    @Override
    public synchronized ImportResult importEvents(Principal importer, List<ImportedEvent> events) {
        String importerName = tx.read(em -> {
            UserEntity user = Sessions.user(em, importer);
            if (!user.getRoles().contains(Role.ADMINISTRATOR)) {
                throw new MotCuaException("admin.required", user.getUsername());
            }
            return user.getUsername();
        });
        live.addedGuards().forEach(workflow::addGuard);
        LocalDateTime last = LocalDateTime.MIN;
        for (ImportedEvent e : events) {
            if (e.at().isBefore(last)) {
                throw new ImportRefusedException(e.line(), new MotCuaException("import.outOfOrder", e.at().toString(),
                        last.toString()));
            }
            last = e.at();
        }
        return tx.batch(() -> workflow.importing(importerName, () -> {
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
        Principal actor = new Principal("import", e.actor(), e.actor(), null, false);
        if (e.type() == ActionType.RECEIVE) {
            dossiers.put(e.reference(), workflow.receive(actor, e.receive()).id());
        } else if (e.type() == ActionType.REFUSE) {
            dossiers.put(e.reference(), workflow.refuse(actor, e.receive(), e.reason()).id());
        } else {
            Long id = dossiers.get(e.reference());
            if (id == null) {
                throw new MotCuaException("import.unknownRef", e.reference());
            }
            long version = tx.read(em -> em.find(org.motcua.core.internal.model.DossierEntity.class, id).getVersion());
            workflow.perform(actor, id, version, e.request());
        }
    }
}
