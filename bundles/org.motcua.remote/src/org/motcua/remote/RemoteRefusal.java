// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote;

import java.util.Locale;

import org.motcua.core.MotCuaException;

/**
 * The server said no: the HTTP status, the message key (the core's or the wire's) and the message in both
 * languages, as the server wrote them. It is a {@link MotCuaException}, so a screen shows a refusal of the
 * server's core exactly as it shows one of an in-process core.
 */
public final class RemoteRefusal extends MotCuaException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String vietnamese;
    private final String english;
    private final Long retryAfterSeconds;

    /** A refusal as the server described it. */
    public RemoteRefusal(int status, String key, String vietnamese, String english, Long retryAfterSeconds) {
        super(key);
        this.status = status;
        this.vietnamese = vietnamese;
        this.english = english;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return the HTTP status (0: the server could not be reached) */
    public int status() {
        return status;
    }

    /** @return the message in {@code locale}'s language (Vietnamese unless English) */
    @Override
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : vietnamese;
    }

    /** @return for a 429, the seconds to wait, else {@code null} */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
