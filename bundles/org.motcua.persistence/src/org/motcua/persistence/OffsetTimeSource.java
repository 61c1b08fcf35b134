// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

import java.time.Duration;
import java.time.LocalDateTime;

import org.motcua.core.TimeSource;

/**
 * A demo workspace's clock: it reads the demo time that was set, plus the real time elapsed since,
 * so time goes on while the demo is used. Only a demo workspace gets one.
 */
final class OffsetTimeSource implements TimeSource {

    private final TimeSource real;
    private final Duration offset;

    OffsetTimeSource(TimeSource real, LocalDateTime demoTime, LocalDateTime setAt) {
        this.real = real;
        this.offset = Duration.between(setAt, demoTime);
    }

    @Override
    public boolean isSimulated() {
        return true;
    }

    @Override
    public LocalDateTime now() {
        return real.now().plus(offset);
    }
}
