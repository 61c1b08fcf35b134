// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;
import org.motcua.server.internal.api.ApiServlet;
import org.motcua.server.internal.api.MotCuaApi;
import org.motcua.server.internal.api.RateLimiter;
import org.osgi.framework.BundleContext;

/**
 * A running server: the database opened as the application role without migrating it, the core with the
 * procedure modules installed on this server, and the API on HTTPS.
 */
public final class ServerRuntime implements AutoCloseable {

    private final Workspace workspace;
    private final ServerReports reports;
    private final ServerHeads heads;
    private final HttpsEndpoint endpoint;
    private final String url;
    private final String pin;

    private ServerRuntime(Workspace workspace, ServerReports reports, ServerHeads heads, HttpsEndpoint endpoint,
            String url, String pin) {
        this.workspace = workspace;
        this.reports = reports;
        this.heads = heads;
        this.endpoint = endpoint;
        this.url = url;
        this.pin = pin;
    }

    /** Opens the database and starts serving. */
    public static ServerRuntime start(BundleContext context, ServerSettings settings) throws IOException {
        // a demo server is a database created as a demo (the demo loader wrote its clock beside it)
        WorkspaceSettings beside = Files.exists(settings.home().resolve(WorkspaceSettings.FILE))
                ? WorkspaceSettings.load(settings.home(), Map.of())
                : null;
        WorkspaceSettings workspaceSettings = new WorkspaceSettings(settings.home(), settings.database(),
                beside != null && beside.demo(), beside == null ? null : beside.demoClock(),
                beside == null ? null : beside.demoClockSetAt(), null);
        Workspace workspace = Workspace.openMigrated(workspaceSettings, procedures(context));
        ServerReports reports = new ServerReports(context, workspace.dataSource());
        ServerHeads heads = null;
        try {
            checkModules(workspace.core(), java.time.Duration.ofSeconds(15));
            heads = ServerHeads.of(workspace.core(), settings.keyStore(), settings.keyStorePassword());
            MotCuaApi api = new MotCuaApi(workspace.core(), context.getBundle().getVersion().toString(),
                    workspace::isDemoDatabase, reports, heads);
            ApiServlet servlet = new ApiServlet(api, workspace.core().sessions(),
                    new RateLimiter(settings.callsPerSecond(), settings.callBurst()),
                    new RateLimiter(settings.signInsPerMinute() / 60.0, Math.max(1, settings.signInsPerMinute() / 3)));
            HttpsEndpoint endpoint = HttpsEndpoint.start(context, settings.host(), settings.port(), settings.keyStore(),
                    settings.keyStorePassword(), servlet);
            heads.exportEvery(settings.auditHeadsEvery(), settings.auditHeadsFolder());
            return new ServerRuntime(workspace, reports, heads, endpoint,
                    "https://" + settings.host() + ":" + settings.port(),
                    KeyStores.pin(settings.keyStore(), settings.keyStorePassword()));
        } catch (IOException | RuntimeException e) {
            if (heads != null) {
                heads.close();
            }
            reports.close();
            workspace.close();
            throw e;
        }
    }

    /**
     * Refuses to serve when an office has enabled a procedure module this server does not have: every server
     * of an office must hold the same modules, or a dossier's guards would depend on the server a desk reached.
     * Modules start beside the core, so a missing one is waited for up to {@code patience}.
     */
    public static void checkModules(org.motcua.core.MotCuaCore core, java.time.Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        for (String missing = missingModule(core); missing != null; missing = missingModule(core)) {
            if (System.nanoTime() >= until) {
                throw new IllegalStateException(missing);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** @return what says which office enabled which modules this server lacks, or {@code null} for none */
    private static String missingModule(org.motcua.core.MotCuaCore core) {
        java.util.Set<String> installed = core.procedures().moduleIds();
        for (org.motcua.core.org.OfficeRef office : core.organization().offices()) {
            java.util.Set<String> missing = core.modules().missingModules(office.id(), installed);
            if (!missing.isEmpty()) {
                return ServerTexts.get("server.modulesMissing", office.code(), String.join(", ", new java.util.TreeSet<>(missing)));
            }
        }
        return null;
    }

    private static ProcedureRegistry procedures(BundleContext context) {
        return org.motcua.persistence.ProcedureServices.await(context);
    }

    /** @return the server's base URL */
    public String url() {
        return url;
    }

    /** @return the pin of the server's TLS key */
    public String pin() {
        return pin;
    }

    @Override
    public void close() {
        heads.close();
        endpoint.close();
        reports.close();
        workspace.close();
    }
}
