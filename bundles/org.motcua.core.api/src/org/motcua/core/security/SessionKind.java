// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.security;

/** Where a session was opened; it sets how long the session lasts ({@link SessionService}). */
public enum SessionKind {
    /** A desktop sign-in: one working day at most. */
    DESKTOP,
    /** One command of the command line: an hour at most. */
    COMMAND_LINE,
    /** A tool run by an administrator (demo loader, benchmark, import): one working day at most. */
    TOOL
}
