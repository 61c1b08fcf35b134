// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import org.junit.jupiter.api.BeforeAll;

/**
 * The leaders' dashboard from a shared PostgreSQL database: the same figures as the KPI service, the same
 * charts, as {@link DashboardTest} checks on H2. Skipped without a test server.
 */
class DashboardOnPostgresTest extends DashboardTest {

    @BeforeAll
    static void data() throws Exception {
        setUp(ReportWorld.onPostgres("dashboard"));
    }
}
