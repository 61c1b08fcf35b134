// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.remote.wire.InboxCursor;
import org.motcua.remote.wire.Wire.InboxChange;
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

    /** How often a workstation on its own database looks at its inbox again. */
    static final java.time.Duration LOOK_EVERY = java.time.Duration.ofSeconds(10);

    @Override
    public InboxChange awaitInboxChange(Principal viewer, long departmentId, String after) throws InterruptedException {
        if (after != null) {
            Thread.sleep(LOOK_EVERY);
        }
        long[] ids = core().queries().heldByIds(viewer, departmentId, InboxQuery.byDue());
        String cursor = InboxCursor.of(ids);
        return new InboxChange(cursor, after != null && !after.equals(cursor), ids.length);
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
