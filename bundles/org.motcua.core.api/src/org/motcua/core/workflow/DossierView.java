// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;
import java.util.Locale;

import org.motcua.core.calendar.TimelinessClass;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.dossier.DossierStatus;

/**
 * A read-only picture of a dossier, as screens, reports and the command line see it. Its
 * {@link #version()} goes back with the next action, so that a stale screen gets a conflict instead
 * of overwriting someone else's change. {@link #procedureName()} and {@link #currentStepName()} are the
 * Vietnamese names; the English ones, where the procedure has them, come with {@code ...(Locale)}.
 */
public record DossierView(long id, long version, String code, String officeCode, String officeName,
        String currentOfficeCode, Channel channel, DossierStatus status, String applicantName,
        String applicantIdNumber, String applicantPhone, String procedureCode, String procedureVersion,
        String procedureName, LocalDateTime receivedAt, LocalDateTime validReceivedAt, LocalDateTime dueAt,
        LocalDateTime originalDueAt, LocalDateTime finishedAt, LocalDateTime returnedAt,
        TimelinessClass timeliness, TimelinessClass timelinessAgainstOriginal, int currentStepIndex,
        String currentStepName, LocalDateTime stepDueAt, Long holderDepartmentId, String holderName,
        DeadlineState deadlineState, int supplementRounds, boolean reappointed, boolean transferPending,
        boolean transferEscalated, String procedureNameEn, String currentStepNameEn) {

    /**
     * @return this view with the receiving office shown as {@code name}: an abolished office with its successor
     *         (package version 1.5)
     */
    public DossierView withOfficeName(String name) {
        return new DossierView(id, version, code, officeCode, name, currentOfficeCode, channel, status, applicantName,
                applicantIdNumber, applicantPhone, procedureCode, procedureVersion, procedureName, receivedAt,
                validReceivedAt, dueAt, originalDueAt, finishedAt, returnedAt, timeliness, timelinessAgainstOriginal,
                currentStepIndex, currentStepName, stepDueAt, holderDepartmentId, holderName, deadlineState,
                supplementRounds, reappointed, transferPending, transferEscalated, procedureNameEn, currentStepNameEn);
    }

    /** @return the procedure's name in the user's language (Vietnamese when it has no English name) */
    public String procedureName(Locale locale) {
        return english(locale, procedureNameEn) ? procedureNameEn : procedureName;
    }

    /** @return the current step's name in the user's language (Vietnamese when it has no English name) */
    public String currentStepName(Locale locale) {
        return english(locale, currentStepNameEn) ? currentStepNameEn : currentStepName;
    }

    private static boolean english(Locale locale, String text) {
        return "en".equals(locale.getLanguage()) && text != null && !text.isBlank();
    }

    /** @return the national status code (1–10) */
    public int nationalStatusCode() {
        return status.nationalCode();
    }
}
