// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to render: a design, its parameter values, a format and a file.
 *
 * @param design     the design
 * @param parameters report parameter values by name (String, Integer, java.sql.Date, java.sql.Timestamp)
 * @param format     the output format
 * @param output     the file to write (HTML images go to {@code <file>_images/})
 */
public record ReportRequest(ReportDesign design, Map<String, Object> parameters, OutputFormat format, Path output) {

    /** Copies the parameters. */
    public ReportRequest {
        parameters = Map.copyOf(parameters);
    }

    /** @return a request for form {@code design} filled from the dossier with {@code code} */
    public static ReportRequest form(ReportDesign design, String code, OutputFormat format, Path output) {
        return new ReportRequest(design, Map.of("dossierCode", code), format, output);
    }

    /**
     * @return a request for a period report; {@code officeId} 0 means all offices; {@code now} and
     *         {@code soonDueBefore} fix the clock-dependent figures (overdue, soon due, escalated)
     */
    public static ReportRequest period(ReportDesign design, long officeId, LocalDate from, LocalDate to,
            LocalDateTime now, LocalDateTime soonDueBefore, OutputFormat format, Path output) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("officeId", Integer.valueOf((int) officeId));
        // the office as a range (all offices: every id), so that the database can use its office indexes
        p.put("officeFrom", Integer.valueOf(officeId == 0 ? 0 : (int) officeId));
        p.put("officeTo", Integer.valueOf(officeId == 0 ? Integer.MAX_VALUE : (int) officeId));
        p.put("fromDate", java.sql.Date.valueOf(from));
        p.put("toDate", java.sql.Date.valueOf(to));
        p.put("now", java.sql.Timestamp.valueOf(now));
        p.put("soonDueBefore", java.sql.Timestamp.valueOf(soonDueBefore));
        return new ReportRequest(design, p, format, output);
    }
}
