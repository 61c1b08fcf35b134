// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.config.BatchWriting;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.motcua.core.engine.CoreEngine;

/**
 * Opens the MotCua persistence unit with EclipseLink inside OSGi: the provider is created directly
 * (no JPA bootstrap through {@code Persistence}, which finds no provider in a real OSGi runtime), the
 * entity classes are read through the core bundle's class loader, and the data source comes from
 * the configuration. The schema is Liquibase's ({@link Migrations}), never EclipseLink's DDL generation.
 */
public final class Database {

    /** Name of the persistence unit in org.motcua.core/META-INF/persistence.xml. */
    public static final String UNIT = "motcua";

    private Database() {
    }

    /** @return an entity manager factory on {@code config}; the schema is brought up to date first */
    public static EntityManagerFactory open(DatabaseConfig config) {
        return open(config, dataSource(config));
    }

    /** @return an entity manager factory over {@code dataSource}; the schema is brought up to date first */
    public static EntityManagerFactory open(DatabaseConfig config, DataSource dataSource) {
        Migrations.migrate(dataSource);
        return openMigrated(config, dataSource, true);
    }

    /**
     * Opens a database that someone else migrated, without changing its schema: how a server opens it as an
     * application role that owns nothing (only {@code server migrate}, given the owner's credential, migrates).
     *
     * @throws org.motcua.core.MotCuaException {@code database.notMigrated} unless the schema is exactly this
     *                                         build's ({@link Migrations#LATEST_CHANGESET})
     */
    public static EntityManagerFactory openWithoutMigrating(DatabaseConfig config, DataSource dataSource) {
        int applied = Migrations.appliedChangeset(dataSource);
        if (applied != Migrations.LATEST_CHANGESET) {
            throw new org.motcua.core.MotCuaException("database.notMigrated", applied, Migrations.LATEST_CHANGESET);
        }
        return openMigrated(config, dataSource, false);
    }

    private static EntityManagerFactory openMigrated(DatabaseConfig config, DataSource dataSource, boolean sharedCache) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.CLASSLOADER, CoreEngine.class.getClassLoader());
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, BatchWriting.JDBC);
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
        // reference data (offices, departments) is cached for a minute; dossiers never are, so a
        // workstation always sees what another one did on a shared database. A server caches nothing:
        // several servers over one database must see an administrator's change at once.
        properties.put("jakarta.persistence.sharedCache.mode", sharedCache ? "ENABLE_SELECTIVE" : "NONE");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE"); // not the lazy-loading notes of every start
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, config.kind() == DatabaseKind.H2
                ? "org.eclipse.persistence.platform.database.H2Platform"
                : "org.eclipse.persistence.platform.database.PostgreSQLPlatform");
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(UNIT, properties);
        if (factory == null) {
            throw new IllegalStateException("EclipseLink found no persistence unit '" + UNIT + "' in org.motcua.core");
        }
        factory.createEntityManager().close(); // connect and create the schema now, not on first use
        return factory;
    }

    /** @return a data source for {@code config} */
    public static DataSource dataSource(DatabaseConfig config) {
        return switch (config.kind()) {
            case H2 -> {
                // H2 parses a statement again unless it is among the session's last QUERY_CACHE_SIZE (8 by
                // default); a workflow action uses a few dozen distinct statements (docs/performance.md)
                String url = config.url().toUpperCase(java.util.Locale.ROOT).contains("QUERY_CACHE_SIZE") ? config.url()
                        : config.url() + ";QUERY_CACHE_SIZE=256";
                org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(url,
                        config.user(), config.password());
                pool.setMaxConnections(32);
                yield pool;
            }
            case POSTGRESQL -> {
                // H2's small connection pool works over any ConnectionPoolDataSource: no extra library
                org.postgresql.ds.PGConnectionPoolDataSource pg = new org.postgresql.ds.PGConnectionPoolDataSource();
                pg.setURL(config.url());
                pg.setUser(config.user());
                pg.setPassword(config.password());
                org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(pg);
                pool.setMaxConnections(32);
                yield pool;
            }
        };
    }
}
