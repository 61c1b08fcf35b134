// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import org.motcua.persistence.DatabaseConfig;
import org.motcua.testsupport.TestProvinceWorld;

/** The small test province ({@link TestProvinceWorld}) of the core's database tests. */
final class TestWorld extends TestProvinceWorld {

    /** On a fresh in-memory database. */
    TestWorld() {
        this(h2("motcua-test"));
    }

    /** On {@code config}. */
    TestWorld(DatabaseConfig config) {
        super(config, APPLICANT);
    }
}
