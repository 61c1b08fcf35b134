// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;

import org.motcua.core.dossier.TransferState;

/**
 * An inter-level dossier as the receiving office sees it; {@link #escalated()} is computed from the
 * clock when read: pending past its acceptance SLA.
 */
public record TransferView(long id, long dossierId, String dossierCode, String fromOfficeCode, String toOfficeCode,
        String toDepartmentName, LocalDateTime sentAt, LocalDateTime slaDueAt, TransferState state,
        boolean escalated, String reason) {
}
