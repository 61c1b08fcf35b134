// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.time.Duration;
import java.time.LocalDateTime;

import org.motcua.core.TimeSource;
import org.motcua.remote.RemoteRefusal;
import org.motcua.remote.wire.Wire.VersionInfo;

/**
 * The server's clock, the office's only one: read from {@code GET /version} and carried forward with this
 * machine's monotonic timer, read again every {@link #READ_EVERY}. A workstation's own clock never dates
 * anything; a demo server's clock is its demo time.
 */
final class RemoteClock implements TimeSource {

    /** How long a reading of the server's clock is carried forward. */
    static final Duration READ_EVERY = Duration.ofMinutes(5);

    private final Calls calls;
    private volatile LocalDateTime serverAt;
    private volatile long readAt;
    private volatile boolean demo;

    RemoteClock(Calls calls) {
        this.calls = calls;
    }

    /** @return what the server says of itself (its clock read now) */
    VersionInfo read() {
        VersionInfo version = calls.get(null, "/version", VersionInfo.class);
        serverAt = version.now();
        readAt = System.nanoTime();
        demo = version.demo();
        return version;
    }

    @Override
    public LocalDateTime now() {
        if (serverAt == null) {
            read();
        } else if (System.nanoTime() - readAt > READ_EVERY.toNanos()) {
            try {
                read();
            } catch (RemoteRefusal away) {
                // the server is away for a moment: its clock as last read, carried forward, is still the office's
            }
        }
        return serverAt.plusNanos(System.nanoTime() - readAt).withNano(0);
    }

    @Override
    public boolean isSimulated() {
        return demo;
    }
}
