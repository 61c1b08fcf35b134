// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.TimeSource;
import org.motcua.core.audit.AuditEvent;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditQuery;
import org.motcua.core.audit.AuditRecord;
import org.motcua.core.audit.AuditReport;
import org.motcua.core.audit.AuditService;
import org.motcua.core.audit.ChainHead;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.Note;

/**
 * The audit's service: verification of every chain ({@link AuditChain}), the heads for an export, the records for
 * a list, and the records of privileged operations done outside the core. Administrators verify, export heads and
 * read every record; leaders verify and read the records of their office and the offices below it.
 */
public final class AuditEngine implements AuditService {

    /** Who may verify the chains and read the records. */
    private static final Set<Role> READERS = EnumSet.of(Role.ADMINISTRATOR, Role.LEADER);
    private static final int MAX_LIST = 10_000;

    private final Tx tx;
    private final TimeSource time;

    public AuditEngine(Tx tx, TimeSource time) {
        this.tx = tx;
        this.time = time;
    }

    private static UserEntity reader(EntityManager em, Principal actor) {
        UserEntity user = Sessions.user(em, actor);
        if (user.getRoles().stream().noneMatch(READERS::contains)) {
            throw new MotCuaException("audit.readerRequired", user.getUsername());
        }
        return user;
    }

    @Override
    public AuditReport verify(Principal actor, List<ChainHead> exported) {
        List<ChainHead> heads = List.copyOf(exported == null ? List.of() : exported);
        AuditReport report = tx.call(em -> {
            reader(em, actor);
            try {
                return AuditChain.verify(em.unwrap(Connection.class), heads);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        tx.call(em -> { // the check itself is a record, after what it checked
            OrganizationEngine.audit(em, time, Sessions.user(em, actor).getUsername(), "audit.verify",
                    String.valueOf(report.chains()), String.valueOf(report.records()),
                    String.valueOf(report.mismatches().size()));
            return null;
        });
        return report;
    }

    @Override
    public List<ChainHead> heads(Principal actor) {
        return tx.call(em -> {
            UserEntity user = Sessions.user(em, actor);
            if (!user.getRoles().contains(Role.ADMINISTRATOR)) {
                throw new MotCuaException("admin.required", user.getUsername());
            }
            return heads(em, user.getUsername());
        });
    }

    /**
     * The heads for the server's own periodic export, which no user asks for: recorded as {@code audit.heads} by
     * {@code exporter} (the installation's chain).
     */
    public List<ChainHead> headsForExport(String exporter) {
        return tx.call(em -> heads(em, exporter));
    }

    private List<ChainHead> heads(EntityManager em, String exporter) {
        List<ChainHead> heads;
        try {
            heads = AuditChain.heads(em.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // recorded after the read: the export names the heads as they were before this record
        OrganizationEngine.audit(em, time, exporter, "audit.heads", String.valueOf(heads.size()));
        return heads;
    }

    @Override
    public List<AuditRecord> list(Principal actor, AuditQuery query) {
        int limit = Math.max(1, Math.min(MAX_LIST, query.limit()));
        return tx.call(em -> {
            UserEntity user = reader(em, actor);
            // a leader reads the chains of their office and the offices below it; an administrator every chain
            Set<Long> offices = user.getRoles().contains(Role.ADMINISTRATOR) ? null : ReadScope.of(em, user).subtree;
            try {
                Connection c = em.unwrap(Connection.class);
                Map<Long, String> codes = AuditChain.officeCodes(c);
                Long office = null;
                if (query.officeCode() != null) {
                    office = codes.entrySet().stream().filter(e -> e.getValue().equals(query.officeCode()))
                            .map(Map.Entry::getKey).findFirst()
                            .orElseThrow(() -> new MotCuaException("office.unknownCode", query.officeCode()));
                }
                List<AuditRecord> records = new ArrayList<>();
                for (AuditKind kind : AuditKind.values()) {
                    if (query.kind() == null || query.kind() == kind) {
                        records.addAll(list(c, kind, query, office, offices, codes, limit));
                    }
                }
                records.sort(Comparator.comparing(AuditRecord::at).thenComparing(AuditRecord::id).reversed());
                return List.copyOf(records.subList(0, Math.min(limit, records.size())));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<AuditRecord> list(Connection c, AuditKind kind, AuditQuery query, Long office, Set<Long> scope,
            Map<Long, String> codes, int limit) throws SQLException {
        String sql = switch (kind) {
            case ACTION -> "SELECT a.id, a.chain_office_id, a.at_time, a.actor, a.action, a.note_key, a.note_args, a.note,"
                    + " d.code FROM dossier_action a JOIN dossier d ON d.id = a.dossier_id WHERE 1 = 1";
            case ADMIN -> "SELECT a.id, a.chain_office_id, a.at_time, a.actor, a.action, a.note_key, a.note_args,"
                    + " a.details, NULL FROM admin_audit a WHERE 1 = 1";
            case ACCESS -> "SELECT a.id, a.chain_office_id, a.at_time, u.username, 'open', NULL, NULL, NULL, d.code"
                    + " FROM dossier_access a JOIN user_account u ON u.id = a.user_id JOIN dossier d ON d.id = a.dossier_id"
                    + " WHERE 1 = 1";
        };
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(sql);
        if (query.user() != null) {
            where.append(kind == AuditKind.ACCESS ? " AND u.username = ?" : " AND a.actor = ?");
            parameters.add(query.user());
        }
        if (office != null) {
            where.append(" AND a.chain_office_id = ?");
            parameters.add(office);
        }
        if (query.from() != null) {
            where.append(" AND a.at_time >= ?");
            parameters.add(query.from().atStartOfDay());
        }
        if (query.to() != null) {
            where.append(" AND a.at_time < ?");
            parameters.add(query.to().plusDays(1).atStartOfDay());
        }
        if (scope != null) {
            if (scope.isEmpty()) {
                return List.of();
            }
            where.append(" AND a.chain_office_id IN (").append(String.join(", ", scope.stream().map(String::valueOf).toList()))
                    .append(')');
        }
        where.append(" ORDER BY a.at_time DESC, a.id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        List<AuditRecord> records = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(where.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long officeId = r.getLong(2);
                    String action = r.getString(5);
                    Note note = kind == AuditKind.ACCESS ? Note.NONE : Note.stored(r.getString(6), r.getString(7), r.getString(8));
                    records.add(new AuditRecord(kind, r.getLong(1), codes.getOrDefault(officeId, "-"),
                            r.getObject(3, LocalDateTime.class), r.getString(4), action, r.getString(9), note));
                }
            }
        }
        return records;
    }

    @Override
    public void record(Principal actor, AuditEvent event, String... arguments) {
        String[] args = arguments == null ? new String[0] : arguments.clone();
        for (String a : args) { // codes, file names and counts: what an administration note holds
            if (a != null && (a.length() > 400 || a.codePoints().anyMatch(Character::isISOControl))) {
                throw new MotCuaException("audit.badArgument", event.key());
            }
        }
        tx.call(em -> {
            OrganizationEngine.audit(em, time, Sessions.user(em, actor).getUsername(), event.key(), (Object[]) args);
            return null;
        });
    }
}
