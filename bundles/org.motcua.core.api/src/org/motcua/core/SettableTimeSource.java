// SPDX-License-Identifier: EPL-2.0
package org.motcua.core;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A clock that tests and demo workspaces set by hand. The engine refuses it on any database not created as a
 * demo (see {@link TimeSource#isSimulated()}).
 */
public final class SettableTimeSource implements TimeSource {

    private LocalDateTime now;

    /** @param start the initial time */
    public SettableTimeSource(LocalDateTime start) {
        this.now = Objects.requireNonNull(start).withNano(0);
    }

    @Override
    public boolean isSimulated() {
        return true;
    }

    @Override
    public synchronized LocalDateTime now() {
        return now;
    }

    /** Moves the clock to {@code time}. */
    public synchronized void set(LocalDateTime time) {
        this.now = Objects.requireNonNull(time).withNano(0);
    }

    /** Moves the clock forward by {@code duration}. */
    public synchronized void advance(Duration duration) {
        this.now = now.plus(duration);
    }
}
