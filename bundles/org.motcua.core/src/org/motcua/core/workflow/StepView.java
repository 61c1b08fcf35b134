package org.motcua.core.workflow;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.calendar.DurationUnit;

/** A step of a dossier with its times. */
public record StepView(int index, String code, String name, org.motcua.core.org.OfficeLevel level,
        List<String> agencyCodes, BigDecimal duration,
        DurationUnit unit, List<String> guards, LocalDateTime startedAt, LocalDateTime dueAt,
        LocalDateTime completedAt) {
}
