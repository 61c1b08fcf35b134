// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.TimeSource;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.engine.Transitions;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;

/**
 * The 1 July 2025 reorganisation in the core ({@link Transitions}): the unit table ({@code admin_unit}), the
 * successor offices ({@code office_successor}) and the hand-over, which performs {@code HAND_TO_SUCCESSOR} through
 * the workflow on each open dossier of an abolished office (role, scope and rules checked there; audit record and
 * slip row in the dossier's own transaction). The plan is the same hand-over rehearsed and rolled back.
 */
public final class TransitionEngine implements Transitions {

    private static final List<DossierStatus> OPEN = List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.FINISHED);
    private static final String UNIT_COLUMNS = "unit_level, old_parent, old_code, old_name, new_code, new_name,"
            + " valid_from, legal_basis, code_verified, source";

    private final Tx tx;
    private final TimeSource time;
    private final WorkflowEngine workflow;

    public TransitionEngine(Tx tx, TimeSource time, WorkflowEngine workflow) {
        this.tx = tx;
        this.time = time;
        this.workflow = workflow;
    }

    // ---- the unit table -----------------------------------------------------------------------------

    @Override
    public List<AdminUnit> units() {
        return tx.read(em -> rows(em, "SELECT " + UNIT_COLUMNS + " FROM admin_unit ORDER BY unit_level, old_parent,"
                + " old_name, valid_from"));
    }

    @Override
    public Optional<AdminUnit> unit(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return units().stream().filter(u -> u.oldName().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    @Override
    public UnitImport importUnits(Principal admin, String csv) {
        List<AdminUnit> parsed = parseUnits(csv);
        return tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OrganizationEngine.requireTop(user);
            int added = 0;
            int existing = 0;
            for (AdminUnit u : parsed) {
                Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM admin_unit WHERE unit_level = ?"
                        + " AND old_parent = ? AND old_name = ? AND valid_from = ?").setParameter(1, u.level().name())
                        .setParameter(2, u.oldParent()).setParameter(3, u.oldName())
                        .setParameter(4, Date.valueOf(u.validFrom())).getSingleResult();
                if (found.longValue() > 0) {
                    existing++;
                    continue;
                }
                em.createNativeQuery("INSERT INTO admin_unit (" + UNIT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, u.level().name()).setParameter(2, u.oldParent()).setParameter(3, u.oldCode())
                        .setParameter(4, u.oldName()).setParameter(5, u.newCode()).setParameter(6, u.newName())
                        .setParameter(7, Date.valueOf(u.validFrom())).setParameter(8, u.legalBasis())
                        .setParameter(9, u.codeVerified()).setParameter(10, "IMPORT").executeUpdate();
                added++;
            }
            if (added > 0) {
                OrganizationEngine.audit(em, time, user.getUsername(), "units", added, existing);
            }
            return new UnitImport(added, existing);
        });
    }

    /** Parses and checks every line of {@code csv}; @throws MotCuaException naming every bad line */
    static List<AdminUnit> parseUnits(String csv) {
        List<AdminUnit> units = new ArrayList<>();
        List<org.motcua.core.engine.UnitsRejectedException.BadLine> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = csv.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank() || (i == 0 && line.trim().replace("\uFEFF", "").equalsIgnoreCase(UNITS_HEADER))) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() != 9) {
                problems.add(new org.motcua.core.engine.UnitsRejectedException.BadLine(number,
                        new MotCuaException("units.columns", 9, cells.size())));
                continue;
            }
            List<MotCuaException> wrong = new ArrayList<>();
            OfficeLevel level = null;
            try {
                level = OfficeLevel.valueOf(cells.get(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                wrong.add(new MotCuaException("units.level", cells.get(0)));
            }
            LocalDate from = null;
            try {
                from = LocalDate.parse(cells.get(6));
            } catch (DateTimeParseException e) {
                wrong.add(new MotCuaException("units.date", cells.get(6)));
            }
            if (cells.get(3).isEmpty()) {
                wrong.add(new MotCuaException("units.oldName"));
            }
            if (cells.get(7).isEmpty()) {
                wrong.add(new MotCuaException("units.basis"));
            }
            for (String code : List.of(cells.get(2), cells.get(4))) {
                if (!code.isEmpty() && !code.matches("\\d{2,5}")) {
                    wrong.add(new MotCuaException("units.code", code));
                }
            }
            boolean verified = cells.get(8).equalsIgnoreCase("true") || cells.get(8).equalsIgnoreCase("yes");
            if (verified && cells.get(2).isEmpty()) {
                wrong.add(new MotCuaException("units.verifiedWithoutCode"));
            }
            String parent = cells.get(1).isEmpty() ? "-" : cells.get(1);
            Integer before = seen.putIfAbsent(cells.get(0).toUpperCase(Locale.ROOT) + "|" + parent + "|" + cells.get(3)
                    + "|" + cells.get(6), number);
            if (before != null) {
                wrong.add(new MotCuaException("units.duplicate", before));
            }
            if (!wrong.isEmpty()) {
                wrong.forEach(p -> problems.add(new org.motcua.core.engine.UnitsRejectedException.BadLine(number, p)));
                continue;
            }
            units.add(new AdminUnit(level, parent, blank(cells.get(2)), cells.get(3), blank(cells.get(4)),
                    blank(cells.get(5)), from, cells.get(7), verified, "IMPORT"));
        }
        if (!problems.isEmpty()) {
            throw new org.motcua.core.engine.UnitsRejectedException(problems);
        }
        return units;
    }

    /** The cells of one CSV line: comma-separated, a cell in double quotes may hold commas and doubled quotes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    private static List<AdminUnit> rows(EntityManager em, String sql) {
        List<AdminUnit> units = new ArrayList<>();
        for (Object o : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) o;
            units.add(new AdminUnit(OfficeLevel.valueOf((String) r[0]), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], r[6] instanceof Date d ? d.toLocalDate() : (LocalDate) r[6],
                    (String) r[7], Boolean.TRUE.equals(r[8]) || r[8] instanceof Number n && n.intValue() != 0,
                    (String) r[9]));
        }
        return units;
    }

    // ---- successor offices --------------------------------------------------------------------------

    @Override
    public List<Successor> successors(Principal reader) {
        return tx.read(em -> {
            Sessions.user(em, reader);
            List<Successor> list = new ArrayList<>();
            for (Object o : em.createNativeQuery("SELECT office_id FROM office_successor ORDER BY office_id")
                    .getResultList()) {
                OfficeEntity office = em.find(OfficeEntity.class, ((Number) o).longValue());
                Succession.Successor s = Succession.recorded(em, office);
                list.add(new Successor(office.getCode(), office.getName(), s.office().getCode(), s.office().getName(),
                        s.legalDate(), s.legalBasis()));
            }
            return list;
        });
    }

    @Override
    public void recordSuccessor(Principal admin, String officeCode, String successorCode, LocalDate legalDate,
            String legalBasis) {
        tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OrganizationEngine.requireTop(user);
            OfficeEntity office = office(em, officeCode);
            OfficeEntity successor = office(em, successorCode);
            if (office.getId().equals(successor.getId())) {
                throw new MotCuaException("succession.sameOffice", officeCode);
            }
            if (Succession.recorded(em, successor) != null) {
                throw new MotCuaException("succession.successorAbolished", successorCode, officeCode);
            }
            if (legalDate == null) {
                throw new MotCuaException("succession.dateRequired");
            }
            WorkflowEngine.requireText(legalBasis, "succession.basisRequired");
            Succession.desk(em, successor); // it must be able to receive them
            Succession.Successor before = Succession.recorded(em, office);
            if (before != null && before.office().getId().equals(successor.getId())
                    && before.legalDate().equals(legalDate) && before.legalBasis().equals(legalBasis.trim())) {
                return null; // recorded already: nothing changes
            }
            em.createNativeQuery("DELETE FROM office_successor WHERE office_id = ?").setParameter(1, office.getId())
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO office_successor (office_id, successor_office_id, legal_date, legal_basis,"
                    + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)").setParameter(1, office.getId())
                    .setParameter(2, successor.getId()).setParameter(3, Date.valueOf(legalDate))
                    .setParameter(4, legalBasis.trim()).setParameter(5, java.sql.Timestamp.valueOf(time.now()))
                    .setParameter(6, user.getUsername()).executeUpdate();
            OrganizationEngine.audit(em, time, user.getUsername(), "succession", officeCode, successorCode,
                    legalDate.toString(), legalBasis.trim());
            return null;
        });
    }

    private static OfficeEntity office(EntityManager em, String code) {
        return em.createQuery("select o from OfficeEntity o where o.code = :c", OfficeEntity.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultList().stream().findFirst()
                .orElseThrow(() -> new MotCuaException("succession.officeUnknown", code));
    }

    // ---- the hand-over ------------------------------------------------------------------------------

    @Override
    public List<PlanRow> plan(Principal admin) {
        requireTopAdmin(admin);
        return tx.rehearse(() -> handOver(admin).stream().toList());
    }

    @Override
    public Result apply(Principal admin) {
        requireTopAdmin(admin);
        List<PlanRow> rows = handOver(admin);
        List<PlanRow> done = rows.stream().filter(r -> r.refusal() == null).toList();
        List<PlanRow> refused = rows.stream().filter(r -> r.refusal() != null).toList();
        if (!done.isEmpty() || !refused.isEmpty()) {
            tx.call(em -> {
                OrganizationEngine.audit(em, time, Sessions.user(em, admin).getUsername(), "transition", done.size(),
                        refused.size());
                return null;
            });
        }
        return new Result(done, refused);
    }

    private void requireTopAdmin(Principal admin) {
        tx.read(em -> {
            OrganizationEngine.requireTop(OrganizationEngine.requireAdmin(em, admin));
            return null;
        });
    }

    /** Performs the hand-over on each open dossier of an abolished office: @return a row for each */
    private List<PlanRow> handOver(Principal admin) {
        List<PlanRow> rows = new ArrayList<>();
        for (DossierView before : candidates(admin)) {
            try {
                DossierView after = workflow.perform(admin, before.id(), before.version(),
                        new ActionRequest.HandToSuccessor());
                rows.add(new PlanRow(before.id(), before.code(), before.status(), before.currentOfficeCode(),
                        after.currentOfficeCode(), before.holderName(), after.holderName(), null));
            } catch (MotCuaException refused) {
                rows.add(new PlanRow(before.id(), before.code(), before.status(), before.currentOfficeCode(), null,
                        before.holderName(), null, refused.getMessage()));
            }
        }
        return rows;
    }

    /** @return the open dossiers whose receiving office or current office has a successor in force today */
    private List<DossierView> candidates(Principal admin) {
        LocalDate today = time.now().toLocalDate();
        return tx.read(em -> {
            Sessions.user(em, admin);
            List<DossierView> views = new ArrayList<>();
            for (DossierEntity d : em.createQuery("select d from DossierEntity d where d.status in :open and"
                    + " (d.office.id in :abolished or d.currentOffice.id in :abolished) order by d.id", DossierEntity.class)
                    .setParameter("open", OPEN).setParameter("abolished", abolished(em, today)).getResultList()) {
                views.add(Views.dossier(em, d, time.now(), workflow));
            }
            return views;
        });
    }

    private static List<Long> abolished(EntityManager em, LocalDate on) {
        List<Long> ids = new ArrayList<>(List.of(-1L)); // never empty: IN () is not portable SQL
        for (Object o : em.createNativeQuery("SELECT office_id FROM office_successor WHERE legal_date <= ?")
                .setParameter(1, Date.valueOf(on)).getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }
}
