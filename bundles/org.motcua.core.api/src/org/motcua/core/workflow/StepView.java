// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.calendar.DurationUnit;

/** A step of a dossier with its times; {@link #name()} is Vietnamese, {@link #name(java.util.Locale)} follows the user. */
public record StepView(int index, String code, String name, org.motcua.core.org.OfficeLevel level,
        List<String> agencyCodes, BigDecimal duration,
        DurationUnit unit, List<String> guards, LocalDateTime startedAt, LocalDateTime dueAt,
        LocalDateTime completedAt, String nameEn) {

    /** @return the step's name in the user's language (Vietnamese when it has no English name) */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
