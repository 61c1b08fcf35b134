// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

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

    /** @return what {@code work} reads from the world's database, around the core's services */
    protected <T> T read(Function<EntityManager, T> work) {
        EntityManager em = w.factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Writes to the world's database around the core's services (rows as an older version left them, ...). */
    protected void write(Consumer<EntityManager> work) {
        EntityManager em = w.factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
