// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test that gets a fresh {@link TestWorld} (its own in-memory database) for every test method. */
abstract class WorldTest {

    protected TestWorld w;

    @BeforeEach
    void openWorld() {
        w = new TestWorld();
    }

    @AfterEach
    void closeWorld() {
        w.close();
    }
}
