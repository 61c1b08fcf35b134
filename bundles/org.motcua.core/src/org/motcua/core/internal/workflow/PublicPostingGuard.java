// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.workflow.GuardContext;
import org.motcua.core.workflow.PostingView;
import org.motcua.core.workflow.StepGuard;

/**
 * Public posting (niêm yết công khai) must be recorded before the dossier leaves the step: a posting
 * of at least {@code days} working or calendar days that has ended, with the complaints noted
 * ("không có" when there were none), posted after the dossier reached the step. The Cao Lãnh
 * inspection found this step skipped.
 */
final class PublicPostingGuard implements StepGuard {

    @Override
    public String type() {
        return GuardSpec.PUBLIC_POSTING;
    }

    @Override
    public Optional<MotCuaException> check(GuardContext context) {
        int required = Integer.parseInt(context.params().getOrDefault("days", "1"));
        DurationUnit unit = DurationUnit.valueOf(context.params().getOrDefault("unit", DurationUnit.WORKING_DAYS.name()));
        java.util.List<PostingView> postings = context.postings().stream()
                .filter(p -> context.stepStartedAt() == null || !p.startDate().isBefore(context.stepStartedAt().toLocalDate()))
                .toList();
        if (postings.isEmpty()) {
            return Optional.of(new MotCuaException("guard.posting.missing", context.stepName(), required, unitKey(unit)));
        }
        // the guard passes when one recorded posting satisfies everything; otherwise the latest one explains why not
        MotCuaException latestProblem = null;
        for (PostingView posting : postings) {
            latestProblem = problem(context, posting, required, unit);
            if (latestProblem == null) {
                return Optional.empty();
            }
        }
        return Optional.of(latestProblem);
    }

    private static MotCuaException problem(GuardContext context, PostingView posting, int required, DurationUnit unit) {
        long days = length(context, posting.startDate(), posting.endDate(), unit);
        if (days < required) {
            return new MotCuaException("guard.posting.tooShort", context.stepName(), days, required, unitKey(unit));
        }
        if (posting.endDate().isAfter(context.now().toLocalDate())) {
            return new MotCuaException("guard.posting.notEnded", context.stepName(), posting.endDate().toString());
        }
        if (posting.complaints() == null || posting.complaints().isBlank()) {
            return new MotCuaException("guard.posting.complaintsMissing", context.stepName());
        }
        return null;
    }

    private static long length(GuardContext context, LocalDate start, LocalDate end, DurationUnit unit) {
        if (unit == DurationUnit.CALENDAR_DAYS) {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }
        long count = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (context.calendar().isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** @return the choice index of the unit in the messages: 0 working days, 1 calendar days */
    private static int unitKey(DurationUnit unit) {
        return unit == DurationUnit.CALENDAR_DAYS ? 1 : 0;
    }
}
