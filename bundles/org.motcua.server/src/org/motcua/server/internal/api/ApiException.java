// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

/** A refusal of the wire itself (not of the core): an HTTP status and a message key of {@link ApiTexts}. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] args;

    /** A refusal with {@code status} and the message {@code key}. */
    public ApiException(int status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the message key */
    public String key() {
        return key;
    }

    /** @return the message arguments */
    public Object[] args() {
        return args.clone();
    }
}
