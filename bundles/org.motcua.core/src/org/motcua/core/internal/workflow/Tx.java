// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.motcua.core.MotCuaException;

/**
 * Runs work in one database transaction and turns lost-update conflicts into a clear message; any other
 * unexpected failure is logged with a reference ({@link Incidents}) and reaches the caller as a keyed message.
 */
public final class Tx {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> batch = new ThreadLocal<>();

    public Tx(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Runs {@code work} in a transaction; commits on success, rolls back on any exception. */
    public <T> T call(Function<EntityManager, T> work) {
        try {
            return attempt(work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * As {@link #call}, in a transaction of its own even inside a {@link #batch}: what it writes (a session, a
     * failed sign-in) stays written whatever happens to the batch.
     */
    public <T> T separately(Function<EntityManager, T> work) {
        EntityManager inBatch = batch.get();
        batch.remove();
        try {
            return call(work);
        } finally {
            if (inBatch != null) {
                batch.set(inBatch);
            }
        }
    }

    /**
     * As {@link #call}, but a failure reaches the caller as it is (lost-update conflicts and refusals
     * included), for callers that expect a failure and handle it themselves (a unique key taken by a
     * concurrent writer).
     */
    <T> T attempt(Function<EntityManager, T> work) {
        EntityManager inBatch = batch.get();
        if (inBatch != null) {
            return work.apply(inBatch);
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /**
     * Runs {@code work} as one transaction in which every {@link #call} and {@link #read} of this
     * thread takes part: loaders (demo data, imports) write thousands of actions with one commit. All
     * or nothing: any exception rolls the whole batch back.
     */
    public <T> T batch(java.util.function.Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        return call(em -> {
            batch.set(em);
            try {
                T result = work.get();
                em.flush();
                em.clear();
                return result;
            } finally {
                batch.remove();
            }
        });
    }

    /**
     * Runs {@code work} as {@link #batch} does, and always rolls it back: a rehearsal of what a batch would do (an
     * import checks its log by replaying it). Its failure reaches the caller as it is.
     */
    public <T> T rehearse(java.util.function.Supplier<T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            batch.set(em);
            T result = work.get();
            em.flush();
            return result;
        } finally {
            batch.remove();
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs read-only {@code work} without a transaction. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager inBatch = batch.get();
        if (inBatch != null) {
            return work.apply(inBatch);
        }
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            em.close();
        }
    }

    /** @return the factory behind this runner */
    public EntityManagerFactory factory() {
        return factory;
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof MotCuaException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return new MotCuaException(e, "dossier.conflict");
            }
        }
        if (e instanceof RollbackException && e.getCause() instanceof RuntimeException cause) {
            return translate(cause);
        }
        return Incidents.report(e); // never the persistence text: it may show SQL and what was typed
    }
}
