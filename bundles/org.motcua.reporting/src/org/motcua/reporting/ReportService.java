// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.sql.Connection;

/**
 * Renders MotCua's committed BIRT designs. One BIRT report engine is started on first use and reused
 * for every later report (an OSGi service; {@code BirtReportService} is the implementation).
 */
public interface ReportService {

    /**
     * Renders {@code request} with data read through {@code connection} (left open).
     *
     * @throws ReportException when BIRT reports an error or writes nothing
     */
    void render(ReportRequest request, Connection connection);

    /** Stops the engine (it starts again on the next render). */
    void shutdown();
}
