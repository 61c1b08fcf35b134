// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.motcua.cli.CliContext;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportDatabase;
import org.motcua.reporting.ReportTexts;

/** What the report commands share: the database, options, messages. */
final class CommandSupport {

    private CommandSupport() {
    }

    /** Thrown for bad usage: the command prints the message and exits with 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * @return the database a {@link ReportDatabase} service names, else the command line's workspace
     *         database (opened and migrated on first use; the environment may point it elsewhere)
     */
    static DataSource dataSource(Supplier<ReportDatabase> service, CliContext context) {
        ReportDatabase database = service.get();
        if (database != null) {
            return database.dataSource();
        }
        return context.workspace().dataSource();
    }

    /** @return the core of the {@link ReportDatabase} service, else the command line's workspace */
    static org.motcua.core.MotCuaCore core(Supplier<ReportDatabase> service, CliContext context) {
        ReportDatabase database = service.get();
        return database != null ? database.core() : context.workspace().core();
    }

    /**
     * Signs in {@code --user} (reports and forms print citizens' data) and checks that the user may read the
     * office {@code officeCode}, or every office for {@code all}; refuses otherwise.
     */
    static org.motcua.core.security.Principal reader(CliContext context, org.motcua.core.MotCuaCore core,
            String officeCode) {
        org.motcua.core.security.Principal viewer = org.motcua.cli.CliAuthentication.actor(context, core);
        if (officeCode != null) {
            for (org.motcua.core.org.OfficeRef office : core.organization().offices()) {
                if ("all".equals(officeCode) || office.code().equals(officeCode)) {
                    core.queries().page(viewer, office.code(), 0, 1); // refuses an office the user may not read
                }
            }
        }
        return viewer;
    }

    static String required(CliContext context, String option) {
        return context.option(option).orElseThrow(() -> new UsageException(text(context, "missing.option", option)));
    }

    /** @return the {@code yyyy-MM-dd} date of the required option */
    static java.time.LocalDate date(CliContext context, String option) {
        String value = required(context, option);
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(text(context, "bad.value", option, value));
        }
    }

    static OutputFormat format(CliContext context, Path out) {
        String name = context.option("format").orElseGet(() -> {
            String file = out.getFileName().toString();
            return file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "pdf";
        });
        try {
            return OutputFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(text(context, "bad.value", "format", name));
        }
    }

    /** @return the id of the office with {@code code} */
    static Optional<Long> officeId(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM office WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static String text(CliContext context, String key, Object... args) {
        return ReportTexts.get(context.locale(), key, args);
    }

    static String text(Locale locale, String key) {
        return ReportTexts.get(locale, key);
    }
}
