package org.motcua.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.sql.DataSource;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaException;
import org.motcua.persistence.DatabaseKind;
import org.motcua.persistence.Migrations;
import org.motcua.persistence.Workspace;
import org.osgi.service.component.annotations.Component;

/**
 * {@code restore}: replaces the content of the embedded H2 database with a backup made by
 * {@code backup}. The current content is first saved as {@code data/before-restore-<time>.zip}; the
 * restored database is then migrated if it is older than this MotCua. While another MotCua holds the
 * database, opening it fails with a clear message and nothing changes.
 */
@Component(service = CliCommand.class)
public final class RestoreCommand implements CliCommand {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "restore.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "restore.usage");
    }

    @Override
    public int run(CliContext context) throws Exception {
        Path zip = Path.of(context.required("from")).toAbsolutePath();
        if (!Files.isRegularFile(zip)) {
            throw new MotCuaException("restore.noFile", zip.toString());
        }
        Workspace workspace = context.workspace();
        if (workspace.settings().database().kind() != DatabaseKind.H2) {
            throw new MotCuaException("backup.onlyH2");
        }
        Path safety = workspace.home().resolve("data").resolve("before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        DataSource dataSource = workspace.dataSource();
        try (Connection c = dataSource.getConnection()) {
            execute(c, "SCRIPT TO ? COMPRESSION ZIP", safety.toString());
            try (Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            }
            execute(c, "RUNSCRIPT FROM ? COMPRESSION ZIP", zip.toString());
        } catch (SQLException e) {
            throw new MotCuaException(e, "restore.failed", e.getMessage(), safety.toString());
        }
        Migrations.migrate(dataSource);
        long dossiers;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from dossier")) {
            r.next();
            dossiers = r.getLong(1);
        }
        context.out().println(Texts.get(context.locale(), "restore.done", zip.toString(), dossiers, safety.toString()));
        return 0;
    }

    private static void execute(Connection c, String sql, String file) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, file);
            statement.execute();
        }
    }
}
