// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.tests;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.motcua.core.MotCuaCore;
import org.motcua.remote.ServerConnection;
import org.motcua.server.internal.EmbeddedServer;
import org.motcua.server.internal.api.ReportRenderer;

/** An {@link EmbeddedServer} for a test, and the workstations' pinned connections to it. */
final class TestServer implements AutoCloseable {

    private final EmbeddedServer server;

    private TestServer(EmbeddedServer server) {
        this.server = server;
    }

    /** Starts a server without reports; see {@link EmbeddedServer#start}. */
    static TestServer start(MotCuaCore core, Path folder, boolean demo, int signInsABurst) throws Exception {
        return start(core, folder, demo, signInsABurst, null);
    }

    /** Starts a server that renders forms and reports with {@code reports}; see {@link EmbeddedServer#start}. */
    static TestServer start(MotCuaCore core, Path folder, boolean demo, int signInsABurst, ReportRenderer reports)
            throws Exception {
        return new TestServer(EmbeddedServer.start(core, folder, demo, signInsABurst, reports));
    }

    /** @return the server's https address */
    URI address() {
        return server.address();
    }

    /** @return what signs the audit chains' heads with the server's key */
    org.motcua.server.internal.ServerHeads heads() {
        return server.heads();
    }

    /** @return the pin of the server's key */
    String pin() {
        return server.pin();
    }

    /** @return a workstation's connection, pinned to the server's key */
    ServerConnection connection() {
        return new ServerConnection(List.of(server.address()), Set.of(server.pin()));
    }

    @Override
    public void close() {
        server.close();
    }
}
