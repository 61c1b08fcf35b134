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
            + " COALESCE(SUM(CASE WHEN event = 'REFUSED' THEN dossiers END), 0)"
            + " FROM kpi_counter WHERE day_date BETWEEN ? AND ? AND office_id BETWEEN ? AND ?";
    /** One pass over the open dossiers of the office (index on status, office, due), as the dashboard's "Open". */
    private static final String OPEN = "SELECT COUNT(*),"
            + " COALESCE(SUM(CASE WHEN d.status IN ('RECEIVED', 'PROCESSING') AND d.due_at < ? THEN 1 ELSE 0 END), 0),"
            + " COALESCE(SUM(CASE WHEN d.status IN ('RECEIVED', 'PROCESSING') AND d.due_at >= ? AND d.due_at < ? THEN 1 ELSE 0 END), 0),"
            + " (SELECT COUNT(*) FROM inter_level_transfer t WHERE t.state = 'PENDING' AND t.sla_due_at < ? AND t.to_office_id BETWEEN ? AND ?)"
            + " FROM dossier d WHERE d.status IN ('RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION')"
            + " AND d.office_id BETWEEN ? AND ?";

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
                ps.setLong(3, lowestOffice(filter));
                ps.setLong(4, highestOffice(filter));
                read(ps, counts);
            }
            long[] open = new long[4];
            try (PreparedStatement ps = c.prepareStatement(OPEN)) {
                long lo = lowestOffice(filter);
                long hi = highestOffice(filter);
                Timestamp now = Timestamp.valueOf(filter.now());
                Object[] args = { now, now, Timestamp.valueOf(filter.soonDueBefore()), now, lo, hi, lo, hi };
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
