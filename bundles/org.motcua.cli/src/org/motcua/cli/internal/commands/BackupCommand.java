package org.motcua.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaException;
import org.motcua.persistence.DatabaseKind;
import org.osgi.service.component.annotations.Component;

/**
 * {@code backup}: an online, transactionally consistent copy of the embedded H2 database as a zipped SQL
 * script (H2's SCRIPT TO), which {@code restore} replays. A
 * PostgreSQL office database is backed up with the server's own tools (pg_dump).
 */
@Component(service = CliCommand.class)
public final class BackupCommand implements CliCommand {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "backup.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "backup.usage");
    }

    @Override
    public int run(CliContext context) throws Exception {
        Path out = Path.of(context.required("out")).toAbsolutePath();
        if (context.workspace().settings().database().kind() != DatabaseKind.H2) {
            throw new MotCuaException("backup.onlyH2");
        }
        Files.createDirectories(out.getParent());
        try (Connection c = context.workspace().dataSource().getConnection();
                PreparedStatement backup = c.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
            backup.setString(1, out.toString());
            backup.execute();
        } catch (SQLException e) {
            throw new MotCuaException(e, "backup.failed", e.getMessage());
        }
        context.out().println(Texts.get(context.locale(), "backup.done", out.toString(), Files.size(out)));
        return 0;
    }
}
