// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.io.Console;
import java.nio.file.Path;

import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaException;
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

    /** @return the signed-in backup operator, or a refusal */
    static Principal signIn(CliContext context) {
        if (context.workspace().settings().database().kind() != DatabaseKind.H2) {
            throw new MotCuaException("backup.onlyH2");
        }
        Principal actor = CliAuthentication.actor(context);
        boolean operator = context.workspace().core().organization().user(actor.username())
                .map(u -> u.roles().contains(Role.BACKUP_OPERATOR)).orElse(false);
        if (!operator) {
            throw new MotCuaException("backup.operatorRequired", actor.username());
        }
        return actor;
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
