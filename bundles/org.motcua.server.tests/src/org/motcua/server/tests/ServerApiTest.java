// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.core.dossier.Channel;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.org.UserAccount;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.remote.PinnedTrustManager;
import org.motcua.remote.RemoteRefusal;
import org.motcua.remote.ServerConnection;
import org.motcua.server.internal.api.MotCuaApi;
import org.motcua.testsupport.TestProvinceWorld;
import org.motcua.testsupport.World;
import org.osgi.framework.FrameworkUtil;

/**
 * The server over real HTTPS (Jetty 12 in this OSGi runtime) with a workstation's pinned connection: the
 * caller comes from the token only; forged, expired and revoked tokens, plain HTTP and an unpinned key are
 * refused; every operation applies the core's scope; hostile bodies and floods are refused with clear errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerApiTest {

    private static final int SIGN_INS_A_BURST = 12;

    @TempDir
    static Path folder; // static: filled before @BeforeAll, also with one instance per class

    private TestProvinceWorld w;
    private TestServer running;
    private URI server;
    private String pin;

    @BeforeAll
    void startServer() throws Exception {
        w = new TestProvinceWorld(World.h2("server"), World.APPLICANT);
        running = TestServer.start(w.core, folder, true, SIGN_INS_A_BURST);
        server = running.address();
        pin = running.pin();
    }

    @AfterAll
    void stopServer() {
        if (running != null) {
            running.close();
        }
        if (w != null) {
            w.close();
        }
    }

    /** @return a workstation's connection, pinned to the server's key, signed in as {@code caller} */
    private ServerConnection as(Principal caller) {
        ServerConnection connection = new ServerConnection(List.of(server), Set.of(pin));
        connection.useToken(caller == null ? null : caller.token());
        return connection;
    }

    private static RemoteRefusal refused(int status, String key, org.junit.jupiter.api.function.Executable call) {
        RemoteRefusal refusal = assertThrows(RemoteRefusal.class, call);
        assertEquals(key, refusal.key(), refusal::getMessage);
        assertEquals(status, refusal.status(), refusal::getMessage);
        assertTrue(!refusal.message(java.util.Locale.ENGLISH).isBlank() && !refusal.message(null).isBlank());
        return refusal;
    }

    private HttpClient pinnedClient() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] { new PinnedTrustManager(Set.of(pin)) }, null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    @Test
    @Order(1)
    void theServerStatesItsVersionOverPinnedTls() throws Exception {
        HttpResponse<String> response = pinnedClient().send(HttpRequest.newBuilder(server.resolve("/api/v1/version"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("1", response.headers().firstValue("MotCua-Api").orElseThrow());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        JsonNode version = as(null).get("/version", JsonNode.class);
        assertEquals(MotCuaApi.VERSION, version.get("api").asInt());
        assertTrue(version.get("demo").asBoolean());
    }

    @Test
    @Order(2)
    void plainHttpAndAnUnpinnedKeyAreRefused() throws Exception {
        URI plain = URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/version");
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(plain).build(),
                HttpResponse.BodyHandlers.ofString()), "plain HTTP to the TLS port gets no answer");
        assertThrows(IllegalArgumentException.class, () -> new ServerConnection(List.of(plain), Set.of(pin)),
                "a workstation never speaks plain HTTP");
        ServerConnection otherOffice = new ServerConnection(List.of(server),
                Set.of("sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="));
        IOException unpinned = assertThrows(IOException.class, () -> otherOffice.get("/version", JsonNode.class));
        assertTrue(unpinned instanceof javax.net.ssl.SSLHandshakeException, unpinned::toString);
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.resolve(
                "/api/v1/version")).build(), HttpResponse.BodyHandlers.ofString()),
                "without the pin, the JDK's certificate authorities do not vouch for an office's own key");
    }

    @Test
    @Order(3)
    void signInGivesATokenTheServerTakesTheCallerFrom() throws Exception {
        ServerConnection desk = as(null);
        Principal principal = desk.post("/sessions", Map.of("username", "desk.district", "password", World.PASSWORD),
                Principal.class);
        assertEquals("desk.district", principal.username());
        assertNotNull(principal.token());
        desk.useToken(principal.token());
        assertEquals("desk.district", desk.get("/me", JsonNode.class).get("username").asText());
        refused(401, "signIn.failed", () -> as(null).post("/sessions",
                Map.of("username", "desk.district", "password", "sai-mat-khau"), Principal.class));
        desk.delete("/sessions/current");
        refused(401, "session.ended", () -> desk.get("/me", JsonNode.class));
    }

    @Test
    @Order(4)
    void forgedExpiredAndRevokedTokensAreRefused() throws Exception {
        refused(401, "request.signInRequired", () -> as(null).get("/me", JsonNode.class));
        ServerConnection forged = as(null);
        forged.useToken("gia-mao-" + "x".repeat(30));
        refused(401, "session.invalid", () -> forged.get("/me", JsonNode.class));

        // a session issued with a one-second lifetime (by another process on the same database)
        CoreEngine shortLived = CoreEngine.create(w.factory, w.clock, w.core.procedures(),
                World.TEST_SECURITY.withSessionLifetime(Duration.ofSeconds(1)));
        Principal brief = shortLived.sessions().signIn("leader.district", World.PASSWORD.toCharArray(),
                SessionKind.DESKTOP);
        World.waitForTheRealClock(brief.expiresAt());
        refused(401, "session.expired", () -> as(brief).get("/me", JsonNode.class));

        Principal justice = w.signIn("justice.specialist");
        assertEquals("justice.specialist", as(justice).get("/me", JsonNode.class).get("username").asText());
        UserAccount account = w.core.organization().users(w.admin, w.district.id()).stream()
                .filter(u -> u.username().equals("justice.specialist")).findFirst().orElseThrow();
        w.core.organization().setActive(w.admin, account, false);
        refused(401, "session.userInactive", () -> as(justice).get("/me", JsonNode.class));
    }

    @Test
    @Order(5)
    void everyOperationAppliesTheCallersScope() throws Exception {
        ServerConnection desk = as(w.desk);
        JsonNode received = desk.post("/dossiers", TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN),
                JsonNode.class);
        String code = received.get("code").asText();
        long id = received.get("id").asLong();
        assertEquals("RECEIVED", received.get("status").asText());
        assertEquals(code, desk.get("/dossiers/by-code/" + code, JsonNode.class).get("code").asText());
        assertTrue(desk.get("/dossiers/" + id + "/history", JsonNode.class).size() >= 1);
        long deskDepartment = w.dept(w.district, "MOTCUA");
        JsonNode inbox = desk.get("/departments/" + deskDepartment + "/inbox?limit=5", JsonNode.class);
        assertTrue(inbox.get("total").asLong() >= 1);
        assertTrue(inbox.get("items").size() <= 5);

        ServerConnection commune = as(w.communeDesk);
        for (String path : List.of("/dossiers/by-code/" + code, "/dossiers/" + id, "/dossiers/" + id + "/history",
                "/dossiers/" + id + "/steps", "/dossiers/" + id + "/fields", "/dossiers/" + id + "/slip")) {
            RemoteRefusal refusal = assertThrows(RemoteRefusal.class, () -> commune.get(path, JsonNode.class), path);
            assertTrue(refusal.status() == 403 || refusal.status() == 404, path + ": " + refusal.getMessage());
        }
        assertEquals(0, commune.get("/dossiers/" + id + "/actions", JsonNode.class).size(),
                "nothing another office may do, and nothing of the dossier said");
        assertTrue(desk.get("/dossiers/" + id + "/actions", JsonNode.class).size() > 0, "the receiving desk's actions");
        refused(403, "read.notYourInbox", () -> commune.get("/departments/" + deskDepartment + "/inbox", JsonNode.class));
        RemoteRefusal take = assertThrows(RemoteRefusal.class, () -> commune.post("/dossiers/" + id + "/actions",
                Map.of("type", "TAKE", "expectedVersion", received.get("version").asLong()), JsonNode.class));
        assertEquals(403, take.status(), take::getMessage);
        refused(403, "action.roleDenied", () -> as(w.landSpecialist).post("/dossiers",
                TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN), JsonNode.class));
    }

    @Test
    @Order(6)
    void aStaleVersionIsAConflictNotALostUpdate() throws Exception {
        ServerConnection desk = as(w.desk);
        JsonNode received = desk.post("/dossiers", TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN),
                JsonNode.class);
        long id = received.get("id").asLong();
        long version = received.get("version").asLong();
        Map<String, Object> handOver = Map.of("type", "HAND_OVER", "expectedVersion", version, "values",
                Map.of("target", String.valueOf(w.dept(w.district, "TNMT"))));
        JsonNode handed = desk.post("/dossiers/" + id + "/actions", handOver, JsonNode.class);
        assertEquals("PROCESSING", handed.get("status").asText());
        refused(409, "dossier.conflict", () -> as(w.landSpecialist).post("/dossiers/" + id + "/actions",
                Map.of("type", "TAKE", "expectedVersion", version), JsonNode.class));
    }

    @Test
    @Order(7)
    void hostileBodiesAreRefusedWithAClearError() throws Exception {
        ServerConnection desk = as(w.desk);
        byte[] huge = ("{\"procedureCode\":\"" + "A".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        refused(413, "request.tooLarge", () -> desk.call("POST", "/dossiers", huge));
        byte[] deep = ("[".repeat(200) + "]".repeat(200)).getBytes(StandardCharsets.UTF_8);
        refused(400, "request.tooDeep", () -> desk.call("POST", "/dossiers", deep));
        // the actor is the token's: a body that names one is not a request the API knows
        byte[] actor = "{\"procedureCode\":\"T.LAND\",\"channel\":\"WALK_IN\",\"actor\":\"admin\"}"
                .getBytes(StandardCharsets.UTF_8);
        refused(400, "request.badJson", () -> desk.call("POST", "/dossiers", actor));
        refused(404, "request.notFound", () -> desk.get("/dossiers/1/nothing", JsonNode.class));
        refused(405, "request.methodNotAllowed", () -> desk.call("DELETE", "/dossiers", null));
        HttpResponse<String> text = pinnedClient().send(HttpRequest.newBuilder(server.resolve("/api/v1/dossiers"))
                .header("Authorization", "Bearer " + w.desk.token()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("receive this")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, text.statusCode());
        assertTrue(text.body().contains("request.contentType"), text.body());
    }

    @Test
    @Order(8)
    void aWorkstationOfAnotherApiVersionIsToldWhatToUpdate() throws Exception {
        for (String[] c : new String[][] { { "0", "request.clientTooOld" }, { "2", "request.clientTooNew" } }) {
            HttpResponse<String> response = pinnedClient().send(HttpRequest.newBuilder(server.resolve("/api/v1/version"))
                    .header("MotCua-Api", c[0]).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(426, response.statusCode());
            assertTrue(response.body().contains(c[1]) && response.body().contains("update"), response.body());
        }
    }

    @Test
    @Order(100)
    void aFloodOfSignInsFromOneAddressIsSlowedDown() throws Exception {
        RemoteRefusal limited = null;
        for (int i = 0; i < SIGN_INS_A_BURST + 2 && limited == null; i++) {
            try {
                as(null).post("/sessions", Map.of("username", "khong-co-" + i, "password", "sai"), Principal.class);
            } catch (RemoteRefusal refusal) {
                if (refusal.status() == 429) {
                    limited = refusal;
                } else {
                    assertEquals("signIn.failed", refusal.key());
                }
            }
        }
        assertNotNull(limited, "never limited");
        assertEquals("request.rateLimited", limited.key());
        assertTrue(limited.retryAfterSeconds() > 0);
    }
}
