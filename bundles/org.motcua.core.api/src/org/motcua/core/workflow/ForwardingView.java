// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;

import org.motcua.core.calendar.SameDayForwarding;

/**
 * A dossier against the same-day forwarding rule ({@link SameDayForwarding}).
 *
 * @param due         the end of the working day by which the desk hands it over
 * @param forwardedAt when the desk first handed it over, or {@code null} while it has not
 */
public record ForwardingView(LocalDateTime due, LocalDateTime forwardedAt) {

    /** @return whether it was handed over late, or is still not handed over after its forwarding day at {@code now} */
    public boolean lateAt(LocalDateTime now) {
        return SameDayForwarding.late(forwardedAt == null ? now : forwardedAt, due);
    }

    /** @return whether the forwarding day is the day after receipt (received at or after 15:00, or on a day off) */
    public boolean nextDay(LocalDateTime received) {
        return due.toLocalDate().isAfter(received.toLocalDate());
    }
}
