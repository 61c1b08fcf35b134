// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.workflow.Note;

/**
 * The successor offices of the 1 July 2025 reorganisation (table {@code office_successor}, changeset
 * {@code motcua-0020}): which office takes over an abolished office's open dossiers, from which legal date, under
 * which legal basis, and how a dossier's offices and departments map onto the successor's.
 */
final class Succession {

    /** The successor of an abolished office, as recorded. */
    record Successor(OfficeEntity office, LocalDate legalDate, String legalBasis) {
    }

    private Succession() {
    }

    /** @return the successor recorded for {@code office} whose legal date is not after {@code on}, or {@code null} */
    static Successor of(EntityManager em, OfficeEntity office, LocalDate on) {
        Successor s = recorded(em, office);
        return s == null || s.legalDate().isAfter(on) ? null : s;
    }

    /** @return the successor recorded for {@code office} whatever its date, or {@code null} */
    static Successor recorded(EntityManager em, OfficeEntity office) {
        List<?> rows = em.createNativeQuery("SELECT successor_office_id, legal_date, legal_basis FROM office_successor"
                + " WHERE office_id = ?").setParameter(1, office.getId()).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Successor(em.find(OfficeEntity.class, ((Number) row[0]).longValue()), localDate(row[1]),
                (String) row[2]);
    }

    /** @return {@code office}'s successor in force on {@code on}, or {@code office} itself */
    static OfficeEntity map(EntityManager em, OfficeEntity office, LocalDate on) {
        Successor s = of(em, office, on);
        return s == null ? office : s.office();
    }

    /**
     * @return whether {@code d} (open) belongs to an office abolished by {@code on}: its receiving office or the
     *         office it is in now has a successor in force
     */
    static boolean concerns(EntityManager em, DossierEntity d, LocalDate on) {
        return of(em, d.getCurrentOffice(), on) != null || of(em, d.getOffice(), on) != null;
    }

    /**
     * @return the department of {@code successor} that takes over {@code department}: the one with the same code,
     *         else the successor's one-stop desk
     */
    static DepartmentEntity counterpart(EntityManager em, OfficeEntity successor, DepartmentEntity department) {
        if (department.getOffice().getId().equals(successor.getId())) {
            return department;
        }
        List<DepartmentEntity> same = em.createQuery("select p from DepartmentEntity p where p.office = :o"
                + " and p.code = :c", DepartmentEntity.class).setParameter("o", successor)
                .setParameter("c", department.getCode()).getResultList();
        return same.isEmpty() ? desk(em, successor) : same.get(0);
    }

    /** @return the one-stop desk of {@code office} (the first by code); refused when it has none */
    static DepartmentEntity desk(EntityManager em, OfficeEntity office) {
        List<DepartmentEntity> desks = em.createQuery("select p from DepartmentEntity p where p.office = :o"
                + " and p.kind = :k order by p.code", DepartmentEntity.class).setParameter("o", office)
                .setParameter("k", DepartmentKind.DESK).getResultList();
        if (desks.isEmpty()) {
            throw new MotCuaException("succession.noDesk", office.getCode());
        }
        return desks.get(0);
    }

    /** @return {@code office}'s name, and its successor's when it has one in force on {@code on} */
    static String displayName(EntityManager em, OfficeEntity office, LocalDate on) {
        Successor s = of(em, office, on);
        return s == null ? office.getName()
                : Note.of("office.withSuccessor", office.getName(), s.office().getName()).render(java.util.Locale.ROOT);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
