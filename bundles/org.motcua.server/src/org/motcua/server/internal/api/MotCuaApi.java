// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.motcua.core.MotCuaCore;
import org.motcua.remote.wire.Wire.VersionInfo;
import org.motcua.server.internal.api.Route.Reply;

/**
 * The operations of {@code /api/v1}: each one a call of the core's services with the caller's principal, so
 * every rule, scope and audit of the core applies exactly as on a workstation. Nothing here decides who may
 * do what. The operations are grouped by the core service they call ({@link SessionRoutes},
 * {@link DossierRoutes}, {@link ReportRoutes}, {@link OrganizationRoutes}, {@link ModuleRoutes}).
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
    private final BooleanSupplier demo;
    private final List<Route> routes;

    /**
     * The API over {@code core}; {@code serverVersion} is what {@code /version} reports, {@code demo} whether the
     * database was created as a demo.
     */
    public MotCuaApi(MotCuaCore core, String serverVersion, BooleanSupplier demo) {
        this(core, serverVersion, demo, null);
    }

    /** The API over {@code core}, rendering forms and reports with {@code reports} ({@code null}: none). */
    public MotCuaApi(MotCuaCore core, String serverVersion, BooleanSupplier demo, ReportRenderer reports) {
        this(core, serverVersion, demo, reports, null);
    }

    /**
     * The API over {@code core}, rendering forms and reports with {@code reports} and signing the audit chains' heads
     * with {@code heads} ({@code null}: none).
     */
    public MotCuaApi(MotCuaCore core, String serverVersion, BooleanSupplier demo, ReportRenderer reports,
            org.motcua.server.internal.ServerHeads heads) {
        this.core = core;
        this.serverVersion = serverVersion;
        this.demo = demo;
        List<Route> all = new ArrayList<>();
        all.add(new Route("GET", "/version", false, call -> Reply.ok(version())));
        all.addAll(SessionRoutes.of(core));
        all.addAll(DossierRoutes.of(core));
        all.addAll(ReportRoutes.of(core, reports));
        all.addAll(OrganizationRoutes.of(core, demo));
        all.addAll(ModuleRoutes.of(core));
        all.addAll(AuditRoutes.of(core, heads));
        this.routes = List.copyOf(all);
    }

    /** @return every operation, in matching order */
    public List<Route> routes() {
        return routes;
    }

    private VersionInfo version() {
        return new VersionInfo(VERSION, MIN_CLIENT_VERSION, serverVersion, demo.getAsBoolean(), core.time().now());
    }
}
