// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.List;
import java.util.Map;

/** The few shapes the wire adds to the core's own records (which travel as they are). */
public final class WireTypes {

    private WireTypes() {
    }

    /** What the server says of itself at {@code GET /version}, before any sign-in. */
    public record VersionInfo(int api, int minClientApi, String server, boolean demo) {
    }

    /** A sign-in: the password travels once, inside TLS, and is never stored or logged. */
    public record SignInRequest(String username, char[] password) {
    }

    /**
     * An action on a dossier: the core's {@code ActionRequest.of(type, values)}, with the version the caller saw,
     * so that a lost update is refused ({@code dossier.conflict}) instead of overwriting.
     */
    public record ActionCall(String type, long expectedVersion, Map<String, String> values) {
    }

    /** One page of a list, and how many there are in all. */
    public record Page<T>(List<T> items, int offset, int limit, long total) {
    }

    /**
     * A refusal: the message key, the message in Vietnamese and in English, and for a 429 the seconds to wait.
     */
    public record ErrorBody(String error, String message, String messageEn, Long retryAfterSeconds) {
    }
}
