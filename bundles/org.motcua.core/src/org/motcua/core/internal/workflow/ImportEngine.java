// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ImportRefusedException;
import org.motcua.core.workflow.ImportRejectedException;
import org.motcua.core.workflow.ImportReport;
import org.motcua.core.workflow.ImportService;
import org.motcua.core.workflow.ImportedEvent;
import org.motcua.core.workflow.LegacyCount;

/**
 * Replays a log through a workflow engine of its own whose clock the log moves, so live services keep the
 * office's clock. One import at a time. The importer signs in; each line acts as the old system's user it names,
 * and its audit record says "imported by" the importer.
 *
 * <p>The log is grouped by old reference (one group a dossier). First every line is checked on its own (time
 * order, user, procedure, identity number, reference), then every group is rehearsed in a transaction that is
 * rolled back; only a clean log is written, in batches of groups, each batch one transaction replayed again. A
 * dossier keeps its old reference ({@code dossier.legacy_ref}, unique) and its imported actions: a group whose
 * first actions are already there only replays the rest, after checking that they are the same.
 */
public final class ImportEngine implements ImportService {

    /** Dossier statuses counted as open in the reconciliation. */
    private static final List<DossierStatus> OPEN = List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION);

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

    /** One old dossier of the log: its lines, and what an earlier import wrote of it. */
    private static final class Group {
        final String reference;
        final List<ImportedEvent> events = new ArrayList<>();
        /** The dossier an earlier import (or an earlier batch) created, if any. */
        Long dossierId;
        /** How many of {@link #events} are already written. */
        int written;

        /** The line that named it first. */
        final int firstLine;

        Group(String reference, int firstLine) {
            this.reference = reference;
            this.firstLine = firstLine;
        }

        List<ImportedEvent> toReplay() {
            return events.subList(Math.min(written, events.size()), events.size());
        }
    }

    private String requireAdministrator(Principal importer) {
        return tx.read(em -> {
            UserEntity user = Sessions.user(em, importer);
            if (!user.getRoles().contains(Role.ADMINISTRATOR)) {
                throw new MotCuaException("admin.required", user.getUsername());
            }
            return user.getUsername();
        });
    }

    @Override
    public synchronized List<ImportRefusedException> check(Principal importer, List<ImportedEvent> events) {
        List<ImportRefusedException> problems = new ArrayList<>();
        checked(requireAdministrator(importer), events, problems);
        return problems;
    }

    /** Checks every line, then rehearses the log if they pass; fills {@code problems} in line order. */
    private List<Group> checked(String importerName, List<ImportedEvent> events, List<ImportRefusedException> problems) {
        List<Group> groups = plan(events, problems);
        if (problems.isEmpty()) {
            rehearse(importerName, groups, problems);
        }
        problems.sort(Comparator.comparingInt(ImportRefusedException::line));
        return groups;
    }

    @Override
    public synchronized ImportReport importLog(Principal importer, List<ImportedEvent> events, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize " + batchSize);
        }
        String importerName = requireAdministrator(importer);
        List<ImportRefusedException> problems = new ArrayList<>();
        List<Group> groups = checked(importerName, events, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        int already = groups.stream().mapToInt(g -> Math.min(g.written, g.events.size())).sum();
        List<Group> pending = groups.stream().filter(g -> !g.toReplay().isEmpty()).toList();
        int actions = 0;
        int dossiers = 0;
        int flagged = 0;
        int batches = 0;
        // the start and the end of the writing are administrative records, each in a transaction of its own
        auditImport(importerName, "import.start", String.valueOf(events.size()));
        boolean done = false;
        try {
            for (int from = 0; from < pending.size(); from += batchSize) {
                List<Group> batch = pending.subList(from, Math.min(from + batchSize, pending.size()));
                workflow.takeBreachCount();
                tx.batch(() -> workflow.importing(importerName, () -> {
                    replay(batch);
                    return null;
                }));
                batches++;
                flagged += workflow.takeBreachCount();
                for (Group g : batch) {
                    actions += g.toReplay().size();
                    dossiers += g.written == 0 ? 1 : 0;
                }
            }
            done = true;
        } finally {
            auditImport(importerName, done ? "import.end" : "import.failed", String.valueOf(dossiers),
                    String.valueOf(actions), String.valueOf(flagged));
        }
        return new ImportReport(actions, dossiers, already, flagged, batches);
    }

    private void auditImport(String importerName, String action, String... args) {
        tx.call(em -> {
            OrganizationEngine.audit(em, live.time(), importerName, action, (Object[]) args);
            return null;
        });
    }

    /**
     * Checks every line on its own and groups the log by old reference, with what an earlier import wrote.
     *
     * @return the groups, by their first line
     */
    private List<Group> plan(List<ImportedEvent> events, List<ImportRefusedException> problems) {
        return tx.read(em -> {
            Map<String, Group> groups = new LinkedHashMap<>();
            Map<String, Boolean> users = new HashMap<>();
            LocalDateTime last = LocalDateTime.MIN;
            for (ImportedEvent e : events) {
                try {
                    if (e.at().isBefore(last)) {
                        throw new MotCuaException("import.outOfOrder", e.at().toString(), last.toString());
                    }
                    last = e.at();
                    boolean creates = e.type() == ActionType.RECEIVE || e.type() == ActionType.REFUSE;
                    // the dossier first: a later line of a dossier whose receipt is refused is not "unknown"
                    Group g = groups.get(e.reference());
                    if (g == null) {
                        g = new Group(e.reference(), e.line());
                        g.dossierId = em.createQuery("select d.id from DossierEntity d where d.legacyRef = :r", Long.class)
                                .setParameter("r", e.reference()).getResultList().stream().findFirst().orElse(null);
                        if (g.dossierId != null) {
                            g.written = (int) (long) em.createQuery("select count(a) from ActionRecordEntity a"
                                    + " where a.dossier.id = :d and a.imported = true", Long.class)
                                    .setParameter("d", g.dossierId).getSingleResult();
                        } else if (!creates) {
                            throw new MotCuaException("import.unknownRef", e.reference());
                        }
                        groups.put(e.reference(), g);
                    } else if (creates) {
                        throw new MotCuaException("import.duplicateRef", e.reference(), g.firstLine);
                    }
                    if (!users.computeIfAbsent(e.actor(), name -> !em.createQuery(
                            "select u.id from UserEntity u where u.username = :n", Long.class).setParameter("n", name)
                            .getResultList().isEmpty())) {
                        throw new MotCuaException("user.unknown", e.actor());
                    }
                    if (creates) {
                        if (live.procedures().find(e.receive().procedureCode(), e.at().toLocalDate()).isEmpty()) {
                            throw new MotCuaException("procedure.unknown", e.receive().procedureCode());
                        }
                        if (e.receive().applicant() == null) {
                            throw new MotCuaException("applicant.nameRequired");
                        }
                        WorkflowEngine.validIdNumber(e.receive().applicant(), e.at());
                    }
                    if (e.type() == ActionType.CLOSE_LEGACY) {
                        throw new MotCuaException("legacy.notInLog");
                    }
                    g.events.add(e);
                } catch (MotCuaException refusal) {
                    problems.add(new ImportRefusedException(e.line(), refusal));
                }
            }
            for (Group g : groups.values()) {
                if (g.dossierId != null) {
                    sameAsWritten(em, g, problems);
                }
            }
            return new ArrayList<>(groups.values());
        });
    }

    /** The lines of {@code g} an earlier import wrote must be the actions it wrote: the same action at the same time. */
    private static void sameAsWritten(EntityManager em, Group g, List<ImportRefusedException> problems) {
        List<Object[]> written = em.createQuery("select a.action, a.at from ActionRecordEntity a where a.dossier.id = :d"
                + " and a.imported = true order by a.at, a.id", Object[].class).setParameter("d", g.dossierId).getResultList();
        for (int i = 0; i < Math.min(written.size(), g.events.size()); i++) {
            ImportedEvent e = g.events.get(i);
            if (e.type() != written.get(i)[0] || !e.at().equals(written.get(i)[1])) {
                problems.add(new ImportRefusedException(e.line(), new MotCuaException("import.differs", g.reference,
                        String.valueOf(written.get(i)[0]), String.valueOf(written.get(i)[1]))));
                return;
            }
        }
    }

    /**
     * Replays every group in transactions that are rolled back: the groups together while they pass; after a
     * refused line, the rest again without its group, so every group's first refused line is found.
     */
    private void rehearse(String importerName, List<Group> groups, List<ImportRefusedException> problems) {
        int from = 0;
        while (from < groups.size()) {
            int start = from;
            int[] failed = { -1 };
            tx.rehearse(() -> workflow.importing(importerName, () -> {
                Map<String, Long> created = new HashMap<>();
                for (int i = start; i < groups.size(); i++) {
                    Group g = groups.get(i);
                    try {
                        replayGroup(g, created);
                    } catch (ImportRefusedException refused) {
                        problems.add(refused);
                        failed[0] = i;
                        return null; // what this transaction holds of the refused group is rolled back with it
                    }
                }
                return null;
            }));
            from = failed[0] < 0 ? groups.size() : failed[0] + 1;
        }
    }

    /** Replays {@code batch}'s new lines in the log's order, in the caller's transaction. */
    private void replay(List<Group> batch) {
        Map<String, Long> created = new HashMap<>();
        List<ImportedEvent> lines = new ArrayList<>();
        Map<ImportedEvent, Group> owner = new HashMap<>();
        for (Group g : batch) {
            for (ImportedEvent e : g.toReplay()) {
                lines.add(e);
                owner.put(e, g);
            }
        }
        lines.sort(Comparator.comparingInt(ImportedEvent::line));
        for (ImportedEvent e : lines) {
            Group g = owner.get(e);
            try {
                replayLine(g, e, created);
            } catch (MotCuaException refusal) {
                throw new ImportRefusedException(e.line(), refusal);
            }
        }
        for (Group g : batch) {
            Long id = g.dossierId != null ? g.dossierId : created.get(g.reference);
            tx.read(em -> {
                DossierEntity d = em.find(DossierEntity.class, id);
                d.setLegacyStatus(d.getStatus()); // what the old system left: the status after its last action
                return null;
            });
        }
    }

    private void replayGroup(Group g, Map<String, Long> created) {
        for (ImportedEvent e : g.toReplay()) {
            try {
                replayLine(g, e, created);
            } catch (MotCuaException refusal) {
                throw new ImportRefusedException(e.line(), refusal);
            }
        }
    }

    private void replayLine(Group g, ImportedEvent e, Map<String, Long> created) {
        clock.set(e.at());
        Principal actor = new Principal("import", e.actor(), e.actor(), null, false);
        if (e.type() == ActionType.RECEIVE || e.type() == ActionType.REFUSE) {
            long id = e.type() == ActionType.RECEIVE ? workflow.receive(actor, e.receive()).id()
                    : workflow.refuse(actor, e.receive(), e.reason()).id();
            created.put(g.reference, id);
            tx.read(em -> {
                em.find(DossierEntity.class, id).setLegacyRef(g.reference);
                em.flush(); // the version moves on now, before the next line reads it
                return null;
            });
        } else {
            Long id = g.dossierId != null ? g.dossierId : created.get(g.reference);
            if (id == null) {
                throw new MotCuaException("import.unknownRef", e.reference());
            }
            long version = tx.read(em -> em.find(DossierEntity.class, id).getVersion());
            workflow.perform(actor, id, version, e.request());
        }
    }

    @Override
    public List<LegacyCount> reconcile(Principal reader) {
        return tx.read(em -> {
            UserEntity user = Sessions.user(em, reader);
            if (!user.getRoles().contains(Role.LEADER) && !user.getRoles().contains(Role.DEPARTMENT_HEAD)
                    && !user.getRoles().contains(Role.ADMINISTRATOR)) {
                throw new MotCuaException("legacy.reconcileDenied", user.getUsername());
            }
            Set<Long> offices = ReadScope.of(em, user).subtree;
            String open = OPEN.stream().map(st -> DossierStatus.class.getName() + "." + st.name())
                    .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
            List<Object[]> rows = em.createQuery("select d.office.id, count(d),"
                    + " sum(case when d.legacyStatus in " + open + " then 1 else 0 end),"
                    + " sum(case when d.legacyClosedAt is not null then 1 else 0 end),"
                    + " sum(case when d.status in " + open + " then 1 else 0 end)"
                    + " from DossierEntity d where d.legacyRef is not null and d.office.id in :offices group by d.office.id",
                    Object[].class).setParameter("offices", offices).getResultList();
            List<LegacyCount> counts = new ArrayList<>();
            for (Object[] row : rows) {
                OfficeEntity office = em.find(OfficeEntity.class, row[0]);
                counts.add(new LegacyCount(office.getCode(), office.getName(), number(row[2]), number(row[1]),
                        number(row[3]), number(row[4])));
            }
            counts.sort(Comparator.comparing(LegacyCount::officeCode));
            return counts;
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
