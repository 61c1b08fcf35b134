// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.motcua.core.MotCuaException;
import org.motcua.core.security.Principal;
import org.motcua.remote.wire.Wire.InboxChange;
import org.motcua.ui.internal.Messages;

/**
 * Watches the signed-in user's department inbox in the background and posts {@link #TOPIC} with the inbox's
 * state whenever it holds other dossiers: the inbox reloads and says so, and its tab shows the count. On a
 * server's workstation it follows the server's change feed; in this process it looks every few seconds.
 */
final class InboxWatcher extends Job {

    /** Event topic posted with an {@link InboxChange} when the watched inbox changed. */
    static final String TOPIC = "org/motcua/ui/session/inboxChanged"; //$NON-NLS-1$

    /** How long to wait before trying again after the server could not be reached. */
    private static final long RETRY_MILLIS = 10_000;

    private final Backend backend;
    private final java.util.function.Supplier<Principal> viewers;
    private final long departmentId;
    private final IEventBroker broker;

    /** Watches {@code departmentId}'s inbox as the signed-in user {@code viewers} gives (null: nobody, stop). */
    InboxWatcher(Backend backend, java.util.function.Supplier<Principal> viewers, long departmentId, IEventBroker broker) {
        super(Messages.Inbox_watching);
        this.backend = backend;
        this.viewers = viewers;
        this.departmentId = departmentId;
        this.broker = broker;
        setSystem(true); // no progress to show: it only waits
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String cursor = null;
        while (!monitor.isCanceled()) {
            Principal viewer = viewers.get(); // the same user's new session after a password change
            if (viewer == null) {
                break;
            }
            try {
                InboxChange state = backend.awaitInboxChange(viewer, departmentId, cursor);
                if (monitor.isCanceled()) {
                    break;
                }
                if (cursor == null || state.changed()) {
                    broker.post(TOPIC, state);
                }
                cursor = state.cursor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (MotCuaException e) {
                if (e.key().startsWith("session.")) { //$NON-NLS-1$
                    if (viewers.get() != null && !viewers.get().token().equals(viewer.token())) {
                        continue; // a new session of the same user (a password change): go on with it
                    }
                    break; // signed out, ended elsewhere or expired: the next sign-in starts another watcher
                }
                try {
                    Thread.sleep(RETRY_MILLIS); // the server is away for a moment: the inbox says so when used
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return Status.OK_STATUS;
    }

    @Override
    protected void canceling() {
        Thread thread = getThread();
        if (thread != null) {
            thread.interrupt(); // ends a wait in this process at once; a server's long poll ends within its wait
        }
    }
}
