// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

/** The period reports of {@link PeriodReportTest} on PostgreSQL (a fresh schema a test). Skipped without a test server. */
class PeriodReportOnPostgresTest extends PeriodReportTest {

    @Override
    ReportWorld world() throws Exception {
        return ReportWorld.onPostgres("period");
    }
}
