// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.PostingRecordEntity;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.workflow.GuardContext;
import org.motcua.core.workflow.PostingView;
import org.motcua.core.workflow.StepGuard;

/** Checks the guards of the step a dossier is about to leave. An unknown guard type refuses loudly. */
final class Guards {

    private Guards() {
    }

    static void check(ActionContext c) {
        DossierStepEntity step = c.currentStep();
        if (step.getGuards() == null || step.getGuards().isBlank()) {
            return;
        }
        List<PostingView> postings = c.em.createQuery(
                "select p from PostingRecordEntity p where p.dossier = :d and p.stepIndex = :s order by p.recordedAt",
                PostingRecordEntity.class).setParameter("d", c.dossier).setParameter("s", step.getStepIndex())
                .getResultList().stream().map(Views::posting).toList();
        for (String encoded : step.getGuards().split(";")) {
            GuardSpec spec = GuardSpec.decode(encoded);
            StepGuard guard = c.engine.guard(spec.type()); // the core's own, or one a started module brought
            if (guard == null) {
                throw new MotCuaException("guard.unknown", spec.type(), step.getNameVi());
            }
            GuardContext context = new GuardContext(c.dossier.getCode(), step.getStepIndex(), step.getNameVi(),
                    step.getStartedAt(), spec.params(), postings, c.holderCalendar(), c.now);
            guard.check(context).ifPresent(c::breach); // refused live; an imported action is flagged
        }
    }
}
