// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditMismatch;
import org.motcua.core.audit.AuditMismatch.Problem;
import org.motcua.core.audit.AuditReport;
import org.motcua.core.audit.ChainHead;
import org.motcua.core.internal.model.ChainedEntity;

/**
 * The hash chains of the append-only records (docs/security.md). Each kind of record ({@link AuditKind}) is a chain
 * per office; a record's hash is SHA-256 over its canonical form, which ends with the previous record's hash:
 *
 * <pre>
 * MOTCUA-AUDIT-1
 * table=dossier_action
 * office=&lt;chain office id&gt;
 * seq=&lt;position, from 1&gt;
 * id=&lt;record id&gt;
 * prev_id=&lt;id of the previous record, or -&gt;
 * &lt;column&gt;=&lt;UTF-8 byte length&gt;:&lt;value&gt;      one line per chained column, in {@link #columns} order; - for NULL
 * prev=&lt;hash of the previous record, 64 zeros for the first&gt;
 * </pre>
 *
 * (each line ends with a line feed). Values: integers in decimal, booleans {@code true}/{@code false}, enum names,
 * times {@code yyyy-MM-ddTHH:mm:ss.SSSSSS}, text as it is. The hash is written as 64 lower-case hex digits.
 * <p>
 * Appending takes the chain's head row ({@code audit_chain_head}) with {@code SELECT … FOR UPDATE} as the last lock of
 * the transaction (everything else is flushed first), so that writers of one chain on any number of processes take
 * turns and no other lock is waited for while it is held; {@code (chain_office_id, chain_seq)} is unique, so a chain
 * cannot fork even if they did not.
 */
public final class AuditChain {

    /** The previous hash of a chain's first record. */
    public static final String GENESIS = "0".repeat(64);
    /** The first line of the canonical form: its version. */
    static final String FORMAT = "MOTCUA-AUDIT-1";
    /** The marker row of {@code audit_chain_head} (changeset 0019): history written before it is still to be sealed. */
    static final String UNSEALED = "UNSEALED";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final Map<AuditKind, List<String>> COLUMNS = new EnumMap<>(AuditKind.class);
    static {
        COLUMNS.put(AuditKind.ACTION, List.of("dossier_id", "action", "at_time", "actor", "actor_roles",
                "actor_department", "from_status", "to_status", "from_step", "to_step", "from_holder", "to_holder", "note",
                "note_key", "note_args", "imported", "imported_by", "rule_breaches"));
        COLUMNS.put(AuditKind.ADMIN, List.of("at_time", "actor", "action", "details", "note_key", "note_args"));
        COLUMNS.put(AuditKind.ACCESS, List.of("at_time", "user_id", "dossier_id"));
    }

    private AuditChain() {
    }

    /** @return the chained columns of {@code kind}, in the order of the canonical form */
    public static List<String> columns(AuditKind kind) {
        return COLUMNS.get(kind);
    }

    // ---- appending ----------------------------------------------------------------------------------

    /**
     * Appends {@code record} (new, not persisted) to the chain of {@code kind} and {@code officeId}, in {@code em}'s
     * transaction: flushes what the transaction wrote so far, locks the chain's head, persists the record with its
     * link and hash and moves the head on. Call it as the transaction's last write.
     */
    static void append(EntityManager em, AuditKind kind, long officeId, ChainedEntity record) {
        em.flush(); // the rest of the transaction first: from the head's lock on, it waits for no other lock
        Connection c = em.unwrap(Connection.class); // the transaction's own connection (EclipseLink begins it now)
        try {
            Head head = lockHead(c, kind, officeId);
            if (head == null) {
                createHead(em, kind, officeId);
                head = lockHead(c, kind, officeId);
                if (head == null) {
                    throw new IllegalStateException("no chain head " + kind + "/" + officeId);
                }
            }
            em.persist(record); // the id is taken from the sequence now; the row is written at the flush
            Long id = record.getId();
            if (id == null) {
                throw new IllegalStateException("no id before the insert of a chained record");
            }
            long seq = head.lastSeq + 1;
            String prev = head.lastHash == null ? GENESIS : head.lastHash;
            String hash = hash(kind, officeId, seq, id, head.lastId, prev, record.chainValues());
            record.chain(officeId, seq, head.lastId, prev, hash);
            moveHead(c, kind, officeId, seq, id, hash,
                    (LocalDateTime) record.chainValues().get(columns(kind).indexOf("at_time")));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Head(long lastSeq, Long lastId, String lastHash) {
    }

    private static Head lockHead(Connection c, AuditKind kind, long officeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_id, last_hash FROM audit_chain_head"
                + " WHERE kind = ? AND office_id = ? FOR UPDATE")) {
            s.setString(1, kind.name());
            s.setLong(2, officeId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long lastSeq = r.getLong(1);
                Long lastId = longOrNull(r, 2);
                return new Head(lastSeq, lastId, r.getString(3));
            }
        }
    }

    /** Creates a chain's head in a short transaction of its own; a concurrent creator wins silently. */
    private static void createHead(EntityManager em, AuditKind kind, long officeId) {
        EntityManager other = em.getEntityManagerFactory().createEntityManager();
        try {
            other.getTransaction().begin();
            insertHead(other.unwrap(Connection.class), kind, officeId);
            other.getTransaction().commit();
        } catch (SQLException | RuntimeException e) {
            // another writer created it at the same moment (primary key): it is there now
            if (other.getTransaction().isActive()) {
                other.getTransaction().rollback();
            }
        } finally {
            other.close();
        }
    }

    /**
     * Appends an administrative record with plain JDBC in {@code c}'s transaction, for the one writer that runs
     * without the engine: a restore, which records itself in the database it has just replaced, in the same
     * transaction.
     */
    public static void appendAdministration(Connection c, LocalDateTime time, String actor, String action,
            org.motcua.core.workflow.Note note) throws SQLException {
        long office = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT office_id FROM user_account WHERE username = ?")) {
            s.setString(1, actor);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    office = r.getLong(1);
                }
            }
        }
        Head head = lockHead(c, AuditKind.ADMIN, office);
        if (head == null) {
            insertHead(c, AuditKind.ADMIN, office);
            head = new Head(0, null, null);
        }
        long id;
        boolean postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(postgres ? "SELECT nextval('mc_seq')" : "SELECT NEXT VALUE FOR mc_seq")) {
            r.next();
            id = r.getLong(1); // the last id of a block no one was given: never one an engine takes
        }
        LocalDateTime at = time.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<Object> values = java.util.Arrays.asList(at, actor, action, note.text(), note.key(), note.encodedArgs());
        long seq = head.lastSeq + 1;
        String prev = head.lastHash == null ? GENESIS : head.lastHash;
        String hash = hash(AuditKind.ADMIN, office, seq, id, head.lastId, prev, values);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO admin_audit (id, version, at_time, actor, action, details,"
                + " note_key, note_args, chain_office_id, chain_seq, chain_prev_id, chain_prev, chain_hash)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setObject(2, at);
            s.setString(3, actor);
            s.setString(4, action);
            s.setString(5, note.text());
            s.setString(6, note.key());
            s.setString(7, note.encodedArgs());
            s.setLong(8, office);
            s.setLong(9, seq);
            setLong(s, 10, head.lastId);
            s.setString(11, prev);
            s.setString(12, hash);
            s.executeUpdate();
        }
        moveHead(c, AuditKind.ADMIN, office, seq, id, hash, at);
    }

    private static void insertHead(Connection c, AuditKind kind, long officeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_chain_head (kind, office_id, last_seq) VALUES (?, ?, 0)")) {
            s.setString(1, kind.name());
            s.setLong(2, officeId);
            s.executeUpdate();
        }
    }

    /** Moves the head of a chain on to its new last record. */
    private static void moveHead(Connection c, AuditKind kind, long officeId, long seq, long id, String hash,
            LocalDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_id = ?,"
                + " last_hash = ?, last_at = ? WHERE kind = ? AND office_id = ?")) {
            s.setLong(1, seq);
            s.setLong(2, id);
            s.setString(3, hash);
            s.setObject(4, at);
            s.setString(5, kind.name());
            s.setLong(6, officeId);
            s.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /** @return {@code count} column values from {@code from} on, times as {@link LocalDateTime} */
    static List<Object> values(ResultSet r, int from, int count) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        List<Object> values = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            values.add(meta.getColumnType(i) == Types.TIMESTAMP ? r.getObject(i, LocalDateTime.class) : r.getObject(i));
        }
        return values;
    }

    // ---- the canonical form ---------------------------------------------------------------------------

    /** @return the hash of a record: SHA-256 of its canonical form, lower-case hex */
    public static String hash(AuditKind kind, long officeId, long seq, long id, Long prevId, String prev,
            List<Object> values) {
        List<String> columns = columns(kind);
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(kind + ": " + values.size() + " values for " + columns.size() + " columns");
        }
        StringBuilder b = new StringBuilder(512).append(FORMAT).append('\n');
        b.append("table=").append(kind.table()).append('\n');
        b.append("office=").append(officeId).append('\n');
        b.append("seq=").append(seq).append('\n');
        b.append("id=").append(id).append('\n');
        b.append("prev_id=").append(prevId == null ? "-" : prevId.toString()).append('\n');
        for (int i = 0; i < columns.size(); i++) {
            String value = canonical(values.get(i));
            b.append(columns.get(i)).append('=');
            if (value == null) {
                b.append('-');
            } else {
                b.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
            }
            b.append('\n');
        }
        b.append("prev=").append(prev).append('\n');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /** @return a value as the canonical form writes it, {@code null} for NULL */
    static String canonical(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b ? "true" : "false";
            case java.math.BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Number n -> Long.toString(n.longValue());
            case Enum<?> e -> e.name();
            case LocalDateTime t -> TIME.format(t);
            case java.sql.Timestamp t -> TIME.format(t.toLocalDateTime());
            default -> value.toString();
        };
    }

    // ---- reading the chains back ------------------------------------------------------------------------

    /** A record as the database holds it. */
    private record Row(long id, Long officeId, Long seq, Long prevId, String prev, String hash, List<Object> values) {

        String recomputed(AuditKind kind) {
            return AuditChain.hash(kind, officeId, seq, id, prevId, prev == null ? "" : prev, values);
        }
    }

    private static Row row(ResultSet r, int columns) throws SQLException {
        List<Object> values = values(r, 7, columns);
        return new Row(r.getLong(1), longOrNull(r, 2), longOrNull(r, 3), longOrNull(r, 4), r.getString(5),
                r.getString(6), values);
    }

    private static Long longOrNull(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static String select(AuditKind kind, String where) {
        return "SELECT id, chain_office_id, chain_seq, chain_prev_id, chain_prev, chain_hash, "
                + String.join(", ", columns(kind)) + " FROM " + kind.table() + " " + where;
    }

    /** @return the heads of every chain, by kind, then office id */
    static List<ChainHead> heads(Connection c) throws SQLException {
        Map<Long, String> offices = officeCodes(c);
        List<ChainHead> heads = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT kind, office_id, last_seq, last_id,"
                + " last_hash, last_at FROM audit_chain_head WHERE kind <> '" + UNSEALED + "' ORDER BY kind, office_id")) {
            while (r.next()) {
                AuditKind kind;
                try {
                    kind = AuditKind.valueOf(r.getString(1));
                } catch (IllegalArgumentException unknown) {
                    continue; // a kind of a newer MotCua
                }
                long officeId = r.getLong(2);
                heads.add(new ChainHead(kind, officeId, offices.getOrDefault(officeId, "-"), r.getLong(3),
                        longOrNull(r, 4), r.getString(5), r.getObject(6, LocalDateTime.class)));
            }
        }
        return heads;
    }

    /** @return the code of every office by id */
    static Map<Long, String> officeCodes(Connection c) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, code FROM office")) {
            while (r.next()) {
                codes.put(r.getLong(1), r.getString(2));
            }
        }
        return codes;
    }

    /**
     * Checks every chain: each record's hash over its canonical form, the link to the record before it, the
     * positions without a gap up to the head, and every {@code exported} head still in its chain.
     */
    static AuditReport verify(Connection c, List<ChainHead> exported) throws SQLException {
        Map<Long, String> offices = officeCodes(c);
        Map<AuditKind, Map<Long, ChainHead>> heads = new EnumMap<>(AuditKind.class);
        for (ChainHead h : heads(c)) {
            heads.computeIfAbsent(h.kind(), k -> new TreeMap<>()).put(h.officeId(), h);
        }
        List<AuditMismatch> mismatches = new ArrayList<>();
        int chains = 0;
        long records = 0;
        for (AuditKind kind : AuditKind.values()) {
            int columns = columns(kind).size();
            // records outside any chain: inserted behind the application's back
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(select(kind,
                    "WHERE chain_office_id IS NULL OR chain_seq IS NULL ORDER BY id"))) {
                while (r.next()) {
                    Row row = row(r, columns);
                    records++;
                    long office = row.officeId == null ? 0 : row.officeId;
                    mismatches.add(new AuditMismatch(kind, row.id, office, offices.getOrDefault(office, "-"), row.seq,
                            Problem.UNCHAINED, 0));
                }
            }
            Map<Long, ChainHead> kindHeads = new TreeMap<>(heads.getOrDefault(kind, Map.of()));
            try (PreparedStatement s = c.prepareStatement(select(kind,
                    "WHERE chain_office_id IS NOT NULL AND chain_seq IS NOT NULL ORDER BY chain_office_id, chain_seq, id"))) {
                s.setFetchSize(1000);
                try (ResultSet r = s.executeQuery()) {
                    Walk walk = null;
                    while (r.next()) {
                        Row row = row(r, columns);
                        records++;
                        if (walk == null || !walk.officeId.equals(row.officeId)) {
                            if (walk != null) {
                                walk.end(kindHeads.remove(walk.officeId));
                            }
                            chains++;
                            walk = new Walk(kind, row.officeId, offices.getOrDefault(row.officeId, "-"), mismatches);
                        }
                        walk.next(row);
                    }
                    if (walk != null) {
                        walk.end(kindHeads.remove(walk.officeId));
                    }
                }
            }
            for (ChainHead head : kindHeads.values()) { // heads whose chain has no record left
                chains++;
                if (head.lastSeq() > 0) {
                    mismatches.add(new AuditMismatch(kind, head.lastId(), head.officeId(), head.officeCode(),
                            head.lastSeq(), Problem.MISSING_AT_END, head.lastSeq()));
                }
            }
        }
        for (ChainHead e : exported) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, chain_hash FROM " + e.kind().table()
                    + " WHERE chain_office_id = ? AND chain_seq = ?")) {
                s.setLong(1, e.officeId());
                s.setLong(2, e.lastSeq());
                try (ResultSet r = s.executeQuery()) {
                    boolean found = r.next();
                    if (e.lastSeq() > 0 && (!found || !Objects.equals(e.lastHash(), r.getString(2))
                            || (e.lastId() != null && e.lastId() != r.getLong(1)))) {
                        mismatches.add(new AuditMismatch(e.kind(), e.lastId(), e.officeId(),
                                offices.getOrDefault(e.officeId(), e.officeCode()), e.lastSeq(),
                                Problem.EXPORTED_HEAD_DIFFERS, 0));
                    }
                }
            }
        }
        return new AuditReport(chains, records, mismatches);
    }

    /** One chain read in order; only its first mismatch is reported. */
    private static final class Walk {
        final AuditKind kind;
        final Long officeId;
        final String officeCode;
        final List<AuditMismatch> out;
        long expectedSeq = 1;
        Long lastId;
        String lastHash = GENESIS;
        boolean broken;

        Walk(AuditKind kind, Long officeId, String officeCode, List<AuditMismatch> out) {
            this.kind = kind;
            this.officeId = officeId;
            this.officeCode = officeCode;
            this.out = out;
        }

        private void report(Long id, Long seq, Problem problem, long missing) {
            out.add(new AuditMismatch(kind, id, officeId, officeCode, seq, problem, missing));
            broken = true;
        }

        void next(Row row) {
            if (broken) {
                return;
            }
            if (row.seq < expectedSeq) {
                report(row.id, row.seq, Problem.FORKED, 0);
                return;
            }
            if (row.seq > expectedSeq) { // the row after the gap names the last one deleted
                report(row.prevId, row.seq - 1, Problem.DELETED, row.seq - expectedSeq);
                return;
            }
            if (row.hash == null || !row.hash.equals(row.recomputed(kind))) {
                report(row.id, row.seq, Problem.CHANGED, 0);
                return;
            }
            if (!lastHash.equals(row.prev) || !Objects.equals(lastId, row.prevId)) {
                // the row is intact and links to another hash: the one before it was changed and its hash recomputed
                report(lastId, row.seq - 1, Problem.REHASHED, 0);
                return;
            }
            expectedSeq++;
            lastId = row.id;
            lastHash = row.hash;
        }

        void end(ChainHead head) {
            if (broken) {
                return;
            }
            long lastSeq = expectedSeq - 1;
            if (head == null) {
                report(lastId, lastSeq, Problem.NO_HEAD, 0);
            } else if (head.lastSeq() > lastSeq) {
                report(head.lastId(), head.lastSeq(), Problem.MISSING_AT_END, head.lastSeq() - lastSeq);
            } else if (head.lastSeq() < lastSeq) {
                report(lastId, lastSeq, Problem.BEYOND_HEAD, 0);
            } else if (!lastHash.equals(head.lastHash()) || !Objects.equals(lastId, head.lastId())) {
                report(lastId, lastSeq, Problem.HEAD_DIFFERS, 0);
            }
        }
    }

    // ---- sealing the history written before the chains -------------------------------------------------

    /**
     * Seals the records written before changeset 0019 into their chains, in the order of their time and id, and
     * removes the marker that asked for it, in one transaction on {@code c}; does nothing without the marker (a
     * database created with the chains, or sealed already). A record written later without a chain is never sealed:
     * {@link #verify} reports it.
     *
     * @return how many records were sealed
     */
    public static long sealUnsealed(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT last_seq FROM audit_chain_head WHERE kind = ? AND office_id = 0 FOR UPDATE")) {
                s.setString(1, UNSEALED);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        c.rollback();
                        return 0;
                    }
                }
            }
            long sealed = 0;
            for (AuditKind kind : AuditKind.values()) {
                sealed += seal(c, kind);
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_chain_head WHERE kind = ?")) {
                s.setString(1, UNSEALED);
                s.executeUpdate();
            }
            c.commit();
            return sealed;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The office of a record written before the chains: as a new record of its kind gets it. */
    private static String officeOf(AuditKind kind) {
        return switch (kind) {
            case ACTION -> "(SELECT d.office_id FROM dossier d WHERE d.id = t.dossier_id)";
            case ADMIN -> "COALESCE((SELECT MIN(u.office_id) FROM user_account u WHERE u.username = t.actor), 0)";
            case ACCESS -> "COALESCE((SELECT u.office_id FROM user_account u WHERE u.id = t.user_id), 0)";
        };
    }

    private static long seal(Connection c, AuditKind kind) throws SQLException {
        Map<Long, Head> heads = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT office_id, last_seq, last_id, last_hash FROM audit_chain_head WHERE kind = ?")) {
            s.setString(1, kind.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    heads.put(r.getLong(1), new Head(r.getLong(2), longOrNull(r, 3), r.getString(4)));
                }
            }
        }
        Map<Long, Head> existing = new HashMap<>(heads);
        Map<Long, LocalDateTime> lastAt = new HashMap<>();
        List<String> columns = columns(kind);
        int at = columns.indexOf("at_time");
        long sealed = 0;
        String sql = "SELECT t.id, " + officeOf(kind) + ", " + String.join(", ",
                columns.stream().map(col -> "t." + col).toList()) + " FROM " + kind.table()
                + " t WHERE t.chain_hash IS NULL AND t.chain_seq IS NULL ORDER BY t.at_time, t.id";
        try (Statement read = c.createStatement(); ResultSet r = read.executeQuery(sql);
                PreparedStatement update = c.prepareStatement("UPDATE " + kind.table() + " SET chain_office_id = ?,"
                        + " chain_seq = ?, chain_prev_id = ?, chain_prev = ?, chain_hash = ? WHERE id = ?")) {
            while (r.next()) {
                long id = r.getLong(1);
                long office = r.getLong(2);
                List<Object> values = values(r, 3, columns.size());
                Head head = heads.getOrDefault(office, new Head(0, null, null));
                long seq = head.lastSeq + 1;
                String prev = head.lastHash == null ? GENESIS : head.lastHash;
                String hash = hash(kind, office, seq, id, head.lastId, prev, values);
                update.setLong(1, office);
                update.setLong(2, seq);
                setLong(update, 3, head.lastId);
                update.setString(4, prev);
                update.setString(5, hash);
                update.setLong(6, id);
                update.addBatch();
                if (++sealed % 500 == 0) {
                    update.executeBatch();
                }
                heads.put(office, new Head(seq, id, hash));
                lastAt.put(office, (LocalDateTime) values.get(at));
            }
            update.executeBatch();
        }
        for (Map.Entry<Long, Head> e : heads.entrySet()) {
            Head head = e.getValue();
            if (head.equals(existing.get(e.getKey()))) {
                continue;
            }
            String sqlHead = existing.containsKey(e.getKey())
                    ? "UPDATE audit_chain_head SET last_seq = ?, last_id = ?, last_hash = ?, last_at = ? WHERE kind = ? AND office_id = ?"
                    : "INSERT INTO audit_chain_head (last_seq, last_id, last_hash, last_at, kind, office_id) VALUES (?, ?, ?, ?, ?, ?)";
            try (PreparedStatement s = c.prepareStatement(sqlHead)) {
                s.setLong(1, head.lastSeq);
                s.setLong(2, head.lastId);
                s.setString(3, head.lastHash);
                s.setObject(4, lastAt.get(e.getKey()));
                s.setString(5, kind.name());
                s.setLong(6, e.getKey());
                s.executeUpdate();
            }
        }
        return sealed;
    }
}
