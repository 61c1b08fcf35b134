// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.motcua.core.i18n.Messages;
import org.motcua.core.i18n.Texts;
import org.motcua.core.security.Principal;
import org.motcua.remote.RemoteRefusal;
import org.motcua.remote.ServerConnection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The calls of the remote services: each with the caller's session token (or, for the reads that name no
 * caller, the signed-in user's), each answer read as the core's own types, each failure a
 * {@link RemoteRefusal} (a server that cannot be reached is one too, with status 0).
 */
public final class Calls {

    private static final Texts TEXTS = new Texts("org.motcua.remote.internal.messages", Calls.class.getClassLoader());

    private final ServerConnection server;

    /** Calls through {@code server}. */
    public Calls(ServerConnection server) {
        this.server = server;
    }

    /** @return the connection */
    public ServerConnection server() {
        return server;
    }

    /** @return {@code GET path} as {@code type} */
    public <T> T get(Principal caller, String path, TypeReference<T> type) {
        return read(send(caller, "GET", path, null), server.json().constructType(type));
    }

    /** @return {@code GET path} as {@code type} */
    public <T> T get(Principal caller, String path, Class<T> type) {
        return read(send(caller, "GET", path, null), server.json().constructType(type));
    }

    /** @return {@code GET path} as {@code type}, empty when the server has no such thing (404) */
    public <T> Optional<T> find(Principal caller, String path, Class<T> type) {
        try {
            return Optional.of(get(caller, path, type));
        } catch (RemoteRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    /** @return {@code POST path} with {@code body} as {@code type} ({@code null} for none) */
    public <T> T post(Principal caller, String path, Object body, Class<T> type) {
        JsonNode answer = send(caller, "POST", path, body);
        return type == Void.class ? null : read(answer, server.json().constructType(type));
    }

    /** @return {@code POST path} with {@code body} as {@code type} */
    public <T> T post(Principal caller, String path, Object body, TypeReference<T> type) {
        return read(send(caller, "POST", path, body), server.json().constructType(type));
    }

    /** @return {@code DELETE path}'s answer as {@code type} ({@code Void}: none) */
    public <T> T delete(Principal caller, String path, Class<T> type) {
        JsonNode answer = send(caller, "DELETE", path, null);
        return type == Void.class ? null : read(answer, server.json().constructType(type));
    }

    /** @return the document at {@code path} (a form's PDF) */
    public byte[] download(Principal caller, String path) {
        try {
            return server.download(path, caller != null ? caller.token() : server.token());
        } catch (RemoteRefusal refusal) {
            throw refusal;
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** @return {@code text} as one path segment */
    public static String segment(Object text) {
        return URLEncoder.encode(String.valueOf(text), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(Principal caller, String method, String path, Object body) {
        String token = caller != null ? caller.token() : server.token();
        try {
            byte[] bytes = body == null ? null : server.json().writeValueAsBytes(body);
            return server.call(method, path, bytes, token);
        } catch (RemoteRefusal refusal) {
            throw refusal;
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private <T> T read(JsonNode answer, JavaType type) {
        try {
            return server.json().treeToValue(answer, type);
        } catch (IOException e) {
            throw refusal("server.badAnswer", e.getMessage());
        }
    }

    private RemoteRefusal unreachable(IOException e) {
        return refusal("server.unreachable", server.server(), e.getClass().getSimpleName());
    }

    /** @return a refusal of this workstation's own, with its message {@code key} in both languages */
    public static RemoteRefusal refusal(String key, Object... args) {
        return new RemoteRefusal(0, key, TEXTS.get(Messages.VIETNAMESE, key, args), TEXTS.get(Messages.ENGLISH, key, args),
                null);
    }
}
