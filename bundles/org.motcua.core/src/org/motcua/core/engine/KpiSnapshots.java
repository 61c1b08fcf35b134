// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.motcua.core.MotCuaException;

/**
 * Daily KPI snapshots (docs/kpi.md, "Period reports as of the period's end"): what each day brought and what was
 * pending at its end, per receiving office, origin, procedure, department and channel, so that a period's report reads
 * its figures as they were at the period's end.
 *
 * <p>{@link #refresh} closes the days not closed yet, up to yesterday, from the dossiers' history (the audit log
 * {@code dossier_action} and the steps), writes the day still open as a provisional row, and turns facts recorded after
 * their day closed (an action dated in a closed day whose audit-chain position is later than the close) into adjustment
 * rows: the difference they make, per day, recorded on the day found. Closed rows are never rewritten, so a report of
 * a closed period prints the same figures whenever it is printed; the adjustments are listed beside them. Idempotent:
 * a second run with nothing new writes the same provisional rows and nothing else. Each office is filled in its own
 * transaction under a row lock on the office ({@code SELECT … FOR UPDATE}), so two workstations never close a day twice.
 *
 * <p>The deadline a dossier is judged against at a day's end is its due time, or the due time before a re-appointment
 * (Mẫu 04) made after that day. A paused dossier (supplement, tax) has no running deadline: it is pending within.
 */
public final class KpiSnapshots {

    /** Where a dossier comes from: received in MotCua, imported before old references were kept, or an old system's. */
    public enum Origin {
        /** Received in MotCua: the official figures. */
        MOTCUA,
        /** Imported from an old system's log before changeset 0015 (no old reference). */
        IMPORTED,
        /** An old system's dossier ({@code dossier.legacy_ref}). */
        LEGACY
    }

    /** What one refresh did. */
    public record Result(int officesClosed, int daysClosed, int adjustments) {
    }

    private static final Set<String> OPEN = Set.of("RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED",
            "FINANCIAL_OBLIGATION");
    private static final Set<String> RUNNING = Set.of("RECEIVED", "PROCESSING");
    private static final int RECEIVED = 0;
    private static final int EARLY = 1;
    private static final int ON_TIME = 2;
    private static final int LATE = 3;
    private static final int WITHIN = 4;
    private static final int PAST = 5;
    private static final int MEASURES = 6;

    private KpiSnapshots() {
    }

    /**
     * Closes every office's days up to the day before {@code now}, records the adjustments late facts made, and
     * writes the day of {@code now} as provisional figures up to {@code now}. Commits per office; the connection's
     * auto-commit is restored.
     *
     * @return what was written
     */
    public static Result refresh(Connection c, LocalDateTime now) {
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                List<Long> offices = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM office ORDER BY id");
                        ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        offices.add(r.getLong(1));
                    }
                }
                int closedOffices = 0;
                int days = 0;
                int adjustments = 0;
                for (long office : offices) {
                    try {
                        int[] done = refreshOffice(c, office, now);
                        c.commit();
                        days += done[0];
                        adjustments += done[1];
                        closedOffices += done[0] > 0 ? 1 : 0;
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        throw e;
                    }
                }
                return new Result(closedOffices, days, adjustments);
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new MotCuaException("snapshot.failed", e.getMessage());
        }
    }

    /**
     * One combination of a period's figures.
     *
     * @param officeName    the receiving office
     * @param origin        where the dossiers come from
     * @param procedure     the procedure code
     * @param department    the department that held them ("" for none: received, at the desk)
     * @param channel       the channel of receipt
     * @param carriedOver   pending at the end of the day before the period
     * @param received      received in the period
     * @param early         finished in the period before their due date
     * @param onTime        finished on their due date
     * @param late          finished after it
     * @param pendingWithin pending at the period's end (or today's, for a period not over) within the deadline or
     *                      paused
     * @param pendingPast   pending then, past the deadline
     */
    public record PeriodRow(String officeName, Origin origin, String procedure, String department, String channel,
            long carriedOver, long received, long early, long onTime, long late, long pendingWithin, long pendingPast) {
    }

    /**
     * An action dated inside the period but recorded after the period's last day closed.
     *
     * @param code      the dossier
     * @param action    the action ({@code ActionType} name)
     * @param at        when it is dated
     * @param origin    where the dossier comes from
     * @param procedure the procedure code
     */
    public record LateFact(String code, String action, LocalDateTime at, Origin origin, String procedure) {
    }

    /**
     * A period's report from the snapshots.
     *
     * @param asOf        the day whose end the pending figures are taken at: the period's last day, or today
     * @param closed      whether that day is closed (its figures no longer change but by adjustments)
     * @param figures     the figures as they stood when the period's last day closed (provisional before)
     * @param adjustments the changes facts recorded after that made, by the same dimensions
     * @param lateFacts   those facts
     */
    public record Period(LocalDate from, LocalDate to, LocalDate asOf, boolean closed, List<PeriodRow> figures,
            List<PeriodRow> adjustments, List<LateFact> lateFacts) {

        /** @return the sum of {@code rows} of {@code origin}, every column */
        public static PeriodRow total(List<PeriodRow> rows, Origin origin) {
            long[] t = new long[7];
            for (PeriodRow r : rows) {
                if (r.origin() == origin) {
                    long[] v = { r.carriedOver(), r.received(), r.early(), r.onTime(), r.late(), r.pendingWithin(),
                            r.pendingPast() };
                    for (int i = 0; i < t.length; i++) {
                        t[i] += v[i];
                    }
                }
            }
            return new PeriodRow("", origin, "", "", "", t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
        }
    }

    private static final String PERIOD = "SELECT o.name, s.origin, s.procedure_code, COALESCE(dep.name, ''), s.channel,"
            + " SUM(CASE WHEN s.day_date = ? THEN s.pending_within + s.pending_past ELSE 0 END),"
            + " SUM(CASE WHEN s.day_date >= ? THEN s.received ELSE 0 END),"
            + " SUM(CASE WHEN s.day_date >= ? THEN s.finished_early ELSE 0 END),"
            + " SUM(CASE WHEN s.day_date >= ? THEN s.finished_on_time ELSE 0 END),"
            + " SUM(CASE WHEN s.day_date >= ? THEN s.finished_late ELSE 0 END),"
            + " SUM(CASE WHEN s.day_date = ? THEN s.pending_within ELSE 0 END),"
            + " SUM(CASE WHEN s.day_date = ? THEN s.pending_past ELSE 0 END)"
            + " FROM kpi_snapshot s JOIN office o ON o.id = s.office_id LEFT JOIN department dep ON dep.id = s.department_id"
            + " LEFT JOIN kpi_snapshot_day c ON c.office_id = s.office_id AND c.day_date = ?"
            + " WHERE s.day_date BETWEEN ? AND ? AND s.office_id BETWEEN ? AND ? AND %s"
            + " GROUP BY o.name, s.origin, s.procedure_code, dep.name, s.channel"
            + " ORDER BY o.name, s.origin, s.procedure_code, COALESCE(dep.name, ''), s.channel";
    /** Closed and provisional rows, and adjustments written before the period's last day closed. */
    private static final String AS_CLOSED = "(s.kind <> 'A' OR c.action_seq IS NULL OR s.action_seq <= c.action_seq)";
    private static final String ADJUSTMENTS = "(s.kind = 'A' AND c.action_seq IS NOT NULL AND s.action_seq > c.action_seq)";
    private static final String LATE_FACTS = "SELECT d.code, a.action, a.at_time, d.legacy_ref, a.imported, d.procedure_code"
            + " FROM dossier_action a JOIN dossier d ON d.id = a.dossier_id"
            + " JOIN kpi_snapshot_day c ON c.office_id = a.chain_office_id AND c.day_date = ?"
            + " WHERE a.at_time >= ? AND a.at_time < ? AND a.chain_office_id BETWEEN ? AND ? AND a.chain_seq > c.action_seq"
            + " ORDER BY a.at_time, d.code, a.chain_seq";

    /**
     * The period's figures as of its end, read from the snapshots (call {@link #refresh} first).
     *
     * @param officeFrom lowest receiving office id (all offices: 0)
     * @param officeTo   highest (all offices: {@link Long#MAX_VALUE})
     * @param today      the day of now: a period not over is reported as of its end
     */
    public static Period period(Connection c, long officeFrom, long officeTo, LocalDate from, LocalDate to,
            LocalDate today) {
        LocalDate asOf = to.isAfter(today) ? today : to;
        try {
            boolean closed;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM kpi_snapshot_day WHERE day_date = ?"
                    + " AND office_id BETWEEN ? AND ?")) {
                s.setDate(1, java.sql.Date.valueOf(asOf));
                s.setLong(2, officeFrom);
                s.setLong(3, officeTo);
                try (ResultSet r = s.executeQuery()) {
                    closed = r.next() && r.getLong(1) > 0;
                }
            }
            List<LateFact> facts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(LATE_FACTS)) {
                s.setDate(1, java.sql.Date.valueOf(to));
                s.setTimestamp(2, Timestamp.valueOf(from.atStartOfDay()));
                s.setTimestamp(3, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
                s.setLong(4, officeFrom);
                s.setLong(5, officeTo);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Origin origin = r.getString(4) != null ? Origin.LEGACY
                                : r.getBoolean(5) ? Origin.IMPORTED : Origin.MOTCUA;
                        facts.add(new LateFact(r.getString(1), r.getString(2), r.getTimestamp(3).toLocalDateTime(), origin,
                                r.getString(6)));
                    }
                }
            }
            return new Period(from, to, asOf, closed, rows(c, AS_CLOSED, officeFrom, officeTo, from, to, asOf),
                    rows(c, ADJUSTMENTS, officeFrom, officeTo, from, to, asOf), facts);
        } catch (SQLException e) {
            throw new MotCuaException("snapshot.failed", e.getMessage());
        }
    }

    private static List<PeriodRow> rows(Connection c, String condition, long officeFrom, long officeTo, LocalDate from,
            LocalDate to, LocalDate asOf) throws SQLException {
        java.sql.Date before = java.sql.Date.valueOf(from.minusDays(1));
        java.sql.Date first = java.sql.Date.valueOf(from);
        java.sql.Date end = java.sql.Date.valueOf(asOf);
        Object[] args = { before, first, first, first, first, end, end, java.sql.Date.valueOf(to), before, end, officeFrom,
                officeTo };
        List<PeriodRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(String.format(PERIOD, condition))) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    PeriodRow row = new PeriodRow(r.getString(1), Origin.valueOf(r.getString(2)), r.getString(3),
                            r.getString(4), r.getString(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9),
                            r.getLong(10), r.getLong(11), r.getLong(12));
                    if (row.carriedOver() != 0 || row.received() != 0 || row.early() != 0 || row.onTime() != 0
                            || row.late() != 0 || row.pendingWithin() != 0 || row.pendingPast() != 0) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** @return {days closed, adjustment rows written} */
    private static int[] refreshOffice(Connection c, long office, LocalDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM office WHERE id = ? FOR UPDATE")) {
            s.setLong(1, office);
            s.executeQuery().close();
        }
        LocalDate today = now.toLocalDate();
        long seq = single(c, "SELECT COALESCE(MAX(chain_seq), 0) FROM dossier_action WHERE chain_office_id = ?", office);
        LocalDate lastClosed = null;
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(day_date) FROM kpi_snapshot_day WHERE office_id = ?")) {
            s.setLong(1, office);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getDate(1) != null) {
                    lastClosed = r.getDate(1).toLocalDate();
                }
            }
        }
        int adjustments = 0;
        if (lastClosed != null) {
            adjustments = adjust(c, office, lastClosed, today, seq);
        }
        LocalDate first = lastClosed != null ? lastClosed.plusDays(1) : firstDay(c, office);
        int closed = 0;
        if (first != null && first.isBefore(today)) {
            LocalDate last = today.minusDays(1);
            History history = History.load(c, office, null, first, Long.MAX_VALUE, LocalDateTime.MAX);
            insert(c, office, 'F', today, seq, history.days(first, last, null));
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM kpi_snapshot WHERE office_id = ? AND kind = 'P' AND day_date <= ?");
                    PreparedStatement day = c.prepareStatement(
                            "INSERT INTO kpi_snapshot_day (office_id, day_date, action_seq, closed_at) VALUES (?, ?, ?, ?)")) {
                del.setLong(1, office);
                del.setDate(2, java.sql.Date.valueOf(last));
                del.executeUpdate();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    day.setLong(1, office);
                    day.setDate(2, java.sql.Date.valueOf(d));
                    day.setLong(3, seq);
                    day.setTimestamp(4, Timestamp.valueOf(now));
                    day.addBatch();
                    closed++;
                }
                day.executeBatch();
            }
        }
        setWatermark(c, office, seq);
        // the day still open: provisional, up to now
        try (PreparedStatement del = c.prepareStatement("DELETE FROM kpi_snapshot WHERE office_id = ? AND kind = 'P'")) {
            del.setLong(1, office);
            del.executeUpdate();
        }
        if (lastClosed == null || today.isAfter(lastClosed)) { // a clock set back finds its day closed: no P beside F
            History open = History.load(c, office, null, today, Long.MAX_VALUE, now);
            insert(c, office, 'P', today, seq, open.days(today, today, now));
        }
        return new int[] { closed, adjustments };
    }

    /**
     * Turns the actions recorded after the last refresh but dated before the last closed day ended into adjustment
     * rows: the figures of the dossiers they touch with them, minus without them, on each closed day from the
     * earliest one dated.
     */
    private static int adjust(Connection c, long office, LocalDate lastClosed, LocalDate today, long seq)
            throws SQLException {
        long watermark = single(c, "SELECT COALESCE(MAX(action_seq), 0) FROM kpi_snapshot_state WHERE office_id = ?", office);
        if (watermark >= seq) {
            return 0;
        }
        List<Long> dossiers = new ArrayList<>();
        LocalDate earliest = null;
        try (PreparedStatement s = c.prepareStatement("SELECT dossier_id, MIN(at_time) FROM dossier_action"
                + " WHERE chain_office_id = ? AND chain_seq > ? AND chain_seq <= ? AND at_time < ? GROUP BY dossier_id")) {
            s.setLong(1, office);
            s.setLong(2, watermark);
            s.setLong(3, seq);
            s.setTimestamp(4, Timestamp.valueOf(lastClosed.plusDays(1).atStartOfDay()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    dossiers.add(r.getLong(1));
                    LocalDate day = r.getTimestamp(2).toLocalDateTime().toLocalDate();
                    earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
                }
            }
        }
        if (dossiers.isEmpty()) {
            return 0;
        }
        Set<Long> touched = Set.copyOf(dossiers);
        Map<LocalDate, Map<Key, long[]>> with = History.load(c, office, touched, earliest, seq, LocalDateTime.MAX)
                .days(earliest, lastClosed, null);
        Map<LocalDate, Map<Key, long[]>> without = History.load(c, office, touched, earliest, watermark, LocalDateTime.MAX)
                .days(earliest, lastClosed, null);
        Map<LocalDate, Map<Key, long[]>> delta = new TreeMap<>();
        for (Map.Entry<LocalDate, Map<Key, long[]>> day : with.entrySet()) {
            for (Map.Entry<Key, long[]> e : day.getValue().entrySet()) {
                long[] d = delta.computeIfAbsent(day.getKey(), k -> new HashMap<>()).computeIfAbsent(e.getKey(),
                        k -> new long[MEASURES]);
                add(d, e.getValue(), 1);
            }
        }
        for (Map.Entry<LocalDate, Map<Key, long[]>> day : without.entrySet()) {
            for (Map.Entry<Key, long[]> e : day.getValue().entrySet()) {
                long[] d = delta.computeIfAbsent(day.getKey(), k -> new HashMap<>()).computeIfAbsent(e.getKey(),
                        k -> new long[MEASURES]);
                add(d, e.getValue(), -1);
            }
        }
        return insert(c, office, 'A', today, seq, delta);
    }

    private static void setWatermark(Connection c, long office, long seq) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE kpi_snapshot_state SET action_seq = ? WHERE office_id = ?")) {
            u.setLong(1, seq);
            u.setLong(2, office);
            if (u.executeUpdate() == 0) {
                try (PreparedStatement i = c.prepareStatement(
                        "INSERT INTO kpi_snapshot_state (office_id, action_seq) VALUES (?, ?)")) {
                    i.setLong(1, office);
                    i.setLong(2, seq);
                    i.executeUpdate();
                }
            }
        }
    }

    private static LocalDate firstDay(Connection c, long office) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(at_time) FROM dossier_action WHERE chain_office_id = ?")) {
            s.setLong(1, office);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getTimestamp(1) != null ? r.getTimestamp(1).toLocalDateTime().toLocalDate() : null;
            }
        }
    }

    private static long single(Connection c, String sql, long office) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, office);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static void add(long[] into, long[] values, int sign) {
        for (int i = 0; i < MEASURES; i++) {
            into[i] += sign * values[i];
        }
    }

    /** @return the rows written (all-zero rows are skipped) */
    private static int insert(Connection c, long office, char kind, LocalDate recordedOn, long seq,
            Map<LocalDate, Map<Key, long[]>> days) throws SQLException {
        int rows = 0;
        try (PreparedStatement i = c.prepareStatement("INSERT INTO kpi_snapshot (office_id, day_date, kind, recorded_on,"
                + " action_seq, origin, procedure_code, department_id, channel, received, finished_early, finished_on_time,"
                + " finished_late, pending_within, pending_past) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<LocalDate, Map<Key, long[]>> day : days.entrySet()) {
                for (Map.Entry<Key, long[]> e : day.getValue().entrySet()) {
                    long[] m = e.getValue();
                    boolean zero = true;
                    for (long v : m) {
                        zero &= v == 0;
                    }
                    if (zero) {
                        continue;
                    }
                    i.setLong(1, office);
                    i.setDate(2, java.sql.Date.valueOf(day.getKey()));
                    i.setString(3, String.valueOf(kind));
                    i.setDate(4, java.sql.Date.valueOf(recordedOn));
                    i.setLong(5, seq);
                    i.setString(6, e.getKey().origin().name());
                    i.setString(7, e.getKey().procedure());
                    i.setLong(8, e.getKey().department());
                    i.setString(9, e.getKey().channel());
                    for (int k = 0; k < MEASURES; k++) {
                        i.setLong(10 + k, m[k]);
                    }
                    i.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                i.executeBatch();
            }
        }
        return rows;
    }

    /** One row's dimensions. */
    private record Key(Origin origin, String procedure, long department, String channel) {
    }

    /** A step's holding: its department from its start to its completion (none yet: open). */
    private record Holding(LocalDateTime from, LocalDateTime to, long department) {
    }

    /** An action of a dossier's history: when, the status after it, whether it finished the dossier. */
    private record Event(LocalDateTime at, String status, boolean finish) {
    }

    /** A dossier with its history as recorded up to a chain position. */
    private static final class Dossier {
        long id;
        String procedure;
        String channel;
        boolean legacy;
        boolean imported;
        LocalDateTime due;
        LocalDateTime originalDue;
        LocalDateTime reappointedAt;
        String timeliness;
        final List<Event> events = new ArrayList<>();
        final List<Holding> holdings = new ArrayList<>();

        Origin origin() {
            return legacy ? Origin.LEGACY : imported ? Origin.IMPORTED : Origin.MOTCUA;
        }

        /** @return the department holding the dossier at {@code t}, 0 when none */
        long holder(LocalDateTime t, boolean inclusive) {
            long department = 0;
            LocalDateTime latest = null;
            for (Holding h : holdings) {
                boolean started = inclusive ? !h.from().isAfter(t) : h.from().isBefore(t);
                boolean notDone = h.to() == null || !h.to().isBefore(t);
                if (started && notDone && (latest == null || !h.from().isBefore(latest))) {
                    latest = h.from();
                    department = h.department();
                }
            }
            return department;
        }

        /** @return the deadline in force at {@code end} */
        LocalDateTime dueAt(LocalDateTime end) {
            return reappointedAt != null && !reappointedAt.isBefore(end) && originalDue != null ? originalDue : due;
        }
    }

    /**
     * The dossiers that can count on a day from the parameter on: open now, or acted on since (one closed before and
     * never acted on again counts on no later day).
     */
    private static final String RELEVANT = " AND (d.status IN ('NEW', 'RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED',"
            + " 'FINANCIAL_OBLIGATION') OR EXISTS (SELECT 1 FROM dossier_action x WHERE x.dossier_id = d.id AND x.at_time >= ?))";

    /** The dossiers of an office with their history, read in three queries. */
    private static final class History {
        final List<Dossier> dossiers;

        private History(List<Dossier> dossiers) {
            this.dossiers = dossiers;
        }

        /**
         * @param only   the dossiers to read, or null for all of the office's that matter from {@code since}: open
         *               now, or acted on since
         * @param since  the first day to be figured
         * @param maxSeq the last audit-chain position to read
         * @param before actions before this moment only
         */
        static History load(Connection c, long office, Set<Long> only, LocalDate since, long maxSeq, LocalDateTime before)
                throws SQLException {
            java.sql.Date from = java.sql.Date.valueOf(since);
            Map<Long, Dossier> byId = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, procedure_code, channel, legacy_ref, due_at,"
                    + " original_due_at, reappointed_at, timeliness FROM dossier d WHERE d.office_id = ?" + RELEVANT)) {
                s.setLong(1, office);
                s.setDate(2, from);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (only != null && !only.contains(r.getLong(1))) {
                            continue;
                        }
                        Dossier d = new Dossier();
                        d.id = r.getLong(1);
                        d.procedure = r.getString(2);
                        d.channel = r.getString(3);
                        d.legacy = r.getString(4) != null;
                        d.due = time(r.getTimestamp(5));
                        d.originalDue = time(r.getTimestamp(6));
                        d.reappointedAt = time(r.getTimestamp(7));
                        d.timeliness = r.getString(8);
                        byId.put(d.id, d);
                    }
                }
            }
            Timestamp limit = Timestamp.valueOf(before.isAfter(LocalDateTime.of(9999, 1, 1, 0, 0))
                    ? LocalDateTime.of(9999, 1, 1, 0, 0) : before);
            try (PreparedStatement s = c.prepareStatement("SELECT a.dossier_id, a.at_time, a.to_status, a.action,"
                    + " a.imported FROM dossier_action a JOIN dossier d ON d.id = a.dossier_id WHERE d.office_id = ?"
                    + " AND a.chain_seq <= ? AND a.at_time <= ?" + RELEVANT + " ORDER BY a.dossier_id, a.at_time, a.chain_seq")) {
                s.setLong(1, office);
                s.setLong(2, maxSeq);
                s.setTimestamp(3, limit);
                s.setDate(4, from);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Dossier d = byId.get(r.getLong(1));
                        if (d == null) {
                            continue;
                        }
                        if (d.events.isEmpty()) {
                            d.imported = r.getBoolean(5);
                        }
                        d.events.add(new Event(r.getTimestamp(2).toLocalDateTime(), r.getString(3),
                                "FINISH".equals(r.getString(4))));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT s.dossier_id, s.started_at, s.completed_at,"
                    + " s.holder_department_id FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
                    + " WHERE d.office_id = ? AND s.started_at IS NOT NULL AND s.holder_department_id IS NOT NULL" + RELEVANT)) {
                s.setLong(1, office);
                s.setDate(2, from);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Dossier d = byId.get(r.getLong(1));
                        if (d != null) {
                            d.holdings.add(new Holding(r.getTimestamp(2).toLocalDateTime(), time(r.getTimestamp(3)),
                                    r.getLong(4)));
                        }
                    }
                }
            }
            List<Dossier> dossiers = new ArrayList<>();
            for (Dossier d : byId.values()) {
                if (!d.events.isEmpty()) {
                    dossiers.add(d);
                }
            }
            return new History(dossiers);
        }

        /**
         * @param openEnd the end of the last day when it is still open (now), or null when every day is closed
         * @return per day from {@code first} to {@code last}, the figures by dimensions
         */
        Map<LocalDate, Map<Key, long[]>> days(LocalDate first, LocalDate last, LocalDateTime openEnd) {
            Map<LocalDate, Map<Key, long[]>> days = new TreeMap<>();
            for (Dossier d : dossiers) {
                LocalDateTime received = null;
                for (Event e : d.events) {
                    if (RUNNING.contains(e.status())) {
                        received = e.at();
                        break;
                    }
                }
                if (received == null) {
                    continue; // refused, or waiting for the supplement that completes it: not received
                }
                LocalDate receivedDay = received.toLocalDate();
                if (!receivedDay.isBefore(first) && !receivedDay.isAfter(last)) {
                    count(days, receivedDay, new Key(d.origin(), d.procedure, 0, d.channel), RECEIVED);
                }
                Event finish = null;
                for (Event e : d.events) {
                    if (e.finish()) {
                        finish = e;
                    }
                }
                if (finish != null && !finish.at().toLocalDate().isBefore(first) && !finish.at().toLocalDate().isAfter(last)) {
                    int measure = "EARLY".equals(d.timeliness) ? EARLY : "LATE".equals(d.timeliness) ? LATE : ON_TIME;
                    count(days, finish.at().toLocalDate(),
                            new Key(d.origin(), d.procedure, d.holder(finish.at(), false), d.channel), measure);
                }
                // pending at each day's end, from the day of receipt
                int next = 0;
                String status = null;
                LocalDate start = receivedDay.isBefore(first) ? first : receivedDay;
                for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
                    LocalDateTime end = openEnd != null && day.equals(last) ? openEnd : day.plusDays(1).atStartOfDay();
                    while (next < d.events.size() && d.events.get(next).at().isBefore(end)) {
                        status = d.events.get(next++).status();
                    }
                    if (status != null && OPEN.contains(status)) {
                        LocalDateTime due = d.dueAt(end);
                        boolean past = RUNNING.contains(status) && due != null && due.isBefore(end);
                        count(days, day, new Key(d.origin(), d.procedure, d.holder(end, false), d.channel),
                                past ? PAST : WITHIN);
                    } else if (next >= d.events.size()) {
                        break; // closed, and nothing after
                    }
                }
            }
            return days;
        }

        private static void count(Map<LocalDate, Map<Key, long[]>> days, LocalDate day, Key key, int measure) {
            days.computeIfAbsent(day, k -> new HashMap<>()).computeIfAbsent(key, k -> new long[MEASURES])[measure]++;
        }
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
