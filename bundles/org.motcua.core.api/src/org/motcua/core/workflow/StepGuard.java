// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.Optional;

import org.motcua.core.MotCuaException;

/**
 * A check a dossier must pass before it leaves a step (forward, hand-over to another office, finish).
 * Procedure modules name guards in their step definitions; the workflow looks them up by
 * {@link #type()}.
 */
public interface StepGuard {

    /** @return the guard type, as used in {@link org.motcua.core.procedure.GuardSpec#type()} */
    String type();

    /** @return the refusal if the dossier may not leave the step yet, otherwise empty */
    Optional<MotCuaException> check(GuardContext context);
}
