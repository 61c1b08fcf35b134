// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.Role;

/**
 * What one signed-in user may read (issue 13.2). A dossier is visible to the desks and leaders of the office that
 * received it and of every office above that one, of every office on its route (a step or an inter-level transfer
 * there, so a desk always sees what it must hand back) and of the office holding it now; to the department holding
 * it and every department that held a step of it. An administrator or a backup operator without another role sees
 * no citizen data.
 */
final class ReadScope {

    /** Roles that read at the level of their office (and the offices below it). */
    private static final Set<Role> OFFICE_ROLES = EnumSet.of(Role.DESK_OFFICER, Role.POSTAL_DESK, Role.LEADER);
    /** Roles that read what their department holds or handled. */
    private static final Set<Role> DEPARTMENT_ROLES = EnumSet.of(Role.SPECIALIST, Role.DEPARTMENT_HEAD);

    final UserEntity viewer;
    private final boolean officeWide;
    private final boolean departmentWide;
    /** The viewer's office and every office below it. */
    final Set<Long> subtree;

    private ReadScope(UserEntity viewer, Set<Long> subtree) {
        this.viewer = viewer;
        this.subtree = subtree;
        this.officeWide = viewer.getRoles().stream().anyMatch(OFFICE_ROLES::contains);
        this.departmentWide = viewer.getDepartment() != null && viewer.getRoles().stream().anyMatch(DEPARTMENT_ROLES::contains);
    }

    /** @return the scope of {@code viewer}, read now */
    static ReadScope of(EntityManager em, UserEntity viewer) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] row : em.createQuery("select o.id, p.id from OfficeEntity o left join o.parent p", Object[].class)
                .getResultList()) {
            if (row[1] != null) {
                children.computeIfAbsent((Long) row[1], k -> new java.util.ArrayList<>()).add((Long) row[0]);
            }
        }
        Set<Long> subtree = new HashSet<>();
        java.util.Deque<Long> open = new java.util.ArrayDeque<>(List.of(viewer.getOffice().getId()));
        while (!open.isEmpty()) {
            Long office = open.pop();
            if (subtree.add(office)) {
                open.addAll(children.getOrDefault(office, List.of()));
            }
        }
        return new ReadScope(viewer, subtree);
    }

    /** @return whether the viewer reads any citizen data at all */
    boolean readsDossiers() {
        return officeWide || departmentWide;
    }

    /** @return whether the viewer may read {@code d} */
    boolean canSee(EntityManager em, DossierEntity d) {
        long office = viewer.getOffice().getId();
        if (officeWide) {
            if (subtree.contains(d.getOffice().getId()) || d.getCurrentOffice() != null && d.getCurrentOffice().getId() == office
                    || d.getHolder() != null && d.getHolder().getOffice().getId() == office) {
                return true;
            }
            if (exists(em, "select count(s) from DossierStepEntity s where s.dossier = :d and s.holder.office.id = :x", d, office)
                    || exists(em, "select count(t) from TransferEntity t where t.dossier = :d and (t.toOffice.id = :x"
                            + " or t.fromOffice.id = :x)", d, office)) {
                return true;
            }
        }
        if (departmentWide) {
            long department = viewer.getDepartment().getId();
            return d.getHolder() != null && d.getHolder().getId() == department
                    || exists(em, "select count(s) from DossierStepEntity s where s.dossier = :d and s.holder.id = :x", d,
                            department);
        }
        return false;
    }

    private static boolean exists(EntityManager em, String jpql, DossierEntity d, long x) {
        return em.createQuery(jpql, Long.class).setParameter("d", d).setParameter("x", x).getSingleResult() > 0;
    }

    /** The join {@link #condition()} needs after {@code from DossierEntity d}: the holder, which may be none. */
    static final String JOIN = " left join d.holder dh";

    /**
     * @return the rule of {@link #canSee} as a JPQL condition over {@code d} and its holder {@code dh} ({@link #JOIN}),
     *         so that a list of every visible dossier is paged by the database; bind its parameters with {@link #bind}.
     *         Only for a viewer who {@link #readsDossiers()}.
     */
    String condition() {
        List<String> any = new java.util.ArrayList<>();
        if (officeWide) {
            any.add("d.office.id in :scopeSubtree");
            any.add("d.currentOffice.id = :scopeOffice");
            any.add("dh.id in :scopeOfficeDepartments");
            any.add("exists (select s.id from DossierStepEntity s where s.dossier = d and s.holder.id in :scopeOfficeDepartments)");
            any.add("exists (select t.id from TransferEntity t where t.dossier = d and (t.toOffice.id = :scopeOffice"
                    + " or t.fromOffice.id = :scopeOffice))");
        }
        if (departmentWide) {
            any.add("dh.id = :scopeDepartment");
            any.add("exists (select s2.id from DossierStepEntity s2 where s2.dossier = d and s2.holder.id = :scopeDepartment)");
        }
        return "(" + String.join(" or ", any) + ")";
    }

    /** Binds the parameters of {@link #condition()}. */
    void bind(EntityManager em, jakarta.persistence.Query q) {
        if (officeWide) {
            List<Long> departments = em.createQuery("select dep.id from DepartmentEntity dep where dep.office.id = :o",
                    Long.class).setParameter("o", viewer.getOffice().getId()).getResultList();
            q.setParameter("scopeSubtree", List.copyOf(subtree)).setParameter("scopeOffice", viewer.getOffice().getId())
                    .setParameter("scopeOfficeDepartments", departments.isEmpty() ? List.of(-1L) : departments);
        }
        if (departmentWide) {
            q.setParameter("scopeDepartment", viewer.getDepartment().getId());
        }
    }

    /** Refuses unless the viewer may read the inbox of {@code department}: their own, or a leader's of an office in their subtree. */
    void requireInbox(DepartmentEntity department) {
        boolean own = viewer.getDepartment() != null && viewer.getDepartment().getId().equals(department.getId());
        boolean leader = viewer.getRoles().contains(Role.LEADER) && subtree.contains(department.getOffice().getId());
        if (!readsDossiers() || !own && !leader) {
            throw new MotCuaException("read.notYourInbox", department.getName());
        }
    }

    /** Refuses unless the viewer reads at office level in {@code office}'s subtree (lists of an office's dossiers). */
    void requireOffice(OfficeEntity office) {
        if (!officeWide || !subtree.contains(office.getId())) {
            throw new MotCuaException("read.notYourOffice", office.getName());
        }
    }
}
