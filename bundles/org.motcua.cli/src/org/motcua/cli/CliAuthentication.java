// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli;

import java.io.Console;

import org.motcua.core.MotCuaException;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;

/**
 * Who runs a command that changes data: {@code --user NAME}, with the password from
 * {@code MOTCUA_PASSWORD} or typed at a prompt (never an argument, which other users could read).
 * The core then checks the user's roles like any action, and audits it.
 */
public final class CliAuthentication {

    private CliAuthentication() {
    }

    /**
     * Signs in {@code --user} for this one command: the session ends when the command ends.
     *
     * @return the session's principal, or a refusal saying what is wrong (wrong password, locked account)
     */
    public static Principal actor(CliContext context) {
        return actor(context, context.workspace().core());
    }

    /** As {@link #actor(CliContext)}, against {@code core} (a command that reads another database's core). */
    public static Principal actor(CliContext context, org.motcua.core.MotCuaCore core) {
        String username = context.required("user");
        char[] password = password(context);
        Principal principal = core.sessions().signIn(username, password, SessionKind.COMMAND_LINE);
        java.util.Arrays.fill(password, '\0');
        context.sessions().add(core, principal);
        return principal;
    }

    /** @return the password from the environment, or read from the console without echo */
    public static char[] password(CliContext context) {
        String fromEnvironment = context.environment().get("MOTCUA_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new MotCuaException("cli.passwordRequired");
        }
        char[] typed = console.readPassword("Mật khẩu / password: ");
        if (typed == null || typed.length == 0) {
            throw new MotCuaException("cli.passwordRequired");
        }
        return typed;
    }
}
