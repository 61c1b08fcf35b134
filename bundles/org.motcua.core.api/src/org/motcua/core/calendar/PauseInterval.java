// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A period during which the deadline clock of a dossier is stopped, for example while waiting for
 * a supplement (bổ sung) or for the tax agency's confirmation of a financial obligation.
 *
 * @param start  when the pause began
 * @param end    when it ended, or {@code null} while the pause is still open
 * @param reason a free-text or coded reason, for the audit trail (may be empty, never {@code null})
 */
public record PauseInterval(LocalDateTime start, LocalDateTime end, String reason) {

    /**
     * Validates the interval.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public PauseInterval {
        Objects.requireNonNull(start, "start");
        reason = reason == null ? "" : reason;
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Pause ends before it starts: " + start + " > " + end);
        }
    }

    /**
     * Creates a closed pause.
     *
     * @param start  the start
     * @param end    the end
     * @param reason the reason
     * @return the interval
     */
    public static PauseInterval closed(LocalDateTime start, LocalDateTime end, String reason) {
        return new PauseInterval(start, Objects.requireNonNull(end, "end"), reason);
    }

    /**
     * Creates a pause that is still running.
     *
     * @param start  the start
     * @param reason the reason
     * @return the interval
     */
    public static PauseInterval open(LocalDateTime start, String reason) {
        return new PauseInterval(start, null, reason);
    }

    /**
     * Tells whether the pause is still running.
     *
     * @return {@code true} if there is no end yet
     */
    public boolean isOpen() {
        return end == null;
    }

    /**
     * Returns the end, if any.
     *
     * @return the end, empty while the pause is open
     */
    public Optional<LocalDateTime> endIfClosed() {
        return Optional.ofNullable(end);
    }
}
