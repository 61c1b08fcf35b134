// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.motcua.core.MotCuaCore;
import org.motcua.server.internal.api.ApiServlet;
import org.motcua.server.internal.api.MotCuaApi;
import org.motcua.server.internal.api.RateLimiter;
import org.motcua.server.internal.api.ReportRenderer;
import org.osgi.framework.FrameworkUtil;

/**
 * A MotCua server in this process, in front of a core the caller opened: real HTTPS (Jetty 12) on a free
 * local port with a new self-signed key. The server and desktop tests start one to drive workstations
 * against it over the same wire as a deployed server.
 */
public final class EmbeddedServer implements AutoCloseable {

    private final HttpsEndpoint endpoint;
    private final URI address;
    private final String pin;
    private final ServerHeads heads;

    private EmbeddedServer(HttpsEndpoint endpoint, URI address, String pin, ServerHeads heads) {
        this.endpoint = endpoint;
        this.heads = heads;
        this.address = address;
        this.pin = pin;
    }

    /**
     * Starts a server for {@code core} with its key in {@code folder}.
     *
     * @param demo          whether the server says it is a demo
     * @param signInsABurst sign-ins from one address before the rate limit (one more a minute after)
     * @param reports       what renders forms and reports ({@code null}: none)
     */
    public static EmbeddedServer start(MotCuaCore core, Path folder, boolean demo, int signInsABurst,
            ReportRenderer reports) throws Exception {
        Path keyStore = folder.resolve("server.p12");
        char[] password = "mat-khau-kho-khoa".toCharArray();
        KeyStores.createSelfSigned(keyStore, password, List.of("localhost", "127.0.0.1"));
        String pin = KeyStores.pin(keyStore, password);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerHeads heads = ServerHeads.of(core, keyStore, password);
        ApiServlet servlet = new ApiServlet(new MotCuaApi(core, "embedded", () -> demo, reports, heads), core.sessions(),
                new RateLimiter(1000, 1000), new RateLimiter(1.0 / 60, signInsABurst));
        HttpsEndpoint endpoint = HttpsEndpoint.start(FrameworkUtil.getBundle(ApiServlet.class).getBundleContext(),
                "127.0.0.1", port, keyStore, password, servlet);
        return new EmbeddedServer(endpoint, URI.create("https://127.0.0.1:" + port), pin, heads);
    }

    /** @return the server's https address */
    public URI address() {
        return address;
    }

    /** @return what signs the audit chains' heads with the server's key */
    public ServerHeads heads() {
        return heads;
    }

    /** @return the pin of the server's key */
    public String pin() {
        return pin;
    }

    @Override
    public void close() {
        heads.close();
        endpoint.close();
    }
}
