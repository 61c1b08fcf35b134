// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.platform.tests.jpa.TestDossier;
import org.osgi.framework.FrameworkUtil;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

/**
 * EclipseLink 5 + H2 inside OSGi: the provider is created directly (jakarta.persistence.Persistence
 * finds no provider in a real OSGi runtime), with this bundle's class loader and an H2 DataSource.
 */
class EclipseLinkH2Test {

    @TempDir
    Path tmp;

    private EntityManagerFactory emf;

    @BeforeEach
    void createFactory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + tmp.resolve("jpa").toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.CLASSLOADER, TestFiles.bundleClassLoader());
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, ds);
        props.put(PersistenceUnitProperties.WEAVING, "false");
        emf = new PersistenceProvider().createEntityManagerFactory("motcua-platform-test", props);
        assertNotNull(emf, "EclipseLink found no persistence unit 'motcua-platform-test' through the bundle class loader");
    }

    @AfterEach
    void closeFactory() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void persistsReadsBackAndDetectsConcurrentUpdates() {
        // The classes really come from OSGi bundles, not from a flat class path.
        assertEquals("org.eclipse.persistence.jpa", FrameworkUtil.getBundle(PersistenceProvider.class).getSymbolicName());
        assertEquals("com.h2database", FrameworkUtil.getBundle(JdbcDataSource.class).getSymbolicName());

        String code = "000.00.00.H20-250627-0001";
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        em.persist(new TestDossier(code, "Nguyễn Thị Hồng Nhung", "RECEIVED"));
        em.getTransaction().commit();
        em.close();

        EntityManager reader = emf.createEntityManager();
        TestDossier read = reader.find(TestDossier.class, code);
        assertEquals("Nguyễn Thị Hồng Nhung", read.getApplicant());
        assertEquals("RECEIVED", read.getStatus());
        assertEquals(1, read.getVersion());
        reader.close();

        // Two officers open the same dossier; the first commit wins, the second gets an optimistic-lock failure.
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        TestDossier a = first.find(TestDossier.class, code);
        TestDossier b = second.find(TestDossier.class, code);
        assertNotSame(a, b);
        assertEquals(1, a.getVersion());
        assertEquals(1, b.getVersion());

        first.getTransaction().begin();
        a.setStatus("IN_PROGRESS");
        first.getTransaction().commit();
        assertEquals(2, a.getVersion());

        second.getTransaction().begin();
        b.setStatus("RETURNED");
        RollbackException failure = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
        assertInstanceOf(OptimisticLockException.class, failure.getCause(), () -> "cause: " + failure.getCause());
        first.close();
        second.close();

        EntityManager check = emf.createEntityManager();
        check.getEntityManagerFactory().getCache().evictAll();
        TestDossier stored = check.find(TestDossier.class, code);
        assertEquals("IN_PROGRESS", stored.getStatus(), "the losing writer must not overwrite the winner");
        assertEquals(2, stored.getVersion());
        assertEquals(1L, check.createQuery("SELECT COUNT(d) FROM TestDossier d", Long.class).getSingleResult());
        check.close();
    }
}
