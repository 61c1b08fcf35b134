// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.org.OfficeLevel;

/**
 * One step of a procedure: which office level and which departments (by department code) may hold
 * it, how long it may take, and the guards it must pass before the dossier leaves it.
 *
 * @param code        the step's code, unique within the procedure
 * @param nameVi      the Vietnamese name
 * @param nameEn      the English name
 * @param level       the level of the office that holds the step
 * @param agencyCodes the codes of the departments that may receive the step (at least one)
 * @param duration    the time allowed (may be fractional, e.g. 0.5 working day)
 * @param unit        the unit of {@code duration}
 * @param guards      the guards checked before the dossier leaves the step
 * @param financialObligation whether the step sends the tax-information slip: the only step at which the
 *                    tax pause (REQUEST_FINANCIAL_OBLIGATION) may be requested, once
 */
public record StepDefinition(String code, String nameVi, String nameEn, OfficeLevel level, List<String> agencyCodes,
        BigDecimal duration, DurationUnit unit, List<GuardSpec> guards, boolean financialObligation) {

    /** A step without a financial obligation. */
    public StepDefinition(String code, String nameVi, String nameEn, OfficeLevel level, List<String> agencyCodes,
            BigDecimal duration, DurationUnit unit, List<GuardSpec> guards) {
        this(code, nameVi, nameEn, level, agencyCodes, duration, unit, guards, false);
    }

    /** Checks and copies the fields. */
    public StepDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        nameEn = nameEn == null ? nameVi : nameEn;
        Objects.requireNonNull(level, "level");
        agencyCodes = List.copyOf(agencyCodes);
        if (agencyCodes.isEmpty()) {
            throw new IllegalArgumentException("step " + code + " needs at least one agency");
        }
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(unit, "unit");
        guards = List.copyOf(guards == null ? List.of() : guards);
    }
}
