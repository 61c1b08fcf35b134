// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.sql.Date;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.motcua.core.calendar.TimelinessClass;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;

/**
 * Keeps the KPI counters (table {@code kpi_counter}, docs/kpi.md; an import's in {@code kpi_counter_imported})
 * up to date in the transaction of each workflow action: one row per office, department, procedure, day, channel, event and on-time
 * class, whose {@code dossiers} column is incremented. Reports and the KPI service read these rows,
 * so counts of finished work never need a GROUP BY over all dossiers.
 *
 * <p>Events: {@code RECEIVED} (counted on the day of receipt, by the receiving office; a dossier received
 * incomplete with Mẫu 02 on the day the supplement completes it), {@code REFUSED},
 * {@code FINISHED} (by the finishing department, with the class against the due date and against the
 * original due date), {@code WITHDRAWN} and {@code STOPPED} (apart from finished work). A procedure
 * correction moves the dossier's counts (RECEIVED, STEP_DONE, APOLOGY_LATE) to the new procedure
 * ({@link #procedureCorrected}); when the papers do not meet the new list, its RECEIVED count waits for the
 * supplement that completes it. Lateness that must not hide (issue 16.2):
 * {@code NO_APOLOGY} (finished after its due date with no Mẫu 04, by the finishing department),
 * {@code APOLOGY_LATE} (a Mẫu 04 issued less than one working day before the due time it moved),
 * {@code RETURNED} (the result handed back, with its class against the return due) and {@code STEP_DONE}
 * (a step left for the next one or finished, by the department that held it, with its class against the step's
 * due; a recall takes back the completion it undoes). {@code FORWARDED}: the desk's first hand-over (HAND_OVER) of a
 * dossier, {@code ON_TIME} or {@code LATE} against the same-day forwarding rule (NĐ 61/2018 Art. 19(1)(b)).
 */
final class KpiCounters {

    /** Stored where a dimension does not apply (the primary key has no nullable column). */
    static final String NONE = "-";

    /** The official counters: work done in MotCua. */
    static final String LIVE = "kpi_counter";
    /** The counters of an imported old system's log: the same dimensions, apart from the official figures. */
    static final String IMPORTED = "kpi_counter_imported";
    /** The event of a legacy dossier closed with a reason (in {@link #IMPORTED} only). */
    static final String LEGACY_CLOSED = "CLOSED_OLD";
    private static final String UPDATE = "UPDATE %s SET dossiers = dossiers + ? WHERE office_id = ? AND department_id = ?"
            + " AND procedure_code = ? AND day_date = ? AND channel = ? AND event = ? AND timeliness = ? AND timeliness_original = ?";
    private static final String INSERT = "INSERT INTO %s (dossiers, office_id, department_id, procedure_code, day_date,"
            + " channel, event, timeliness, timeliness_original) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private KpiCounters() {
    }

    /** Counts {@code action} (just performed in {@code c}'s transaction) if it is a KPI event. */
    static void record(ActionContext c, ActionType action) {
        DossierEntity d = c.dossier;
        switch (action) {
            case RECEIVE -> add(c, key(d, "RECEIVED", d.getProcedureCode(), d.getReceivedAt().toLocalDate()), 1);
            case SUPPLEMENT_RECEIVED -> {
                if (!c.receivedCompleteBefore && d.getValidReceivedAt() != null) {
                    // received incomplete (Mẫu 02 at the desk): received now that it is complete
                    add(c, key(d, "RECEIVED", d.getProcedureCode(), c.now.toLocalDate()), 1);
                }
            }
            case REFUSE -> add(c, key(d, "REFUSED", d.getProcedureCode(), c.now.toLocalDate()), 1);
            case HAND_OVER -> {
                if (c.now.equals(d.getForwardedAt()) && d.getForwardDueAt() != null) {
                    // the desk's first hand-over, against the same-day forwarding rule (NĐ 61/2018 Art. 19(1)(b))
                    boolean late = org.motcua.core.calendar.SameDayForwarding.late(c.now, d.getForwardDueAt());
                    add(c, new Key(d.getOffice().getId(), 0L, d.getProcedureCode(), c.now.toLocalDate(),
                            d.getChannel().name(), "FORWARDED", late ? TimelinessClass.LATE.name() : TimelinessClass.ON_TIME.name(),
                            NONE), 1);
                }
            }
            case WITHDRAW -> add(c, key(d, "WITHDRAWN", d.getProcedureCode(), c.now.toLocalDate()), 1);
            case STOP -> add(c, key(d, "STOPPED", d.getProcedureCode(), c.now.toLocalDate()), 1);
            // a legacy dossier closed with a reason: not work done in MotCua, never in the official figures
            case CLOSE_LEGACY -> add(c, IMPORTED, key(d, LEGACY_CLOSED, d.getProcedureCode(), c.now.toLocalDate()), 1);
            case FINISH -> {
                long department = c.user.getDepartment() == null ? 0L : c.user.getDepartment().getId();
                add(c, new Key(d.getOffice().getId(), department, d.getProcedureCode(), c.now.toLocalDate(),
                        d.getChannel().name(), "FINISHED", name(d.getTimeliness()),
                        name(d.getTimelinessAgainstOriginal())), 1);
                if (d.getTimeliness() == TimelinessClass.LATE && !d.isReappointed()) {
                    add(c, new Key(d.getOffice().getId(), department, d.getProcedureCode(), c.now.toLocalDate(),
                            d.getChannel().name(), "NO_APOLOGY", NONE, NONE), 1);
                }
            }
            case APOLOGIZE -> {
                if (d.isApologyLate()) {
                    add(c, key(d, "APOLOGY_LATE", d.getProcedureCode(), c.now.toLocalDate()), 1);
                }
            }
            case RETURN_RESULT -> add(c, new Key(d.getOffice().getId(), 0L, d.getProcedureCode(), c.now.toLocalDate(),
                    d.getChannel().name(), "RETURNED", d.getReturnDueAt() == null ? NONE
                            : name(c.engine.calculator().classify(c.now, d.getReturnDueAt())), NONE), 1);
            default -> {
                // not a KPI event
            }
        }
    }

    /** One count a dossier contributed to the counters: the row's key. */
    record Count(Key key) {
    }

    /**
     * @return the counts {@code c}'s dossier has contributed so far under its procedure, as a correction moves them:
     *         its receipt (if counted), each completed step by the department that held it, a late Mẫu 04
     */
    static java.util.List<Count> countsOf(ActionContext c) {
        DossierEntity d = c.dossier;
        java.util.List<Count> counts = new java.util.ArrayList<>();
        if (d.getValidReceivedAt() != null) {
            counts.add(new Count(key(d, "RECEIVED", d.getProcedureCode(), receivedDay(c))));
        }
        for (DossierStepEntity step : d.getSteps()) {
            if (step.getCompletedAt() != null) {
                counts.add(new Count(stepKey(d, step, step.getCompletedAt())));
            }
        }
        if (d.isApologyLate()) {
            java.time.LocalDateTime at = c.em.createQuery("select max(a.at) from ActionRecordEntity a where a.dossier = :d"
                    + " and a.action = :a", java.time.LocalDateTime.class).setParameter("d", d)
                    .setParameter("a", ActionType.APOLOGIZE).getSingleResult();
            if (at != null) {
                counts.add(new Count(key(d, "APOLOGY_LATE", d.getProcedureCode(), at.toLocalDate())));
            }
        }
        return counts;
    }

    /**
     * Moves {@code counts} (taken by {@link #countsOf} before the correction, under {@code before}) to the dossier's
     * procedure now. A receipt no longer valid (papers missing for the new procedure: Mẫu 02) is taken back; the
     * supplement that completes the dossier counts it again.
     */
    static void procedureCorrected(ActionContext c, java.util.List<Count> counts, String before) {
        DossierEntity d = c.dossier;
        for (Count count : counts) {
            Key old = count.key();
            boolean receiptLost = old.event().equals("RECEIVED") && d.getValidReceivedAt() == null;
            if (before.equals(d.getProcedureCode()) && !receiptLost) {
                continue;
            }
            add(c, old, -1);
            if (!receiptLost) {
                add(c, new Key(old.office(), old.department(), d.getProcedureCode(), old.day(), old.channel(), old.event(),
                        old.timeliness(), old.timelinessOriginal()), 1);
            }
        }
    }

    /**
     * Moves the receipt of {@code c}'s dossier (its {@code RECEIVED} count, if counted) from its receiving office to
     * {@code competent}, the sibling centre that accepted it under reception regardless of boundary (NĐ 118/2025):
     * that centre's figures count it, the first centre's no longer do. The work each did (steps, hand-over on time)
     * stays with the department that did it. Call before the dossier's office changes.
     */
    static void officeChanged(ActionContext c, org.motcua.core.internal.model.OfficeEntity competent) {
        for (Count count : countsOf(c)) {
            Key old = count.key();
            if (old.event().equals("RECEIVED")) {
                add(c, old, -1);
                add(c, new Key(competent.getId(), old.department(), old.procedure(), old.day(), old.channel(),
                        old.event(), old.timeliness(), old.timelinessOriginal()), 1);
            }
        }
    }

    /**
     * Counts the completion of {@code step} now (it leaves for the next step, or the result exists), charged to the
     * department that held it, with its class against the step's due (the class its control-slip row gets).
     */
    static void stepCompleted(ActionContext c, DossierStepEntity step) {
        add(c, stepKey(c.dossier, step, step.getCompletedAt()), 1);
    }

    /** Takes back the completion of {@code step} (still marked completed) that a recall undoes. */
    static void stepReopened(ActionContext c, DossierStepEntity step) {
        if (step.getCompletedAt() != null) {
            add(c, stepKey(c.dossier, step, step.getCompletedAt()), -1);
        }
    }

    private static Key stepKey(DossierEntity d, DossierStepEntity step, java.time.LocalDateTime completedAt) {
        long department = step.getHolder() == null ? 0L : step.getHolder().getId();
        String timeliness = step.getDueAt() == null ? NONE
                : new org.motcua.core.calendar.DeadlineCalculator().classify(completedAt, step.getDueAt()).name();
        return new Key(d.getOffice().getId(), department, d.getProcedureCode(), completedAt.toLocalDate(),
                d.getChannel().name(), "STEP_DONE", timeliness, NONE);
    }

    /**
     * @return the day {@code c}'s dossier was counted as received: the day of its receipt, or of the
     *         supplement that completed a dossier received incomplete (the first of RECEIVE and
     *         SUPPLEMENT_RECEIVED in its history)
     */
    private static LocalDate receivedDay(ActionContext c) {
        java.time.LocalDateTime first = c.em.createQuery("select min(a.at) from ActionRecordEntity a where a.dossier = :d"
                + " and a.action in :actions", java.time.LocalDateTime.class).setParameter("d", c.dossier)
                .setParameter("actions", java.util.List.of(ActionType.RECEIVE, ActionType.SUPPLEMENT_RECEIVED)).getSingleResult();
        return first == null ? c.dossier.getReceivedAt().toLocalDate() : first.toLocalDate();
    }

    private static Key key(DossierEntity d, String event, String procedure, LocalDate day) {
        return new Key(d.getOffice().getId(), 0L, procedure, day, d.getChannel().name(), event, NONE, NONE);
    }

    private static String name(TimelinessClass timeliness) {
        return timeliness == null ? NONE : timeliness.name();
    }

    /** Increments the row of {@code key}; a new row is inserted under a lock on the office row. */
    private static void add(ActionContext c, Key key, int delta) {
        add(c, c.engine.isImporting() ? IMPORTED : LIVE, key, delta); // imported work never enters the official figures
    }

    private static void add(ActionContext c, String table, Key key, int delta) {
        if (update(c.em, table, key, delta) > 0) {
            return;
        }
        // First count of this key: serialise inserters of the same office so two cannot both insert.
        // On PostgreSQL the lock must be FOR NO KEY UPDATE: the dossier row this transaction inserted
        // holds a KEY SHARE lock on the same office row (its foreign key), which FOR UPDATE would
        // wait for across transactions: a deadlock between two desks receiving at once.
        lockOffice(c.em, key.office);
        if (update(c.em, table, key, delta) == 0) {
            bind(c.em.createNativeQuery(INSERT.formatted(table)), key, delta).executeUpdate();
        }
    }

    /**
     * Locks the office row until the transaction ends: serialises those who take a number or insert a first row for
     * the office. On PostgreSQL FOR NO KEY UPDATE: a dossier row the transaction inserted holds a KEY SHARE lock on
     * the same office row (its foreign key), which FOR UPDATE would wait for across transactions.
     */
    static void lockOffice(EntityManager em, long officeId) {
        em.createNativeQuery("SELECT id FROM office WHERE id = ? " + officeLock(em)).setParameter(1, officeId)
                .getResultList();
    }

    private static String officeLock(EntityManager em) {
        try {
            String product = em.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName();
            return "PostgreSQL".equals(product) ? "FOR NO KEY UPDATE" : "FOR UPDATE";
        } catch (java.sql.SQLException e) {
            return "FOR UPDATE";
        }
    }

    private static int update(EntityManager em, String table, Key key, int delta) {
        return bind(em.createNativeQuery(UPDATE.formatted(table)), key, delta).executeUpdate();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, Key key, int delta) {
        return q.setParameter(1, (long) delta).setParameter(2, key.office).setParameter(3, key.department)
                .setParameter(4, key.procedure).setParameter(5, Date.valueOf(key.day)).setParameter(6, key.channel)
                .setParameter(7, key.event).setParameter(8, key.timeliness).setParameter(9, key.timelinessOriginal);
    }

    record Key(long office, long department, String procedure, LocalDate day, String channel, String event,
            String timeliness, String timelinessOriginal) {
    }
}
