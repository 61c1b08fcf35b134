// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * What an administrator enters to create an office.
 *
 * @param code              agency code (used in dossier codes)
 * @param name              name
 * @param level             government level (no district under NĐ 118/2025)
 * @param regime            legal regime
 * @param parentId          parent office, or {@code null}
 * @param workingPeriods    e.g. {@code 07:00-11:30,13:30-17:00}; {@code null} for the default
 * @param cutOff            receipt cut-off time, or {@code null} for closing time
 * @param acceptanceSlaDays working days the office has to accept or return an inter-level dossier
 */
public record OfficeData(String code, String name, OfficeLevel level, Regime regime, Long parentId,
        String workingPeriods, LocalTime cutOff, BigDecimal acceptanceSlaDays) {
}
