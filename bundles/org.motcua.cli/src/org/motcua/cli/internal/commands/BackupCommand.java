// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.persistence.backup.BackupManifest;
import org.motcua.persistence.backup.DataBackup;
import org.osgi.service.component.annotations.Component;

/**
 * {@code backup}: a consistent copy of the embedded H2 database as data (docs/security.md: a manifest
 * and typed rows per table, sealed with AES-256-GCM under the backup passphrase, readable by its owner
 * only). Only a backup operator may make one. A PostgreSQL office database is backed up on the server
 * with the engine's own tools (pg_dump).
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
        org.motcua.core.security.Principal operator = BackupOperator.signIn(context, name(), out);
        BackupManifest manifest;
        try {
            manifest = DataBackup.write(context.workspace().dataSource(), out, BackupOperator.passphrase(context),
                    context.workspace().core().time().now());
        } catch (org.motcua.core.MotCuaException e) {
            throw BackupOperator.refused(context, operator, name(), out, e);
        }
        long rows = manifest.rows().values().stream().mapToLong(Long::longValue).sum();
        // recorded after the backup (the backup holds the audit up to its own sign-in)
        context.workspace().core().audit().record(operator, org.motcua.core.audit.AuditEvent.BACKUP,
                out.getFileName().toString(), String.valueOf(rows));
        context.out().println(Texts.get(context.locale(), "backup.done", out.toString(), Files.size(out), rows,
                manifest.rows().size()));
        return 0;
    }
}
