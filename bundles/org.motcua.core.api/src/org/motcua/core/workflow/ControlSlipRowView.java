// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;

import org.motcua.core.calendar.TimelinessClass;

/** One row of the process-control slip: who handed the dossier to whom, when, and how it went. */
public record ControlSlipRowView(int seq, int stepIndex, String fromAgency, String toAgency,
        LocalDateTime handedOverAt, String handedOverBy, LocalDateTime receivedAt, String receivedBy,
        LocalDateTime stepDueAt, TimelinessClass result, String note) {
}
