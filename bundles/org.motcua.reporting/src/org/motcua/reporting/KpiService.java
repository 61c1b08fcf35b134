// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

/**
 * Reads the KPIs of docs/kpi.md: counts of received and finished work from the {@code kpi_counter}
 * table (kept in step with every workflow action), clock-dependent figures with indexed queries on
 * the dossiers. The dashboard design reads the same tables with the same conditions.
 */
public final class KpiService {

    private static final String COUNTS = "SELECT"
            + " COALESCE(SUM(CASE WHEN event = 'RECEIVED' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'FINISHED' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'FINISHED' AND timeliness = 'EARLY' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'FINISHED' AND timeliness = 'ON_TIME' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'FINISHED' AND timeliness = 'LATE' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'FINISHED' AND timeliness_original = 'LATE' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'WITHDRAWN' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'STOPPED' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'REFUSED' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'NO_APOLOGY' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'APOLOGY_LATE' THEN dossiers END), 0),"
            + " COALESCE(SUM(CASE WHEN event = 'RETURNED' AND timeliness = 'LATE' THEN dossiers END), 0)"
            + " FROM kpi_counter WHERE day_date BETWEEN ? AND ? AND office_id BETWEEN ? AND ?";
    /**
     * One pass over the open dossiers of the office (index on status, office, due), as the dashboard's "Open": those
     * received in MotCua; dossiers imported from an old system ({@code legacy_ref}) are reconciled apart
     * ({@code ImportService.reconcile}), so closing them changes no official figure.
     */
    private static final String OPEN = "SELECT COUNT(*),"
            + " COALESCE(SUM(CASE WHEN d.status IN ('RECEIVED', 'PROCESSING') AND d.due_at < ? THEN 1 ELSE 0 END), 0),"
            + " COALESCE(SUM(CASE WHEN d.status IN ('RECEIVED', 'PROCESSING') AND d.due_at >= ? AND d.due_at < ? THEN 1 ELSE 0 END), 0),"
            + " (SELECT COUNT(*) FROM inter_level_transfer t WHERE t.state = 'PENDING' AND t.sla_due_at < ? AND t.to_office_id BETWEEN ? AND ?),"
            + " (SELECT COUNT(*) FROM dossier r WHERE r.status = 'FINISHED' AND r.office_id BETWEEN ? AND ? AND r.return_due_at < ?"
            + " AND r.legacy_ref IS NULL)"
            + " FROM dossier d WHERE d.status IN ('RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION')"
            + " AND d.office_id BETWEEN ? AND ? AND d.legacy_ref IS NULL"; // the old system's dossiers: apart (issue 17.2)

    private final DataSource dataSource;

    /** @param dataSource the MotCua database */
    public KpiService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What imports of an old system's log counted in the period (table {@code kpi_counter_imported}): shown as
     * such, never part of {@link #summary}, whose figures are work done in MotCua.
     *
     * @param received dossiers the imported logs received
     * @param finished dossiers the imported logs finished
     * @param refused  dossiers the imported logs refused
     */
    public record ImportedCounts(long received, long finished, long refused) {
    }

    /** @return the imported counts for {@code filter}'s office and period */
    public ImportedCounts imported(KpiFilter filter) {
        long[] counts = periodCounts("SELECT COALESCE(SUM(CASE WHEN event = 'RECEIVED' THEN dossiers END), 0),"
                + " COALESCE(SUM(CASE WHEN event = 'FINISHED' THEN dossiers END), 0),"
                + " COALESCE(SUM(CASE WHEN event = 'REFUSED' THEN dossiers END), 0)"
                + " FROM kpi_counter_imported WHERE day_date BETWEEN ? AND ? AND office_id BETWEEN ? AND ?", filter, 3);
        return new ImportedCounts(counts[0], counts[1], counts[2]);
    }

    /**
     * @return the {@code columns} counts of {@code sql}, whose four parameters are the first and last day of
     *         {@code filter}'s period and its office range
     */
    private long[] periodCounts(String sql, KpiFilter filter, int columns) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, java.sql.Date.valueOf(filter.from()));
            ps.setDate(2, java.sql.Date.valueOf(filter.to()));
            ps.setLong(3, lowestOffice(filter));
            ps.setLong(4, highestOffice(filter));
            long[] counts = new long[columns];
            read(ps, counts);
            return counts;
        } catch (SQLException e) {
            throw new ReportException("KPI query failed: " + e.getMessage(), e);
        }
    }

    /** @return the headline figures for {@code filter} */
    public KpiSummary summary(KpiFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            long[] counts = new long[12];
            try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
                ps.setDate(1, java.sql.Date.valueOf(filter.from()));
                ps.setDate(2, java.sql.Date.valueOf(filter.to()));
                ps.setLong(3, lowestOffice(filter));
                ps.setLong(4, highestOffice(filter));
                read(ps, counts);
            }
            long[] open = new long[5];
            try (PreparedStatement ps = c.prepareStatement(OPEN)) {
                long lo = lowestOffice(filter);
                long hi = highestOffice(filter);
                Timestamp now = Timestamp.valueOf(filter.now());
                Object[] args = { now, now, Timestamp.valueOf(filter.soonDueBefore()), now, lo, hi, lo, hi, now, lo, hi };
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                read(ps, open);
            }
            return new KpiSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                    counts[7], counts[8], open[0], open[1] + open[4], open[2], open[3], counts[9], counts[10], counts[11],
                    open[4]);
        } catch (SQLException e) {
            throw new ReportException("KPI query failed: " + e.getMessage(), e);
        }
    }

    /** The lists behind the lateness figures (docs/kpi.md, "Lateness that must not hide"). */
    public enum LateKind {
        /** Finished in the period after the due date, with no Mẫu 04 (as {@code NO_APOLOGY}). */
        LATE_WITHOUT_APOLOGY,
        /** Mẫu 04 issued in the period less than one working day before the due time it moved. */
        APOLOGY_LATE,
        /** Finished, result not handed back, return due before {@link KpiFilter#now()} (whatever the period). */
        RESULT_NOT_RETURNED,
        /**
         * Not handed over by the desk on the day the same-day forwarding rule gives (NĐ 61/2018 Art. 19(1)(b)): handed
         * over in the period on a later day, or still at the desk after that day at {@link KpiFilter#now()}.
         */
        FORWARDED_LATE
    }

    /**
     * The desk's first hand-overs of the period against the same-day forwarding rule (counter {@code FORWARDED}).
     *
     * @param onTime handed over by the day the rule gives
     * @param late   handed over on a later day
     */
    public record ForwardingCounts(long onTime, long late) {
    }

    /** @return the desk's hand-overs of {@code filter}'s period and office, on time and late */
    public ForwardingCounts forwarding(KpiFilter filter) {
        long[] counts = periodCounts("SELECT COALESCE(SUM(CASE WHEN timeliness <> 'LATE' THEN dossiers END), 0),"
                + " COALESCE(SUM(CASE WHEN timeliness = 'LATE' THEN dossiers END), 0)"
                + " FROM kpi_counter WHERE event = 'FORWARDED' AND day_date BETWEEN ? AND ? AND office_id BETWEEN ? AND ?",
                filter, 2);
        return new ForwardingCounts(counts[0], counts[1]);
    }

    /**
     * One dossier of a lateness list.
     *
     * @param code      the dossier code
     * @param applicant the applicant
     * @param procedure the procedure's Vietnamese name
     * @param due       the due time it is judged against: the due (late finish), the due the Mẫu 04 moved, the
     *                  return due (result not returned)
     * @param at        when: finished, Mẫu 04 issued, finished
     */
    public record LateDossier(String code, String applicant, String procedure, java.time.LocalDateTime due,
            java.time.LocalDateTime at) {
    }

    /**
     * Steps completed in the period by the department that held them (docs/kpi.md): lateness per step charged to
     * that department, not to the desk that finished or returned the dossier.
     *
     * @param department "Department – Office", or "(không thuộc phòng ban)"
     * @param completed  steps completed
     * @param late       of which after the step's due date
     */
    public record DepartmentSteps(String department, long completed, long late) {
    }

    private static final String RANGE = " AND d.office_id BETWEEN ? AND ?";
    private static final String LATE_WITHOUT_APOLOGY = "SELECT d.code, d.applicant_name, d.procedure_name_vi, d.due_at,"
            + " d.finished_at FROM dossier d WHERE d.status IN ('FINISHED', 'RETURNED') AND d.timeliness = 'LATE'"
            + " AND d.reappointed = FALSE AND d.finished_at >= ? AND d.finished_at < ?" + RANGE + " ORDER BY d.finished_at, d.id";
    private static final String APOLOGY_LATE = "SELECT d.code, d.applicant_name, d.procedure_name_vi, d.original_due_at,"
            + " d.reappointed_at FROM dossier d WHERE d.apology_late = TRUE AND d.reappointed_at >= ? AND d.reappointed_at < ?"
            + RANGE + " ORDER BY d.reappointed_at, d.id";
    private static final String NOT_RETURNED = "SELECT d.code, d.applicant_name, d.procedure_name_vi, d.return_due_at,"
            + " d.finished_at FROM dossier d WHERE d.status = 'FINISHED' AND d.return_due_at < ?" + RANGE
            + " ORDER BY d.return_due_at, d.id";
    private static final String FORWARDED_LATE = "SELECT d.code, d.applicant_name, d.procedure_name_vi, d.forward_due_at,"
            + " d.forwarded_at FROM dossier d WHERE ((d.forwarded_at >= ? AND d.forwarded_at < ?"
            + " AND CAST(d.forwarded_at AS DATE) > CAST(d.forward_due_at AS DATE))"
            + " OR (d.forwarded_at IS NULL AND d.status = 'RECEIVED' AND d.forward_due_at < ?))" + RANGE
            + " ORDER BY d.forward_due_at, d.id";
    private static final String STEPS = "SELECT COALESCE(dep.name || ' – ' || o.name, '(không thuộc phòng ban)'),"
            + " COALESCE(SUM(k.dossiers), 0), COALESCE(SUM(CASE WHEN k.timeliness = 'LATE' THEN k.dossiers END), 0)"
            + " FROM kpi_counter k LEFT JOIN department dep ON dep.id = k.department_id LEFT JOIN office o ON o.id = dep.office_id"
            + " WHERE k.event = 'STEP_DONE' AND k.day_date BETWEEN ? AND ? AND k.office_id BETWEEN ? AND ?"
            + " GROUP BY dep.name, o.name ORDER BY 1";

    /** @return the dossiers behind one lateness figure of {@code filter}, in time order */
    public java.util.List<LateDossier> lateDossiers(KpiFilter filter, LateKind kind) {
        String sql = switch (kind) {
            case LATE_WITHOUT_APOLOGY -> LATE_WITHOUT_APOLOGY;
            case APOLOGY_LATE -> APOLOGY_LATE;
            case RESULT_NOT_RETURNED -> NOT_RETURNED;
            case FORWARDED_LATE -> FORWARDED_LATE;
        };
        Timestamp from = Timestamp.valueOf(filter.from().atStartOfDay());
        Timestamp to = Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay());
        Timestamp now = Timestamp.valueOf(filter.now());
        Object[] args = switch (kind) {
            case RESULT_NOT_RETURNED -> new Object[] { now, lowestOffice(filter), highestOffice(filter) };
            case FORWARDED_LATE -> new Object[] { from, to, now, lowestOffice(filter), highestOffice(filter) };
            default -> new Object[] { from, to, lowestOffice(filter), highestOffice(filter) };
        };
        java.util.List<LateDossier> rows = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new LateDossier(rs.getString(1), rs.getString(2), rs.getString(3), time(rs.getTimestamp(4)),
                            time(rs.getTimestamp(5))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ReportException("KPI query failed: " + e.getMessage(), e);
        }
    }

    /** @return the steps completed in the period, by the department that held them */
    public java.util.List<DepartmentSteps> stepsByDepartment(KpiFilter filter) {
        java.util.List<DepartmentSteps> rows = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(STEPS)) {
            ps.setDate(1, java.sql.Date.valueOf(filter.from()));
            ps.setDate(2, java.sql.Date.valueOf(filter.to()));
            ps.setLong(3, lowestOffice(filter));
            ps.setLong(4, highestOffice(filter));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DepartmentSteps(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ReportException("KPI query failed: " + e.getMessage(), e);
        }
    }

    private static java.time.LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    /** The office filter is a range ({@code office_id BETWEEN ? AND ?}) so that the office indexes serve it. */
    private static long lowestOffice(KpiFilter filter) {
        return filter.officeId() == 0 ? 0 : filter.officeId();
    }

    private static long highestOffice(KpiFilter filter) {
        return filter.officeId() == 0 ? Long.MAX_VALUE : filter.officeId();
    }

    private static void read(PreparedStatement ps, long[] into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                for (int i = 0; i < into.length; i++) {
                    into[i] = rs.getLong(i + 1);
                }
            }
        }
    }
}
