// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;
import org.motcua.remote.wire.Wire.InboxChange;

/**
 * Where this workstation's core runs: in this process over its own workspace (the single-workstation default),
 * or on the office's server. The screens use {@link #core()} and never ask which one it is.
 */
public interface Backend extends AutoCloseable {

    /** @return the core services */
    MotCuaCore core();

    /** @return whether the database was created as a demo (a demo server's, or this workspace's) */
    boolean isDemo();

    /** @return this workstation's own folder: its settings, logs and idle-lock time */
    Path home();

    /**
     * @return the database reports read, when the core runs in this process; empty on a server's workstation,
     *         whose reports the server renders
     */
    Optional<DataSource> dataSource();

    /**
     * Waits until the department's inbox holds other dossiers than {@code after} names, or a while has passed
     * (on a server: its change feed; in this process: a look every few seconds, for workstations sharing one
     * database). Called from a background job.
     *
     * @param after the cursor of the last answer, {@code null} to learn the state now
     * @return the inbox's state, whether it changed, and its size
     */
    InboxChange awaitInboxChange(Principal viewer, long departmentId, String after) throws InterruptedException;

    /** @return what the user is connected to: the workspace folder or the server's address */
    String location();

    @Override
    void close();
}
