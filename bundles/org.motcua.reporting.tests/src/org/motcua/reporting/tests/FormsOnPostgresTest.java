// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import org.junit.jupiter.api.BeforeAll;

/**
 * Every form rendered from a shared PostgreSQL database, as a district with its communes uses it: the same
 * assertions as {@link FormsTest} (PostgreSQL folds unquoted column names to lower case, which a design must
 * survive). Skipped without a test server.
 */
class FormsOnPostgresTest extends FormsTest {

    @BeforeAll
    static void dossiers() throws Exception {
        setUp(ReportWorld.onPostgres("forms"));
    }
}
