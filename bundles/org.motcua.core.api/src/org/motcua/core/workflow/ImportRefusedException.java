// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.Locale;

import org.motcua.core.MotCuaException;
import org.motcua.core.i18n.Messages;

/** A line of an imported log that the core refused: its line number and the refusal, in any language. */
public class ImportRefusedException extends MotCuaException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final MotCuaException refusal;

    /**
     * @param line    the refused line
     * @param refusal why
     */
    public ImportRefusedException(int line, MotCuaException refusal) {
        super(refusal, "import.lineRefused", line, refusal.key());
        this.line = line;
        this.refusal = refusal;
    }

    /** @return the refused line */
    public int line() {
        return line;
    }

    /** @return the refusal of that line */
    public MotCuaException refusal() {
        return refusal;
    }

    @Override
    public String message(Locale locale) {
        return Messages.get(locale, "import.lineRefused", line, refusal.message(locale));
    }
}
