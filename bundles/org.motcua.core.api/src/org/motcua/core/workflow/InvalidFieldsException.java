// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;
import java.util.Locale;

import org.motcua.core.MotCuaException;
import org.motcua.core.i18n.Messages;
import org.motcua.core.procedure.FieldProblem;
import org.motcua.core.procedure.FormValidation;

/**
 * A receipt (or correction) refused because the procedure's form fields are not valid: every problem is
 * listed, so the desk fixes them all at once. Key {@code receive.invalidFields}.
 */
public final class InvalidFieldsException extends MotCuaException {

    private static final long serialVersionUID = 1L;

    private final transient FormValidation.Result result;

    /** @param result an invalid validation result */
    public InvalidFieldsException(FormValidation.Result result) {
        super("receive.invalidFields", result.describe(Messages.VIETNAMESE));
        this.result = result;
    }

    /** @return every problem, in the definition's order */
    public List<FieldProblem> problems() {
        return result.problems();
    }

    @Override
    public String message(Locale locale) {
        return Messages.get(locale, key(), result.describe(locale));
    }
}
