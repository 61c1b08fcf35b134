// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import org.motcua.core.TimeSource;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.ActionRecordEntity;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.DossierSearch;
import org.motcua.core.workflow.DossierSummary;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.core.workflow.StepView;
import org.motcua.core.workflow.TransferView;
import jakarta.persistence.EntityManager;
import org.motcua.core.MotCuaException;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.security.Principal;

/** Read-only dossier queries; deadline states and escalations are computed from the clock when read. */
public final class DossierQueryService implements DossierQueries {

    private final Tx tx;
    private final TimeSource time;
    private final WorkflowEngine engine;

    public DossierQueryService(Tx tx, TimeSource time, WorkflowEngine engine) {
        this.tx = tx;
        this.time = time;
        this.engine = engine;
    }


    @Override
    public Optional<DossierView> byId(Principal viewer, long id) {
        return tx.call(em -> opened(em, viewer, em.find(DossierEntity.class, id)));
    }

    @Override
    public Optional<DossierView> byCode(Principal viewer, String code) {
        String key = SearchKeys.codeKey(code == null ? "" : code);
        return tx.call(em -> opened(em, viewer, em.createQuery("select d from DossierEntity d where d.codeKey = :k",
                DossierEntity.class).setParameter("k", key).getResultList().stream().findFirst().orElse(null)));
    }

    @Override
    public List<DossierView> search(Principal viewer, DossierSearch search, int offset, int limit) {
        List<SearchMatch> matches = SearchMatch.of(search);
        if (matches.isEmpty() || limit <= 0) {
            return List.of();
        }
        return tx.read(em -> {
            ReadScope scope = scope(em, viewer);
            if (!scope.readsDossiers()) {
                return List.of();
            }
            // one query a target, each read through its own index, merged here: an OR of the three would make H2
            // scan the table
            java.util.TreeMap<Object[], Long> merged = new java.util.TreeMap<>(NEWEST_FIRST);
            for (SearchMatch match : matches) {
                var q = em.createQuery("select d.receivedAt, d.id from DossierEntity d" + ReadScope.JOIN + " where "
                        + match.condition() + " and " + scope.condition() + " order by d.receivedAt desc, d.id desc",
                        Object[].class);
                match.bind(q);
                scope.bind(em, q);
                for (Object[] row : q.setMaxResults(offset + limit).getResultList()) {
                    merged.put(row, (Long) row[1]);
                }
            }
            long[] page = merged.values().stream().distinct().skip(offset).limit(limit).mapToLong(Long::longValue).toArray();
            return page.length == 0 ? List.<DossierView>of() : views(em, ordered(em, page));
        });
    }

    /** Newest receipt first, then the highest id (rows of {@code receivedAt, id}). */
    private static final java.util.Comparator<Object[]> NEWEST_FIRST = java.util.Comparator
            .comparing((Object[] row) -> (java.time.LocalDateTime) row[0], java.util.Comparator.reverseOrder())
            .thenComparing(row -> (Long) row[1], java.util.Comparator.reverseOrder());

    /** @return the dossiers with these ids, in this order */
    private static List<DossierEntity> ordered(EntityManager em, long[] ids) {
        Map<Long, DossierEntity> found = new HashMap<>();
        for (DossierEntity d : em.createQuery("select d from DossierEntity d where d.id in :ids", DossierEntity.class)
                .setParameter("ids", java.util.Arrays.stream(ids).boxed().toList()).getResultList()) {
            found.put(d.getId(), d);
        }
        return java.util.Arrays.stream(ids).mapToObj(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<DossierSummary> earlierDossiers(Principal viewer, String idNumber, int limit) {
        String number = idNumber == null ? "" : idNumber.replaceAll("[\\s.]", "");
        if (number.isEmpty() || limit <= 0) {
            return List.of();
        }
        return tx.read(em -> {
            ReadScope scope = scope(em, viewer);
            if (!scope.readsDossiers()) {
                return List.of();
            }
            var q = em.createQuery("select d from DossierEntity d" + ReadScope.JOIN + " where d.applicantIdNumber = :n and "
                    + scope.condition() + " order by d.receivedAt desc, d.id desc", DossierEntity.class)
                    .setParameter("n", number);
            scope.bind(em, q);
            return q.setMaxResults(limit).getResultList().stream().map(Views::summary).toList();
        });
    }

    /** The view of {@code d} if the viewer may see it; the opening is written to the access log. */
    private Optional<DossierView> opened(EntityManager em, Principal viewer, DossierEntity d) {
        ReadScope scope = scope(em, viewer);
        if (d == null || !scope.canSee(em, d)) {
            return Optional.empty();
        }
        LocalDateTime now = time.now();
        DossierView view = Views.dossier(em, d, now, engine);
        AccessLog.opened(em, scope.viewer, d, now); // last: the chain's head is held only until the commit
        return Optional.of(view);
    }

    /** @return the dossier if the viewer may see it; refuses as not found otherwise */
    private DossierEntity visible(EntityManager em, Principal viewer, long dossierId) {
        ReadScope scope = scope(em, viewer);
        DossierEntity d = em.find(DossierEntity.class, dossierId);
        if (d == null || !scope.canSee(em, d)) {
            throw new MotCuaException("dossier.notFound", dossierId);
        }
        return d;
    }

    private ReadScope scope(EntityManager em, Principal viewer) {
        return ReadScope.of(em, engine.user(em, viewer));
    }

    @Override
    public List<StepView> steps(Principal viewer, long dossierId) {
        return tx.read(em -> visible(em, viewer, dossierId).getSteps().stream().map(Views::step).toList());
    }

    @Override
    public Optional<org.motcua.core.workflow.ForwardingView> forwarding(Principal viewer, long dossierId) {
        return tx.read(em -> {
            DossierEntity d = visible(em, viewer, dossierId);
            return d.getForwardDueAt() == null ? Optional.empty()
                    : Optional.of(new org.motcua.core.workflow.ForwardingView(d.getForwardDueAt(), d.getForwardedAt()));
        });
    }

    @Override
    public List<org.motcua.core.procedure.FieldValue> fields(Principal viewer, long dossierId) {
        return tx.read(em -> DossierFields.of(em, visible(em, viewer, dossierId).getId()));
    }

    @Override
    public List<ActionRecordView> history(Principal viewer, long dossierId) {
        return tx.read(em -> em.createQuery(
                "select a from ActionRecordEntity a where a.dossier = :d order by a.at, a.id", ActionRecordEntity.class)
                .setParameter("d", visible(em, viewer, dossierId)).getResultList().stream().map(Views::action).toList());
    }

    @Override
    public List<ControlSlipRowView> controlSlip(Principal viewer, long dossierId) {
        return tx.read(em -> em.createQuery(
                "select r from ControlSlipRowEntity r where r.dossier = :d order by r.seq", ControlSlipRowEntity.class)
                .setParameter("d", visible(em, viewer, dossierId)).getResultList().stream().map(Views::slipRow).toList());
    }

    @Override
    public List<DossierView> heldBy(Principal viewer, long departmentId, int offset, int limit) {
        return heldBy(viewer, departmentId, InboxQuery.byDue(), offset, limit);
    }

    /** The statuses of the dossiers an inbox shows: open ones, and finished ones waiting to be returned. */
    private static final List<DossierStatus> INBOX = List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.FINISHED);

    @Override
    public List<DossierView> heldBy(Principal viewer, long departmentId, InboxQuery query, int offset, int limit) {
        return tx.read(em -> {
            requireInbox(em, viewer, departmentId);
            var q = em.createQuery("select d from DossierEntity d" + inboxWhere(query) + " order by " + inboxOrder(query),
                    DossierEntity.class);
            List<DossierEntity> dossiers = inboxParameters(em, q, departmentId, query).setFirstResult(offset)
                    .setMaxResults(limit).getResultList();
            return views(em, dossiers);
        });
    }

    @Override
    public long[] heldByIds(Principal viewer, long departmentId, InboxQuery query) {
        return tx.read(em -> {
            requireInbox(em, viewer, departmentId);
            var q = em.createQuery("select d.id from DossierEntity d" + inboxWhere(query) + " order by "
                    + inboxOrder(query), Long.class);
            return inboxParameters(em, q, departmentId, query).getResultList().stream().mapToLong(Long::longValue)
                    .toArray();
        });
    }

    @Override
    public List<DossierView> byIds(Principal viewer, long[] ids) {
        List<Long> wanted = java.util.Arrays.stream(ids).boxed().toList();
        return tx.read(em -> {
            ReadScope scope = scope(em, viewer);
            if (wanted.isEmpty()) {
                return List.of();
            }
            Map<Long, DossierEntity> found = new HashMap<>();
            for (DossierEntity d : em.createQuery("select d from DossierEntity d where d.id in :ids", DossierEntity.class)
                    .setParameter("ids", wanted).getResultList()) {
                if (scope.canSee(em, d)) {
                    found.put(d.getId(), d);
                }
            }
            return views(em, wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
        });
    }

    @Override
    public long countHeldBy(Principal viewer, long departmentId, InboxQuery query) {
        return tx.read(em -> {
            requireInbox(em, viewer, departmentId);
            return inboxParameters(em, em.createQuery("select count(d) from DossierEntity d" + inboxWhere(query),
                    Long.class), departmentId, query).getSingleResult();
        });
    }

    private void requireInbox(EntityManager em, Principal viewer, long departmentId) {
        DepartmentEntity department = em.find(DepartmentEntity.class, departmentId);
        if (department == null) {
            throw new MotCuaException("department.notFound", departmentId);
        }
        scope(em, viewer).requireInbox(department);
    }

    /** The views of these dossiers at the current time; each office's calendar is read once. */
    private List<DossierView> views(jakarta.persistence.EntityManager em, List<DossierEntity> dossiers) {
        Map<Long, WorkingCalendar> calendars = new HashMap<>();
        return dossiers.stream().map(d -> Views.dossier(d, time.now(),
                calendars.computeIfAbsent(d.getOffice().getId(), k -> engine.calendars().calendarOf(em, d.getOffice(), time.now().toLocalDate())),
                engine.pendingTransfer(em, d))).toList();
    }

    private static String inboxOrder(InboxQuery query) {
        return switch (query.sort()) {
            case DUE -> "d.dueAt";
            case RECEIVED -> "d.receivedAt";
            case CODE -> "d.code";
            case APPLICANT -> "d.applicantName";
        } + (query.descending() ? " desc" : "") + ", d.id";
    }

    private static String inboxWhere(InboxQuery query) {
        return " where d.holder.id = :h and d.status in :open" + (query.search().isEmpty() ? ""
                : " and (lower(d.code) like :text or d.applicantFolded like :folded or d.applicantIdNumber like :prefix)")
                + InboxDeadlineFilter.where(query.deadline());
    }

    private <T> jakarta.persistence.TypedQuery<T> inboxParameters(jakarta.persistence.EntityManager em,
            jakarta.persistence.TypedQuery<T> q, long departmentId, InboxQuery query) {
        q.setParameter("h", departmentId).setParameter("open", INBOX);
        if (query.deadline() != null) {
            // the department's office calendar says what "within a working day" means
            DepartmentEntity department = em.find(DepartmentEntity.class, departmentId);
            WorkingCalendar calendar = department == null ? null
                    : engine.calendars().calendarOf(em, department.getOffice(), time.now().toLocalDate());
            InboxDeadlineFilter.bind(q, query.deadline(), time.now(), calendar);
        }
        if (!query.search().isEmpty()) {
            String text = SearchKeys.literal(query.search().toLowerCase(java.util.Locale.ROOT));
            q.setParameter("text", "%" + text + "%").setParameter("prefix", text + "%")
                    .setParameter("folded", "%" + SearchKeys.literal(SearchKeys.fold(query.search())) + "%");
        }
        return q;
    }

    @Override
    public List<DossierView> page(Principal viewer, String officeCode, int offset, int limit) {
        return tx.read(em -> {
            ReadScope scope = scope(em, viewer);
            List<Long> offices;
            if (officeCode == null) {
                if (!scope.readsDossiers()) {
                    throw new MotCuaException("read.notYourOffice", scope.viewer.getOffice().getName());
                }
                scope.requireOffice(scope.viewer.getOffice());
                offices = List.copyOf(scope.subtree);
            } else {
                OfficeEntity office = em.createQuery("select o from OfficeEntity o where o.code = :c", OfficeEntity.class)
                        .setParameter("c", officeCode).getResultList().stream().findFirst()
                        .orElseThrow(() -> new MotCuaException("office.unknownCode", officeCode));
                scope.requireOffice(office);
                offices = List.of(office.getId());
            }
            List<DossierEntity> dossiers = em.createQuery(
                    "select d from DossierEntity d where d.office.id in :o order by d.receivedAt, d.id", DossierEntity.class)
                    .setParameter("o", offices).setFirstResult(offset).setMaxResults(limit).getResultList();
            return views(em, dossiers);
        });
    }

    @Override
    public List<TransferView> pendingTransfers(Principal viewer, long officeId) {
        return tx.read(em -> {
            OfficeEntity office = OrganizationEngine.findOffice(em, officeId);
            ReadScope scope = scope(em, viewer);
            if (!scope.readsDossiers() || !scope.viewer.getOffice().getId().equals(office.getId())) {
                throw new MotCuaException("read.notYourOffice", office.getName());
            }
            return em.createQuery(
                    "select t from TransferEntity t where t.toOffice.id = :o and t.state = :s order by t.sentAt",
                    TransferEntity.class).setParameter("o", officeId).setParameter("s", TransferState.PENDING)
                    .getResultList().stream().map(t -> Views.transfer(t, time.now())).toList();
        });
    }
}
