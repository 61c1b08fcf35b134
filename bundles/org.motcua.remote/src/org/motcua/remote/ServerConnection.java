// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A workstation's connection to its office's servers: HTTPS only, trusting only the pinned keys, sending the
 * API version it speaks and the session token, and going on with the next server when one does not answer.
 * Answers are JSON; a refusal becomes a {@link RemoteRefusal} with the server's messages.
 */
public final class ServerConnection {

    /** The API version this workstation speaks. */
    public static final int API_VERSION = 1;

    private final List<URI> servers;
    private final HttpClient http;
    private final ObjectMapper json;
    private volatile int current;
    private volatile String token;

    /**
     * @param servers the servers' base URLs ({@code https://host:port}), tried in turn
     * @param pins    the pins of the keys the servers may present
     */
    public ServerConnection(List<URI> servers, Set<String> pins) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no server");
        }
        for (URI server : servers) {
            if (!"https".equals(server.getScheme())) {
                throw new IllegalArgumentException("not an https address: " + server);
            }
        }
        this.servers = List.copyOf(servers);
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] { new PinnedTrustManager(pins) }, null);
            this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a newer server may add fields
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // 0.50 working days stays 0.50
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
    }

    /** Uses {@code sessionToken} for the calls from now on ({@code null}: none). */
    public void useToken(String sessionToken) {
        this.token = sessionToken;
    }

    /** @return the JSON mapper of this connection (the wire's dates and records) */
    public ObjectMapper json() {
        return json;
    }

    /** @return the token set by {@link #useToken}, or {@code null} */
    public String token() {
        return token;
    }

    /** @return the server that answered last */
    public URI server() {
        return servers.get(current);
    }

    /** @return {@code GET path}'s answer as a {@code type} */
    public <T> T get(String path, Class<T> type) throws IOException {
        return json.treeToValue(call("GET", path, null), type);
    }

    /** @return {@code GET path}'s answer as a {@code type} (a list, a page) */
    public <T> T get(String path, TypeReference<T> type) throws IOException {
        return json.treeToValue(call("GET", path, null), json.constructType(type));
    }

    /** @return {@code POST path} with {@code body} as JSON, its answer as a {@code type} */
    public <T> T post(String path, Object body, Class<T> type) throws IOException {
        return json.treeToValue(call("POST", path, json.writeValueAsBytes(body)), type);
    }

    /** Sends {@code DELETE path}. */
    public void delete(String path) throws IOException {
        call("DELETE", path, null);
    }

    /**
     * Sends a raw request, for the checks that a hostile body is refused.
     *
     * @return the answer's tree, or {@code null} for none
     */
    public JsonNode call(String method, String path, byte[] body) throws IOException {
        return call(method, path, body, token);
    }

    /**
     * Sends a request with {@code sessionToken} ({@code null}: none) whatever token {@link #useToken} set.
     *
     * @return the answer's tree, or {@code null} for none
     */
    public JsonNode call(String method, String path, byte[] body, String sessionToken) throws IOException {
        return answer(exchange(method, path, body, sessionToken, "application/json", Duration.ofSeconds(60)));
    }

    /**
     * Sends {@code GET path} for a document that is not JSON (a form's PDF), with {@code sessionToken}.
     *
     * @return the document's bytes
     */
    public byte[] download(String path, String sessionToken) throws IOException {
        HttpResponse<byte[]> response = exchange("GET", path, null, sessionToken, "*/*", Duration.ofSeconds(120));
        if (response.statusCode() >= 400) {
            answer(response); // throws the server's refusal
        }
        return response.body();
    }

    /** Sends one request to the first server that answers, starting with the one that answered last. */
    private HttpResponse<byte[]> exchange(String method, String path, byte[] body, String sessionToken, String accept,
            Duration timeout) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < servers.size(); attempt++) {
            int index = (current + attempt) % servers.size();
            HttpRequest.Builder request = HttpRequest.newBuilder(servers.get(index).resolve("/api/v1" + path))
                    .timeout(timeout).header("MotCua-Api", String.valueOf(API_VERSION)).header("Accept", accept);
            if (sessionToken != null) {
                request.header("Authorization", "Bearer " + sessionToken);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                current = index;
                return response;
            } catch (ConnectException | HttpConnectTimeoutException down) {
                last = down; // this server is down: the next one (servers keep no state of their own)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw last;
    }

    private JsonNode answer(HttpResponse<byte[]> response) throws IOException {
        JsonNode tree = response.body().length == 0 ? null : json.readTree(response.body());
        if (response.statusCode() >= 400) {
            if (tree == null || !tree.hasNonNull("error")) {
                throw new RemoteRefusal(response.statusCode(), "request.failed", "Máy chủ trả lời " + response.statusCode(),
                        "The server answered " + response.statusCode(), null);
            }
            throw new RemoteRefusal(response.statusCode(), tree.get("error").asText(), tree.path("message").asText(),
                    tree.path("messageEn").asText(),
                    tree.hasNonNull("retryAfterSeconds") ? tree.get("retryAfterSeconds").asLong() : null);
        }
        return tree;
    }
}
