// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;

/** A log with refused lines: every one of them, in line order; nothing of the log was written. */
public final class ImportRejectedException extends ImportRefusedException {

    private static final long serialVersionUID = 1L;

    private final List<ImportRefusedException> lines;

    /** @param lines the refused lines (at least one), in line order */
    public ImportRejectedException(List<ImportRefusedException> lines) {
        super(lines.get(0).line(), lines.get(0).refusal());
        this.lines = List.copyOf(lines);
    }

    /** @return every refused line */
    public List<ImportRefusedException> lines() {
        return lines;
    }
}
