// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.motcua.core.security.Principal;
import org.motcua.remote.RemoteCore;
import org.motcua.remote.wire.Wire.InboxChange;

/**
 * A workstation of a shared office: the core runs on the office's server, reached over pinned HTTPS; this
 * machine holds no database and no database credential.
 *
 * @param core the server's core
 * @param demo whether the server's database was created as a demo
 * @param home this workstation's own folder
 */
public record RemoteBackend(RemoteCore core, boolean demo, Path home) implements Backend {

    @Override
    public boolean isDemo() {
        return demo;
    }

    @Override
    public Optional<DataSource> dataSource() {
        return Optional.empty();
    }

    /** The longest a change-feed call waits on the server. */
    static final int FEED_WAIT_SECONDS = 25;

    @Override
    public InboxChange awaitInboxChange(Principal viewer, long departmentId, String after) {
        return core.inboxChanges(viewer, departmentId, after, after == null ? 0 : FEED_WAIT_SECONDS);
    }

    @Override
    public String location() {
        return core.connection().server().toString();
    }

    @Override
    public void close() {
        // nothing held open: each call is its own request; the session ends at sign-out
    }
}
