// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.motcua.core.MotCuaCore;
import org.motcua.core.audit.AuditEvent;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditQuery;
import org.motcua.remote.wire.Wire.AuditEventCall;
import org.motcua.remote.wire.Wire.ExportedHeads;
import org.motcua.server.internal.ServerHeads;
import org.motcua.server.internal.api.Route.Binary;
import org.motcua.server.internal.api.Route.Reply;

/**
 * The hash-chained audit ({@code AuditService}) on the wire: verification, the chains' heads, the records, and the
 * records of what a workstation did itself (an export it saved); the heads signed with the server's key. The core decides who may read what; the actor is
 * the token's, never the body's.
 */
final class AuditRoutes {

    /** What a workstation records itself: exports it wrote to its own disk. */
    static final Set<AuditEvent> FROM_WORKSTATIONS = EnumSet.of(AuditEvent.EXPORT, AuditEvent.AUDIT_EXPORT);

    private AuditRoutes() {
    }

    static List<Route> of(MotCuaCore core, ServerHeads heads) {
        return List.of(new Route("POST", "/audit/verify", true, call -> {
            ExportedHeads exported = call.body(ExportedHeads.class);
            return Reply.ok(core.audit().verify(call.principal(), exported.heads() == null ? List.of() : exported.heads()));
        }), new Route("GET", "/audit/heads", true, call -> Reply.ok(core.audit().heads(call.principal()))),
                new Route("GET", "/audit/heads/signed", true, call -> {
                    if (heads == null) {
                        throw new ApiException(503, "audit.noServerKey");
                    }
                    return Reply.ok(new Binary("text/plain; charset=utf-8",
                            heads.signed(call.principal()).getBytes(StandardCharsets.UTF_8)));
                }),
                new Route("GET", "/audit/records", true, call -> {
                    String kind = call.query("kind", null);
                    String from = call.query("from", null);
                    String to = call.query("to", null);
                    AuditQuery query = new AuditQuery(call.query("user", null), call.query("office", null),
                            kind == null ? null : AuditKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                            from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                            call.queryInt("limit", 200, 1, 10_000));
                    return Reply.ok(core.audit().list(call.principal(), query));
                }), new Route("POST", "/audit/events", true, call -> {
                    AuditEventCall event = call.body(AuditEventCall.class);
                    if (event.event() == null) {
                        throw new ApiException(400, "request.badJson", "event");
                    }
                    if (!FROM_WORKSTATIONS.contains(event.event())) { // the server records its own renderings, backups
                        throw new ApiException(403, "audit.notFromWorkstation", event.event().name());
                    }
                    List<String> arguments = event.arguments() == null ? List.of() : event.arguments();
                    core.audit().record(call.principal(), event.event(), arguments.toArray(String[]::new));
                    return new Reply(204, null);
                }));
    }
}
