// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import javax.sql.DataSource;

import org.motcua.core.MotCuaCore;

/**
 * Where headless reports read their data: the workspace's database, and the core that signs in the user and
 * says what they may read. The command line looks this up
 * as an OSGi service (the workspace bundle provides it); without one it uses the environment
 * ({@code MOTCUA_DB_URL}, {@code MOTCUA_DB_USER}, {@code MOTCUA_DB_PASSWORD}).
 */
public interface ReportDatabase {

    /** @return the data source of the MotCua database, schema up to date */
    DataSource dataSource();

    /** @return the core over the same database: who signs in, and what they may read */
    MotCuaCore core();
}
