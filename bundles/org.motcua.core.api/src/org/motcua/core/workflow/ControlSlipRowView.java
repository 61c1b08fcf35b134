// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;

import org.motcua.core.calendar.TimelinessClass;

/**
 * One row of the process-control slip: who handed the dossier to whom, when, and how it went.
 *
 * @param fromAgency the party that handed the dossier over: an agency's name, or the applicant (named from the
 *                   dossier when the slip is read, never stored in the row)
 * @param toAgency   the party that received it, likewise
 * @param note       the row's note (the channel, the papers asked for, a reason, ...)
 * @param recall     the recall of this hand-over, if it was recalled ({@link Note#NONE} otherwise)
 */
public record ControlSlipRowView(int seq, int stepIndex, Note fromAgency, Note toAgency,
        LocalDateTime handedOverAt, String handedOverBy, LocalDateTime receivedAt, String receivedBy,
        LocalDateTime stepDueAt, TimelinessClass result, Note note, Note recall) {

    /** @return the row's note and its recall in {@code locale}, "; " between them, as the slip prints them */
    public String notes(java.util.Locale locale) {
        return Note.render(locale, note, recall);
    }
}
