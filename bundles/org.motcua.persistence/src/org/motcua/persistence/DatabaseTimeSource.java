// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.motcua.core.TimeSource;

/**
 * The clock of an office whose workstations share a PostgreSQL database: the database server's time
 * in Vietnam's zone, so that no workstation's wrong clock can move a deadline. The server is asked
 * once a minute; in between, the measured offset to the local clock is applied.
 */
final class DatabaseTimeSource implements TimeSource {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final TimeSource local = TimeSource.system();
    private Duration offset = Duration.ZERO;
    private LocalDateTime measuredAt;

    DatabaseTimeSource(DataSource dataSource) {
        this.dataSource = dataSource;
        measure();
    }

    @Override
    public synchronized LocalDateTime now() {
        LocalDateTime here = local.now();
        if (measuredAt == null || Duration.between(measuredAt, here).compareTo(REFRESH) > 0) {
            measure();
            here = local.now();
        }
        return here.plus(offset).withNano(0);
    }

    /** @return the server's current time in Asia/Ho_Chi_Minh, to the second */
    LocalDateTime serverTime() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select localtimestamp(0) at time zone current_setting('TimeZone')"
                        + " at time zone 'Asia/Ho_Chi_Minh'")) {
            r.next();
            return r.getTimestamp(1).toLocalDateTime();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database server's clock: " + e.getMessage(), e);
        }
    }

    private synchronized void measure() {
        LocalDateTime server = serverTime();
        LocalDateTime here = local.now();
        offset = Duration.between(here, server);
        measuredAt = here;
    }
}
