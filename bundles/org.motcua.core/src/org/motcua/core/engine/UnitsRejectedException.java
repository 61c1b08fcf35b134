// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.motcua.core.MotCuaException;

/**
 * A file of administrative units with bad lines ({@code units.refused}): every bad line, in line order, each shown in
 * the reader's language; nothing of the file was written.
 */
public final class UnitsRejectedException extends MotCuaException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with one line of the file. */
    public record BadLine(int line, MotCuaException problem) {
    }

    private final transient List<BadLine> lines;

    /** @param lines what is wrong with each bad line, in line order (a line may be named more than once) */
    public UnitsRejectedException(List<BadLine> lines) {
        super("units.refused");
        this.lines = List.copyOf(lines);
    }

    /** @return what is wrong with each bad line */
    public List<BadLine> lines() {
        return lines;
    }

    @Override
    public String message(Locale locale) {
        return org.motcua.core.i18n.Messages.get(locale, "units.refused", lines.stream()
                .map(l -> org.motcua.core.i18n.Messages.get(locale, "units.badLine", l.line(), l.problem().message(locale)))
                .collect(Collectors.joining("\n")));
    }
}
