// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the API: an HTTP method, a path template under {@code /api/v1} ({@code /dossiers/{id}}),
 * whether it needs a session, and what it does. The OpenAPI document lists exactly these (ApiContractTest).
 *
 * @param method        GET, POST or DELETE
 * @param template      the path, with {@code {name}} for a path parameter
 * @param authenticated whether a session token is required
 * @param handler       what it does
 */
public record Route(String method, String template, boolean authenticated, Handler handler) {

    /** What a route does with a call. */
    @FunctionalInterface
    public interface Handler {
        /** @return the answer: a status and a body to write as JSON ({@code null} for none) */
        Reply handle(ApiCall call) throws Exception;
    }

    /** A body that is not JSON: a rendered form's PDF. */
    public record Binary(String contentType, byte[] bytes) {
    }

    /** An answer: status and body. */
    public record Reply(int status, Object body) {
        /** @return 200 with {@code body} */
        public static Reply ok(Object body) {
            return new Reply(200, body);
        }
    }

    /** @return the path parameters if {@code path} matches this template, by name */
    public Optional<Map<String, String>> match(String path) {
        List<String> want = segments(template);
        List<String> got = segments(path);
        if (want.size() != got.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            if (w.startsWith("{") && w.endsWith("}")) {
                if (got.get(i).isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(w.substring(1, w.length() - 1), got.get(i));
            } else if (!w.equals(got.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return List.of(trimmed.split("/", -1));
    }
}
