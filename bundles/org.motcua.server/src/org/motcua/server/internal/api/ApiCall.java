// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.motcua.core.security.Principal;

/**
 * A call as a route sees it: the caller (from the session token, never from the body), the path and query
 * parameters, and the body, read within the limits.
 */
public final class ApiCall {

    private final Principal principal;
    private final Map<String, String> path;
    private final Map<String, String[]> query;
    private final byte[] body;
    private final ObjectMapper json;
    private final String clientAddress;

    ApiCall(Principal principal, Map<String, String> path, Map<String, String[]> query, byte[] body, ObjectMapper json,
            String clientAddress) {
        this.principal = principal;
        this.path = path;
        this.query = query;
        this.body = body;
        this.json = json;
        this.clientAddress = clientAddress;
    }

    /** @return the caller's principal; only routes that need a session have one */
    public Principal principal() {
        return principal;
    }

    /** @return the address the call came from (for the sign-in's rate and records) */
    public String clientAddress() {
        return clientAddress;
    }

    /** @return the path parameter {@code name} */
    public String path(String name) {
        return path.get(name);
    }

    /** @return the path parameter {@code name} as a number, or a 400 */
    public long pathLong(String name) {
        return number(name, path(name));
    }

    /** @return the query parameter {@code name}, or {@code fallback} */
    public String query(String name, String fallback) {
        String[] values = query.get(name);
        return values == null || values.length == 0 || values[0].isEmpty() ? fallback : values[0];
    }

    /** @return the query parameter {@code name} as a number between {@code min} and {@code max}, or {@code fallback} */
    public int queryInt(String name, int fallback, int min, int max) {
        String value = query(name, null);
        if (value == null) {
            return fallback;
        }
        return (int) Math.max(min, Math.min(max, number(name, value)));
    }

    /**
     * @return the body as a {@code type}; the whole body is parsed first, so the depth and length limits apply
     *         to all of it, not only to the part a type reads before it fails
     */
    public <T> T body(Class<T> type) throws IOException {
        if (body.length == 0) {
            throw new ApiException(400, "request.badJson", "(empty)");
        }
        return json.treeToValue(json.readTree(body), type);
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "request.badNumber", name, value);
        }
    }
}
