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
            + " COALESCE(SUM(CASE WHEN event = 'REFUSED' THEN dossiers END), 0)"
            + " FROM kpi_counter WHERE day_date BETWEEN ? AND ? AND (? = 0 OR office_id = ?)";
    private static final String OPEN = "SELECT"
            + " (SELECT COUNT(*) FROM dossier WHERE status IN ('RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED',"
            + " 'FINANCIAL_OBLIGATION') AND (? = 0 OR office_id = ?)),"
            + " (SELECT COUNT(*) FROM dossier WHERE status IN ('RECEIVED', 'PROCESSING') AND due_at < ? AND (? = 0 OR office_id = ?)),"
            + " (SELECT COUNT(*) FROM dossier WHERE status IN ('RECEIVED', 'PROCESSING') AND due_at >= ? AND due_at < ?"
            + " AND (? = 0 OR office_id = ?)),"
            + " (SELECT COUNT(*) FROM inter_level_transfer WHERE state = 'PENDING' AND sla_due_at < ? AND (? = 0 OR to_office_id = ?))";

    private final DataSource dataSource;

    /** @param dataSource the MotCua database */
    public KpiService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the headline figures for {@code filter} */
    public KpiSummary summary(KpiFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            long[] counts = new long[9];
            try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
                ps.setDate(1, java.sql.Date.valueOf(filter.from()));
                ps.setDate(2, java.sql.Date.valueOf(filter.to()));
                ps.setLong(3, filter.officeId());
                ps.setLong(4, filter.officeId());
                read(ps, counts);
            }
            long[] open = new long[4];
            try (PreparedStatement ps = c.prepareStatement(OPEN)) {
                long o = filter.officeId();
                Timestamp now = Timestamp.valueOf(filter.now());
                Object[] args = { o, o, now, o, o, now, Timestamp.valueOf(filter.soonDueBefore()), o, o, now, o, o };
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                read(ps, open);
            }
            return new KpiSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                    counts[7], counts[8], open[0], open[1], open[2], open[3]);
        } catch (SQLException e) {
            throw new ReportException("KPI query failed: " + e.getMessage(), e);
        }
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
