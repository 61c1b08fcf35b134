// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Renders forms and period reports with the server's reporting engine over its own database. */
public interface ReportRenderer {

    /** @return the PDF of {@code form} filled from the dossier {@code code} */
    byte[] form(String form, String code) throws Exception;

    /**
     * @param report   the period report's design name (dashboard, register)
     * @param officeId the office, 0 for every office
     * @param format   pdf or xlsx
     * @return the report of the office for the period, its clock-dependent figures as of {@code now}
     */
    byte[] period(String report, long officeId, LocalDate from, LocalDate to, LocalDateTime now, String format)
            throws Exception;
}
