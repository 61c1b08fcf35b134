// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of a MotCua workspace ({@code ~/.motcua} by default), from
 * {@code <home>/motcua.properties}, with the database overridable from the environment
 * ({@code MOTCUA_DB_URL}, {@code MOTCUA_DB_USER}, {@code MOTCUA_DB_PASSWORD}). Passwords are never in code.
 *
 * @param home      the workspace folder
 * @param database  where the database is
 * @param demo      whether this is a demo workspace (its clock may be set; demo data may be loaded)
 * @param demoClock the demo clock's time when it was set, or {@code null}
 * @param demoClockSetAt the real time at which it was set, or {@code null}
 * @param officeCode the office this workstation works for, or {@code null} until chosen
 */
public record WorkspaceSettings(Path home, DatabaseConfig database, boolean demo, LocalDateTime demoClock,
        LocalDateTime demoClockSetAt, String officeCode) {

    /** The settings file's name inside the workspace. */
    public static final String FILE = "motcua.properties";

    /** @return the settings of {@code home}, with defaults for what the file does not say */
    public static WorkspaceSettings load(Path home, Map<String, String> environment) {
        Properties p = new Properties();
        Path file = home.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        DatabaseConfig fallback = DatabaseConfig.h2File(home.resolve("data"));
        String url = first(environment.get("MOTCUA_DB_URL"), p.getProperty("db.url"), fallback.url());
        String user = first(environment.get("MOTCUA_DB_USER"), p.getProperty("db.user"), fallback.user());
        String password = first(environment.get("MOTCUA_DB_PASSWORD"), p.getProperty("db.password"), "");
        boolean demo = "demo".equals(p.getProperty("workspace.mode"));
        LocalDateTime clock = parse(p.getProperty("demo.clock"));
        LocalDateTime setAt = parse(p.getProperty("demo.clock.setAt"));
        return new WorkspaceSettings(home, new DatabaseConfig(url, user, password), demo, clock, setAt,
                p.getProperty("office"));
    }

    /** Writes these settings (never the password when it came from the environment). */
    public void save(boolean withPassword) {
        Properties p = new Properties();
        p.setProperty("db.url", database.url());
        p.setProperty("db.user", database.user());
        if (withPassword && !database.password().isEmpty()) {
            p.setProperty("db.password", database.password());
        }
        p.setProperty("workspace.mode", demo ? "demo" : "production");
        if (demoClock != null) {
            p.setProperty("demo.clock", demoClock.toString());
            p.setProperty("demo.clock.setAt", demoClockSetAt.toString());
        }
        if (officeCode != null) {
            p.setProperty("office", officeCode);
        }
        try {
            Files.createDirectories(home);
            try (OutputStream out = Files.newOutputStream(home.resolve(FILE))) {
                p.store(out, "MotCua workspace");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + home.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** @return these settings as a demo workspace whose clock reads {@code clock} now */
    public WorkspaceSettings asDemo(LocalDateTime clock, LocalDateTime realNow) {
        return new WorkspaceSettings(home, database, true, clock, realNow, officeCode);
    }

    /** @return these settings with the workstation's office set */
    public WorkspaceSettings withOffice(String code) {
        return new WorkspaceSettings(home, database, demo, demoClock, demoClockSetAt, code);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static LocalDateTime parse(String text) {
        return text == null || text.isBlank() ? null : LocalDateTime.parse(text.trim());
    }
}
