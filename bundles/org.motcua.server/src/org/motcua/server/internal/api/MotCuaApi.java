// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.List;

import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.server.internal.api.Route.Reply;
import org.motcua.server.internal.api.WireTypes.ActionCall;
import org.motcua.server.internal.api.WireTypes.Page;
import org.motcua.server.internal.api.WireTypes.SignInRequest;
import org.motcua.server.internal.api.WireTypes.VersionInfo;

/**
 * The operations of {@code /api/v1}: each one a call of the core's services with the caller's principal, so
 * every rule, scope and audit of the core applies exactly as on a workstation. Nothing here decides who may
 * do what.
 */
public final class MotCuaApi {

    /** The API's version, sent in every answer's {@code MotCua-Api} header. */
    public static final int VERSION = 1;

    /** The oldest workstation API version this server still answers. */
    public static final int MIN_CLIENT_VERSION = 1;

    /** The largest page of a list. */
    public static final int MAX_PAGE = 200;

    private final MotCuaCore core;
    private final String serverVersion;
    private final java.util.function.BooleanSupplier demo;
    private final List<Route> routes;

    /**
     * The API over {@code core}; {@code serverVersion} is what {@code /version} reports, {@code demo} whether the
     * database was created as a demo.
     */
    public MotCuaApi(MotCuaCore core, String serverVersion, java.util.function.BooleanSupplier demo) {
        this.core = core;
        this.serverVersion = serverVersion;
        this.demo = demo;
        this.routes = List.of(
                new Route("GET", "/version", false, call -> Reply.ok(version())),
                new Route("POST", "/sessions", false, this::signIn),
                new Route("GET", "/sessions/current", true, call -> Reply.ok(call.principal())),
                new Route("DELETE", "/sessions/current", true, this::signOut),
                new Route("GET", "/me", true, call -> Reply.ok(core.sessions().currentUser(call.principal()))),
                new Route("GET", "/procedures", true,
                        call -> Reply.ok(core.workflow().receivableProcedures(call.principal()))),
                new Route("GET", "/departments/{id}/inbox", true, this::inbox),
                new Route("POST", "/dossiers", true, this::receive),
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
                new Route("GET", "/dossiers/{id}/fields", true,
                        call -> Reply.ok(core.queries().fields(call.principal(), call.pathLong("id")))),
                new Route("GET", "/dossiers/{id}/slip", true,
                        call -> Reply.ok(core.queries().controlSlip(call.principal(), call.pathLong("id")))),
                new Route("GET", "/dossiers/{id}/actions", true,
                        call -> Reply.ok(core.workflow().describeActions(call.principal(), call.pathLong("id")))),
                new Route("POST", "/dossiers/{id}/actions", true, this::perform));
    }

    /** @return every operation, in matching order */
    public List<Route> routes() {
        return routes;
    }

    private VersionInfo version() {
        return new VersionInfo(VERSION, MIN_CLIENT_VERSION, serverVersion, demo.getAsBoolean());
    }

    private Reply signIn(ApiCall call) throws Exception {
        SignInRequest request = call.body(SignInRequest.class);
        char[] password = request.password() == null ? new char[0] : request.password();
        try {
            Principal principal = core.sessions().signIn(request.username() == null ? "" : request.username(),
                    password, SessionKind.DESKTOP);
            return new Reply(201, principal);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private Reply signOut(ApiCall call) {
        core.sessions().signOut(call.principal());
        return new Reply(204, null);
    }

    private Reply inbox(ApiCall call) {
        long department = call.pathLong("id");
        String deadline = call.query("deadline", null);
        InboxQuery query = new InboxQuery(call.query("search", ""),
                InboxQuery.Sort.valueOf(call.query("sort", "DUE")), Boolean.parseBoolean(call.query("desc", "false")),
                deadline == null ? null : DeadlineState.valueOf(deadline));
        int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        int limit = call.queryInt("limit", 50, 1, MAX_PAGE);
        long total = core.queries().countHeldBy(call.principal(), department, query);
        return Reply.ok(new Page<>(core.queries().heldBy(call.principal(), department, query, offset, limit), offset,
                limit, total));
    }

    private Reply receive(ApiCall call) throws Exception {
        ReceiveRequest request = call.body(ReceiveRequest.class);
        return new Reply(201, core.workflow().receive(call.principal(), request));
    }

    private Reply perform(ApiCall call) throws Exception {
        ActionCall action = call.body(ActionCall.class);
        ActionRequest request = ActionRequest.of(ActionType.valueOf(action.type()),
                action.values() == null ? java.util.Map.of() : action.values());
        return Reply.ok(core.workflow().perform(call.principal(), call.pathLong("id"), action.expectedVersion(), request));
    }
}
