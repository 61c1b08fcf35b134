// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

/** A report could not be rendered; the message says which design and why. */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, with the design's name */
    public ReportException(String message) {
        super(message);
    }

    /** @param message what went wrong; @param cause the underlying failure */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
