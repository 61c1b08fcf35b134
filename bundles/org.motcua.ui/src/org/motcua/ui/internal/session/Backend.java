// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.motcua.core.MotCuaCore;

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

    /** @return what the user is connected to: the workspace folder or the server's address */
    String location();

    @Override
    void close();
}
