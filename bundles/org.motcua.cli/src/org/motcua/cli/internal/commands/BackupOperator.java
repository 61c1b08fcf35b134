// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.io.Console;
import java.nio.file.Path;

import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaException;
import org.motcua.core.audit.AuditEvent;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;
import org.motcua.persistence.DatabaseKind;

/**
 * What backup and restore share: only a signed-in backup operator may run them (a backup decrypts to
 * every citizen's data, so it is not the administrator's), only on the embedded H2 database, and the
 * backup's passphrase comes from {@code MOTCUA_BACKUP_PASSPHRASE} or is typed without echo.
 */
final class BackupOperator {

    private BackupOperator() {
    }

    /**
     * @param operation {@code backup} or {@code restore}, for the record of a refusal
     * @param file      the backup file, for the record of a refusal
     * @return the signed-in backup operator, or a refusal (recorded when someone signed in without the role)
     */
    static Principal signIn(CliContext context, String operation, Path file) {
        if (context.workspace().settings().database().kind() != DatabaseKind.H2) {
            throw new MotCuaException("backup.onlyH2");
        }
        Principal actor = CliAuthentication.actor(context);
        boolean operator = context.workspace().core().organization().user(actor.username())
                .map(u -> u.roles().contains(Role.BACKUP_OPERATOR)).orElse(false);
        if (!operator) {
            throw refused(context, actor, operation, file,
                    new MotCuaException("backup.operatorRequired", actor.username()));
        }
        return actor;
    }

    /**
     * Records that {@code actor}'s backup or restore was refused or failed (nothing was replaced), then
     * @return {@code refusal}, to be thrown
     */
    static MotCuaException refused(CliContext context, Principal actor, String operation, Path file,
            MotCuaException refusal) {
        try {
            context.workspace().core().audit().record(actor, AuditEvent.BACKUP_REFUSED, operation,
                    file.getFileName().toString(), refusal.key());
        } catch (MotCuaException e) {
            refusal.addSuppressed(e); // the refusal is what the operator must read
        }
        return refusal;
    }

    /** @return the backup passphrase */
    static char[] passphrase(CliContext context) {
        String fromEnvironment = context.environment().get("MOTCUA_BACKUP_PASSPHRASE");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("Cụm mật khẩu sao lưu / backup passphrase: ");
        return typed == null ? new char[0] : typed;
    }

    /** @return the workspace's data folder, where safety copies and scratch databases go */
    static Path dataFolder(CliContext context) {
        return context.workspace().home().resolve("data");
    }
}
