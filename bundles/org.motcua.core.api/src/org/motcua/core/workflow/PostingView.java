// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A recorded public posting of a step. */
public record PostingView(int stepIndex, LocalDate startDate, LocalDate endDate, String place, String complaints,
        String recordedBy, LocalDateTime recordedAt) {
}
