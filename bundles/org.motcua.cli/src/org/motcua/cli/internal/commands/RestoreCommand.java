// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaException;
import org.motcua.core.audit.AuditEvent;
import org.motcua.core.security.Principal;
import org.motcua.persistence.backup.BackupManifest;
import org.motcua.persistence.backup.DataRestore;
import org.osgi.service.component.annotations.Component;

/**
 * {@code restore}: replaces the content of the embedded H2 database with a backup made by
 * {@code backup}, only for a backup operator. Nothing from the file is ever run: it is checked
 * (authentication tag, manifest, schema change), loaded into a scratch database and checked again
 * before the current content is replaced in one transaction; the current content is first saved as
 * {@code data/before-restore-<time>.mcbak}, itself a backup. A refused restore changes nothing but the audit: its
 * start and its refusal are recorded in the current database, the start of a completed one in the safety copy and
 * its end in the restored database.
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
        Path file = Path.of(context.required("from")).toAbsolutePath();
        Principal operator = BackupOperator.signIn(context, name(), file);
        // the start, in the database about to be replaced: the safety copy holds it; the end is written by the
        // restore into the restored database, or is the record of the refusal here
        context.workspace().core().audit().record(operator, AuditEvent.RESTORE_START, file.getFileName().toString());
        LocalDateTime now = context.workspace().core().time().now();
        String stamp = "before-restore-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path safety = BackupOperator.dataFolder(context).resolve(stamp + ".mcbak");
        for (int n = 2; java.nio.file.Files.exists(safety); n++) { // never over an earlier safety copy
            safety = BackupOperator.dataFolder(context).resolve(stamp + "-" + n + ".mcbak");
        }
        BackupManifest manifest;
        try {
            manifest = DataRestore.restore(context.workspace().dataSource(), file, BackupOperator.passphrase(context),
                    BackupOperator.dataFolder(context), safety, now, operator.username());
        } catch (MotCuaException e) {
            throw BackupOperator.refused(context, operator, name(), file, e);
        }
        context.out().println(Texts.get(context.locale(), "restore.done", file.toString(),
                manifest.rows().getOrDefault(manifest.rows().keySet().stream()
                        .filter(t -> t.equalsIgnoreCase("dossier")).findFirst().orElse(""), 0L), safety.toString()));
        return 0;
    }
}
