// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

import java.nio.file.Path;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.motcua.core.engine.CoreEngine;
import org.motcua.core.MotCuaCore;
import org.motcua.core.TimeSource;
import org.motcua.core.procedure.ProcedureRegistry;

/**
 * An open MotCua workspace: its settings, its database (migrated on open) and the core services over
 * it, with the right clock: the database server's on PostgreSQL, the workstation's on H2, and a
 * settable demo clock only in a demo workspace.
 */
public final class Workspace implements AutoCloseable {

    private final WorkspaceSettings settings;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final CoreEngine core;

    private Workspace(WorkspaceSettings settings, ProcedureRegistry procedures, boolean migrate) {
        this.settings = settings;
        this.dataSource = Database.dataSource(settings.database());
        this.factory = migrate ? Database.open(settings.database(), dataSource)
                : Database.openWithoutMigrating(settings.database(), dataSource);
        this.core = CoreEngine.create(factory, clock(settings, dataSource), procedures);
        refreshSnapshots();
    }

    /**
     * Closes the days of the KPI snapshots not closed yet and records late facts as adjustments (docs/kpi.md, "Period
     * reports as of the period's end"): done at every opening, and by {@code ./motcua cli snapshots}; a no-op but for
     * today's provisional figures when nothing is new.
     *
     * @return what was written
     */
    public org.motcua.core.engine.KpiSnapshots.Result refreshSnapshots() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return org.motcua.core.engine.KpiSnapshots.refresh(c, core.time().now());
        } catch (java.sql.SQLException e) {
            throw new org.motcua.core.MotCuaException("snapshot.failed", e.getMessage());
        }
    }

    /** Opens the workspace in {@code home}: settings, database (created and migrated if needed), services. */
    public static Workspace open(Path home, ProcedureRegistry procedures) {
        return open(WorkspaceSettings.load(home, System.getenv()), procedures);
    }

    /** Opens a workspace with explicit settings. */
    public static Workspace open(WorkspaceSettings settings, ProcedureRegistry procedures) {
        return new Workspace(settings, procedures, true);
    }

    /**
     * Opens a database that {@code server migrate} brought up to date, as a server's application role that may
     * not change the schema: refused ({@code database.notMigrated}) unless the schema is this build's.
     */
    public static Workspace openMigrated(WorkspaceSettings settings, ProcedureRegistry procedures) {
        return new Workspace(settings, procedures, false);
    }

    private static TimeSource clock(WorkspaceSettings settings, DataSource dataSource) {
        if (settings.demo() && settings.demoClock() != null) {
            return new OffsetTimeSource(TimeSource.system(), settings.demoClock(), settings.demoClockSetAt());
        }
        if (settings.database().kind() == DatabaseKind.POSTGRESQL) {
            return new DatabaseTimeSource(dataSource);
        }
        return TimeSource.system();
    }

    /**
     * @return an engine over this workspace's database whose clock is {@code clock}: for the demo loader,
     *         which lives a year of work at its own simulated times (an old system's log is imported as
     *         data through {@code core().imports()}, which keeps a clock of its own). Refused
     *         ({@code clock.demoOnly}) unless the database was created as a demo.
     */
    public CoreEngine replayCore(org.motcua.core.SettableTimeSource clock) {
        return CoreEngine.create(factory, clock, core.procedures());
    }

    /**
     * Records in this workspace's empty database that it is a demo: the only way to allow a demo clock and the
     * demo loader. Refused ({@code database.notEmptyForDemo}) once the database holds an office.
     */
    public void createAsDemo() {
        CoreEngine.createAsDemo(factory);
    }

    /** @return whether the database was created as a demo (a fact of the database, not of the settings file) */
    public boolean isDemoDatabase() {
        return core.isDemo();
    }

    /** @return the settings it was opened with */
    public WorkspaceSettings settings() {
        return settings;
    }

    /** @return the core services */
    public MotCuaCore core() {
        return core;
    }

    /** @return the 1 July 2025 reorganisation: unit table, successor offices, hand-over (in-process only) */
    public org.motcua.core.engine.Transitions transitions() {
        return core.transitions();
    }

    /** @return the database's data source (reports read through it) */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the workspace folder */
    public Path home() {
        return settings.home();
    }

    @Override
    public void close() {
        factory.close();
        if (dataSource instanceof org.h2.jdbcx.JdbcConnectionPool pool) {
            pool.dispose();
        }
    }
}
