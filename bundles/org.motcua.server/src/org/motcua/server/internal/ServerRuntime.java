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
    private final HttpsEndpoint endpoint;
    private final String url;
    private final String pin;

    private ServerRuntime(Workspace workspace, ServerReports reports, HttpsEndpoint endpoint, String url, String pin) {
        this.workspace = workspace;
        this.reports = reports;
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
        try {
            MotCuaApi api = new MotCuaApi(workspace.core(), context.getBundle().getVersion().toString(),
                    workspace::isDemoDatabase, reports);
            ApiServlet servlet = new ApiServlet(api, workspace.core().sessions(),
                    new RateLimiter(settings.callsPerSecond(), settings.callBurst()),
                    new RateLimiter(settings.signInsPerMinute() / 60.0, Math.max(1, settings.signInsPerMinute() / 3)));
            HttpsEndpoint endpoint = HttpsEndpoint.start(context, settings.host(), settings.port(), settings.keyStore(),
                    settings.keyStorePassword(), servlet);
            return new ServerRuntime(workspace, reports, endpoint, "https://" + settings.host() + ":" + settings.port(),
                    KeyStores.pin(settings.keyStore(), settings.keyStorePassword()));
        } catch (IOException | RuntimeException e) {
            reports.close();
            workspace.close();
            throw e;
        }
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
        endpoint.close();
        reports.close();
        workspace.close();
    }
}
