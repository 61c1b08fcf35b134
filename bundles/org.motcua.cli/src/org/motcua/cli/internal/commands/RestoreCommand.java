// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.persistence.backup.BackupManifest;
import org.motcua.persistence.backup.DataRestore;
import org.osgi.service.component.annotations.Component;

/**
 * {@code restore}: replaces the content of the embedded H2 database with a backup made by
 * {@code backup}, only for a backup operator. Nothing from the file is ever run: it is checked
 * (authentication tag, manifest, schema change), loaded into a scratch database and checked again
 * before the current content is replaced in one transaction; the current content is first saved as
 * {@code data/before-restore-<time>.mcbak}, itself a backup. A refused restore changes nothing.
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
        String operator = BackupOperator.signIn(context).username();
        LocalDateTime now = context.workspace().core().time().now();
        Path safety = BackupOperator.dataFolder(context)
                .resolve("before-restore-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".mcbak");
        BackupManifest manifest = DataRestore.restore(context.workspace().dataSource(), file,
                BackupOperator.passphrase(context), BackupOperator.dataFolder(context), safety, now, operator);
        context.out().println(Texts.get(context.locale(), "restore.done", file.toString(),
                manifest.rows().getOrDefault(manifest.rows().keySet().stream()
                        .filter(t -> t.equalsIgnoreCase("dossier")).findFirst().orElse(""), 0L), safety.toString()));
        return 0;
    }
}
