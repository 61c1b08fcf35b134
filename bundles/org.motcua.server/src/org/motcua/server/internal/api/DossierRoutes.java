// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.List;
import java.util.Map;

import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.remote.wire.ActionRequests;
import org.motcua.remote.wire.InboxCursor;
import org.motcua.remote.wire.Wire.ActionCall;
import org.motcua.remote.wire.Wire.Count;
import org.motcua.remote.wire.Wire.EarlierDossiersRequest;
import org.motcua.remote.wire.Wire.Ids;
import org.motcua.remote.wire.Wire.ModuleProcedure;
import org.motcua.remote.wire.Wire.InboxChange;
import org.motcua.remote.wire.Wire.IncompleteReceipt;
import org.motcua.remote.wire.Wire.Page;
import org.motcua.remote.wire.Wire.RefusedReceipt;
import org.motcua.remote.wire.Wire.SearchRequest;
import org.motcua.server.internal.api.Route.Reply;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Receiving, acting on and reading dossiers: {@code WorkflowService} and {@code DossierQueries} on the wire. */
final class DossierRoutes {

    /** The most ids one {@code POST /dossiers/by-ids} may ask for. */
    static final int MAX_IDS = 500;

    private static final ObjectMapper JSON = ApiJson.mapper();

    /** The longest a change-feed call waits, in seconds (under the workstations' 60-second read timeout). */
    static final int LONGEST_WAIT = 30;

    /** How often a waiting change-feed call reads the inbox again (one indexed query per waiting desk). */
    static final long POLL_MILLIS = 2000;

    private DossierRoutes() {
    }

    static List<Route> of(MotCuaCore core) {
        return List.of(
                new Route("GET", "/procedures", true,
                        call -> Reply.ok(core.workflow().receivableProcedures(call.principal()))),
                new Route("GET", "/procedure-definitions", true, call -> Reply.ok(core.procedures().all().stream()
                        .map(d -> new ModuleProcedure(core.procedures().moduleOf(d.code()).orElse(null), d)).toList())),
                new Route("GET", "/rules", false, call -> Reply.ok(core.workflow().rules().all())),
                new Route("GET", "/departments/{id}/inbox", true, call -> inbox(core, call)),
                new Route("GET", "/departments/{id}/inbox/ids", true, call -> Reply.ok(core.queries()
                        .heldByIds(call.principal(), call.pathLong("id"), inboxQuery(call)))),
                new Route("GET", "/departments/{id}/inbox/changes", true, call -> changes(core, call)),
                new Route("GET", "/offices/{id}/transfers", true,
                        call -> Reply.ok(core.queries().pendingTransfers(call.principal(), call.pathLong("id")))),
                new Route("POST", "/dossiers", true,
                        call -> new Reply(201, core.workflow().receive(call.principal(), call.body(ReceiveRequest.class)))),
                new Route("POST", "/dossiers/incomplete", true, call -> {
                    IncompleteReceipt receipt = call.body(IncompleteReceipt.class);
                    return new Reply(201, core.workflow().receiveIncomplete(call.principal(), receipt.request(),
                            receipt.missingItems() == null ? List.of() : receipt.missingItems(), receipt.reason()));
                }),
                new Route("POST", "/dossiers/refused", true, call -> {
                    RefusedReceipt receipt = call.body(RefusedReceipt.class);
                    return new Reply(201, core.workflow().refuse(call.principal(), receipt.request(), receipt.reason()));
                }),
                new Route("GET", "/dossiers", true, call -> {
                    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
                    int limit = call.queryInt("limit", 50, 1, MotCuaApi.MAX_PAGE);
                    String office = call.query("office", null);
                    return Reply.ok(core.queries().page(call.principal(), office == null || office.isBlank() ? null : office,
                            offset, limit));
                }),
                new Route("POST", "/dossiers/by-ids", true, call -> {
                    long[] ids = call.body(Ids.class).ids();
                    if (ids == null || ids.length > MAX_IDS) {
                        throw new ApiException(400, "request.tooManyIds", MAX_IDS);
                    }
                    return Reply.ok(core.queries().byIds(call.principal(), ids));
                }),
                new Route("POST", "/dossiers/search", true, call -> {
                    SearchRequest search = call.body(SearchRequest.class);
                    return Reply.ok(core.queries().search(call.principal(), search.search(), Math.max(0, search.offset()),
                            Math.min(Math.max(1, search.limit()), MotCuaApi.MAX_PAGE)));
                }),
                new Route("POST", "/dossiers/earlier", true, call -> {
                    EarlierDossiersRequest earlier = call.body(EarlierDossiersRequest.class);
                    return Reply.ok(core.queries().earlierDossiers(call.principal(), earlier.idNumber(),
                            Math.min(Math.max(1, earlier.limit()), MotCuaApi.MAX_PAGE)));
                }),
                new Route("GET", "/dossiers/by-code/{code}", true, call -> Reply.ok(core.queries()
                        .byCode(call.principal(), call.path("code"))
                        .orElseThrow(() -> new MotCuaException("dossier.notFound", call.path("code"))))),
                new Route("GET", "/dossiers/{id}", true, call -> Reply.ok(core.queries()
                        .byId(call.principal(), call.pathLong("id"))
                        .orElseThrow(() -> new MotCuaException("dossier.notFound", call.path("id"))))),
                new Route("GET", "/dossiers/{id}/history", true,
                        call -> Reply.ok(core.queries().history(call.principal(), call.pathLong("id")))),
                new Route("GET", "/dossiers/{id}/steps", true,
                        call -> Reply.ok(core.queries().steps(call.principal(), call.pathLong("id")))),
                new Route("GET", "/dossiers/{id}/forwarding", true, call -> Reply.ok(core.queries()
                        .forwarding(call.principal(), call.pathLong("id"))
                        .orElseThrow(() -> new ApiException(404, "dossier.noForwarding", call.path("id"))))),
                new Route("GET", "/dossiers/{id}/fields", true,
                        call -> Reply.ok(core.queries().fields(call.principal(), call.pathLong("id")))),
                new Route("GET", "/dossiers/{id}/slip", true,
                        call -> Reply.ok(core.queries().controlSlip(call.principal(), call.pathLong("id")))),
                new Route("GET", "/dossiers/{id}/actions", true,
                        call -> Reply.ok(core.workflow().describeActions(call.principal(), call.pathLong("id")))),
                new Route("GET", "/dossiers/{id}/allowed-actions", true,
                        call -> Reply.ok(core.workflow().allowedActions(call.principal(), call.pathLong("id")))),
                new Route("POST", "/dossiers/{id}/actions", true, call -> perform(core, call)));
    }

    private static InboxQuery inboxQuery(ApiCall call) {
        String deadline = call.query("deadline", null);
        return new InboxQuery(call.query("search", ""), InboxQuery.Sort.valueOf(call.query("sort", "DUE")),
                Boolean.parseBoolean(call.query("desc", "false")), deadline == null ? null : DeadlineState.valueOf(deadline));
    }

    private static Reply inbox(MotCuaCore core, ApiCall call) {
        long department = call.pathLong("id");
        InboxQuery query = inboxQuery(call);
        int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        int limit = call.queryInt("limit", 50, 1, MotCuaApi.MAX_PAGE);
        if (Boolean.parseBoolean(call.query("countOnly", "false"))) {
            return Reply.ok(new Count(core.queries().countHeldBy(call.principal(), department, query)));
        }
        long total = core.queries().countHeldBy(call.principal(), department, query);
        return Reply.ok(new Page<>(core.queries().heldBy(call.principal(), department, query, offset, limit), offset,
                limit, total));
    }

    /**
     * The change feed of an inbox, as a long poll: answers as soon as the inbox differs from the state
     * {@code after} names, or after {@code wait} seconds (at most {@link #LONGEST_WAIT}) with {@code changed}
     * false. The inbox is read as the caller may read it, so a revoked session ends the wait with a 401.
     */
    private static Reply changes(MotCuaCore core, ApiCall call) throws InterruptedException {
        long department = call.pathLong("id");
        String after = call.query("after", "");
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(
                call.queryInt("wait", LONGEST_WAIT, 0, LONGEST_WAIT));
        while (true) {
            long[] ids = core.queries().heldByIds(call.principal(), department, InboxQuery.byDue());
            String cursor = InboxCursor.of(ids);
            boolean changed = !after.isEmpty() && !cursor.equals(after);
            if (changed || after.isEmpty() || System.nanoTime() >= until) {
                return Reply.ok(new InboxChange(cursor, changed, ids.length));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static Reply perform(MotCuaCore core, ApiCall call) throws Exception {
        ActionCall action = call.body(ActionCall.class);
        ActionType type = ActionType.valueOf(action.type());
        ActionRequest request;
        if (action.request() != null) {
            request = JSON.treeToValue(action.request(), ActionRequests.classOf(type));
        } else {
            request = ActionRequest.of(type, action.values() == null ? Map.of() : action.values());
        }
        return Reply.ok(core.workflow().perform(call.principal(), call.pathLong("id"), action.expectedVersion(), request));
    }
}
