// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import java.time.LocalDateTime;

/**
 * An administrator's explicit choice for one module at one office.
 *
 * @param officeCode the office
 * @param moduleId   the module id (bundle symbolic name), e.g. {@code org.example.procedure.civil}
 * @param enabled    whether new dossiers of the module may be received there (and below, unless overridden)
 * @param changedAt  when it was last changed
 * @param changedBy  who changed it
 */
public record ModuleSetting(String officeCode, String moduleId, boolean enabled, LocalDateTime changedAt,
        String changedBy) {
}
