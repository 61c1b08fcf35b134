// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.motcua.persistence.Workspace;

/**
 * What a command receives: its arguments, the user's language, where to write, and the workspace
 * (opened on first use, so commands that need no database start fast).
 *
 * @param arguments   the arguments after the command name
 * @param locale      the language of messages (Vietnamese unless {@code --lang en})
 * @param out         standard output
 * @param err         standard error
 * @param environment the process environment (passwords and database settings)
 * @param workspaces  opens the workspace when a command first needs it
 * @param sessions    the sessions the command opens, ended when it ends
 */
public record CliContext(List<String> arguments, Locale locale, PrintStream out, PrintStream err,
        Map<String, String> environment, Supplier<Workspace> workspaces, CommandSessions sessions) {

    /** A context whose sessions the caller ends with {@code sessions().endAll()}. */
    public CliContext(List<String> arguments, Locale locale, PrintStream out, PrintStream err,
            Map<String, String> environment, Supplier<Workspace> workspaces) {
        this(arguments, locale, out, err, environment, workspaces, new CommandSessions());
    }

    /** @return the value after {@code --name} (or of {@code --name=value}), if present */
    public Optional<String> option(String name) {
        List<String> all = options(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** @return every value given with {@code --name} (an option may repeat) */
    public List<String> options(String name) {
        String flag = "--" + name;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(flag) && i + 1 < arguments.size()) {
                values.add(arguments.get(i + 1));
            } else if (argument.startsWith(flag + "=")) {
                values.add(argument.substring(flag.length() + 1));
            }
        }
        return values;
    }

    /** @return the value of a required option, or a usage error naming it */
    public String required(String name) {
        return option(name).orElseThrow(() -> new CliUsageException(name));
    }

    /** @return whether the bare flag {@code --name} is present */
    public boolean flag(String name) {
        return arguments.contains("--" + name);
    }

    /** @return the arguments that are neither options nor their values */
    public List<String> positional() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("--")) {
                if (!argument.contains("=") && i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")
                        && !isFlag(argument)) {
                    i++;
                }
            } else {
                values.add(argument);
            }
        }
        return values;
    }

    private static boolean isFlag(String argument) {
        return List.of("--demo", "--force", "--list", "--yes", "--check").contains(argument);
    }

    /** @return the workspace folder: {@code -Dmotcua.home}, else {@code ~/.motcua} (without opening it) */
    public static java.nio.file.Path workspaceHome() {
        String configured = System.getProperty("motcua.home");
        return configured != null ? java.nio.file.Path.of(configured)
                : java.nio.file.Path.of(System.getProperty("user.home"), ".motcua");
    }

    /** @return the workspace, opened (and migrated) on first use */
    public Workspace workspace() {
        return workspaces.get();
    }
}
