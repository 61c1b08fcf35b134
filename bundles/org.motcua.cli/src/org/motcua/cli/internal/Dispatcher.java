// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.cli.CliUsageException;
import org.motcua.core.MotCuaException;
import org.motcua.persistence.Workspace;

/** Turns one command line into a command run, with clear messages for unknown commands and failures. */
public record Dispatcher(CommandRegistry registry, PrintStream out, PrintStream err, Map<String, String> environment,
        Supplier<Workspace> workspaces) {

    /** @return the exit code of the command selected by the first argument ({@code help} when none) */
    public int dispatch(List<String> args, Locale locale) {
        String name = args.isEmpty() ? "help" : args.get(0);
        Optional<CliCommand> command = registry.find(name);
        if (command.isEmpty()) {
            err.println(CliTexts.get(locale, "cli.unknownCommand", name));
            return 2;
        }
        CliContext context = new CliContext(List.copyOf(args.subList(Math.min(1, args.size()), args.size())), locale,
                out, err, environment, workspaces);
        try {
            return command.get().run(context);
        } catch (CliUsageException e) {
            err.println(CliTexts.get(locale, "cli.missingOption", e.option()));
            err.println(command.get().usage(locale));
            return 2;
        } catch (MotCuaException e) {
            err.println(e.message(locale));
            return 1;
        } catch (Exception e) {
            err.println(CliTexts.get(locale, "cli.failed", name, e.getLocalizedMessage()));
            return 1;
        } finally {
            context.sessions().endAll();
        }
    }
}
