// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.List;
import java.util.Set;

import org.motcua.core.MotCuaCore;
import org.motcua.remote.wire.Wire.Count;
import org.motcua.remote.wire.Wire.ModuleChange;
import org.motcua.remote.wire.Wire.ModuleIds;
import org.motcua.server.internal.api.Route.Reply;

/**
 * Procedure modules per office ({@code ModuleConfigService}) and the old system's reconciliation
 * ({@code ImportService.reconcile}) on the wire. Importing an old system's log runs on the server itself.
 */
final class ModuleRoutes {

    private ModuleRoutes() {
    }

    static List<Route> of(MotCuaCore core) {
        return List.of(
                new Route("GET", "/offices/{id}/modules", true, call -> Reply.ok(core.modules().settings(call.pathLong("id")))),
                new Route("GET", "/offices/{id}/modules/enabled", true,
                        call -> Reply.ok(core.modules().enabledModules(call.pathLong("id")))),
                new Route("POST", "/offices/{id}/modules/missing", true, call -> {
                    Set<String> installed = call.body(ModuleIds.class).ids();
                    return Reply.ok(core.modules().missingModules(call.pathLong("id"), installed == null ? Set.of() : installed));
                }),
                new Route("POST", "/offices/{id}/modules/{module}/enabled", true, call -> {
                    core.modules().enable(call.principal(), call.pathLong("id"), call.path("module"));
                    return new Reply(204, null);
                }),
                new Route("DELETE", "/offices/{id}/modules/{module}/enabled", true, call -> {
                    core.modules().disable(call.principal(), call.pathLong("id"), call.path("module"));
                    return new Reply(204, null);
                }),
                new Route("GET", "/modules/{module}/open-dossiers", true,
                        call -> Reply.ok(new Count(core.modules().openDossiers(call.path("module"))))),
                new Route("POST", "/modules/{module}/uninstall-check", true, call -> {
                    core.modules().checkUninstall(call.principal(), call.path("module"));
                    return new Reply(204, null);
                }),
                new Route("POST", "/module-changes", true, call -> {
                    ModuleChange change = call.body(ModuleChange.class);
                    if (change.outcome() == null) {
                        core.modules().recordInstall(call.principal(), change.featureId());
                    } else {
                        core.modules().recordFeatureChange(call.principal(), change.featureId(), change.outcome());
                    }
                    return new Reply(204, null);
                }),
                new Route("GET", "/legacy/counts", true, call -> Reply.ok(core.imports().reconcile(call.principal()))));
    }
}
