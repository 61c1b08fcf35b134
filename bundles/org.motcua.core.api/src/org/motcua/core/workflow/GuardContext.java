// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.motcua.core.calendar.WorkingCalendar;

/**
 * What a {@link StepGuard} may look at.
 *
 * @param dossierCode the dossier's code
 * @param stepIndex   the step being left
 * @param stepName    its name
 * @param stepStartedAt when the dossier entered the step
 * @param params      the guard's parameters from the procedure definition
 * @param postings    the public postings recorded for this step
 * @param calendar    the calendar of the office holding the step
 * @param now         the current time
 */
public record GuardContext(String dossierCode, int stepIndex, String stepName, LocalDateTime stepStartedAt,
        Map<String, String> params,
        List<PostingView> postings, WorkingCalendar calendar, LocalDateTime now) {
}
