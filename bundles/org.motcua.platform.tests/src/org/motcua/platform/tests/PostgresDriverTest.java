// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The PostgreSQL JDBC driver inside OSGi; connects when MOTCUA_TEST_PG_URL names a server. */
class PostgresDriverTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/motcua?ApplicationName=motcua";

    @Test
    void driverLoadsFromItsBundleAndParsesUrls() throws Exception {
        Class<?> driverClass = Class.forName("org.postgresql.Driver", true, TestFiles.bundleClassLoader());
        assertEquals("org.postgresql.jdbc", FrameworkUtil.getBundle(driverClass).getSymbolicName());
        Driver driver = (Driver) driverClass.getDeclaredConstructor().newInstance();
        assertTrue(driver.acceptsURL(URL));
        assertFalse(driver.acceptsURL("jdbc:h2:mem:x"), "the PostgreSQL driver must not claim H2 URLs");
        assertTrue(driver.getMajorVersion() >= 42);

        Properties parsed = org.postgresql.Driver.parseURL(URL, new Properties());
        assertNotNull(parsed);
        assertEquals("motcua", parsed.getProperty("PGDBNAME"));
        assertEquals("5432", parsed.getProperty("PGPORT"));
        assertEquals("127.0.0.1", parsed.getProperty("PGHOST"));
        assertEquals("motcua", parsed.getProperty("ApplicationName"));
    }

    @Test
    void connectsWhenAServerIsConfigured() throws Exception {
        String url = System.getenv("MOTCUA_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "MOTCUA_TEST_PG_URL not set: no PostgreSQL server for this run");
        Driver driver = new org.postgresql.Driver();
        Properties props = new Properties();
        // user/password may be in the URL; these are the defaults of a private test cluster
        props.setProperty("user", System.getenv().getOrDefault("MOTCUA_TEST_PG_USER", "postgres"));
        if (System.getenv("MOTCUA_TEST_PG_PASSWORD") != null) {
            props.setProperty("password", System.getenv("MOTCUA_TEST_PG_PASSWORD"));
        }
        try (Connection c = driver.connect(url, props); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT 'Hồ sơ đúng hạn' AS t, version()")) {
            assertTrue(rs.next());
            assertEquals("Hồ sơ đúng hạn", rs.getString(1), "UTF-8 text must survive the round trip");
            assertTrue(rs.getString(2).startsWith("PostgreSQL"), rs.getString(2));
        }
    }
}
