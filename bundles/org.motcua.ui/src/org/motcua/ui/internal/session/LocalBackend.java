// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.motcua.core.MotCuaCore;
import org.motcua.persistence.Workspace;

/** The single-workstation mode: the core in this process, on this workstation's own workspace. */
public record LocalBackend(Workspace workspace) implements Backend {

    @Override
    public MotCuaCore core() {
        return workspace.core();
    }

    @Override
    public boolean isDemo() {
        return workspace.isDemoDatabase();
    }

    @Override
    public Path home() {
        return workspace.home();
    }

    @Override
    public Optional<DataSource> dataSource() {
        return Optional.of(workspace.dataSource());
    }

    @Override
    public String location() {
        return workspace.home().toString();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
