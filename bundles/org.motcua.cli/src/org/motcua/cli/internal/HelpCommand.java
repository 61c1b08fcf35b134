// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import java.util.Locale;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;

/** {@code help [command]}: lists the commands, or shows one command's usage. */
final class HelpCommand implements CliCommand {

    private final CommandRegistry registry;

    HelpCommand(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary(Locale locale) {
        return CliTexts.get(locale, "help.summary");
    }

    @Override
    public String usage(Locale locale) {
        return CliTexts.get(locale, "help.usage");
    }

    @Override
    public int run(CliContext context) {
        Locale locale = context.locale();
        if (!context.arguments().isEmpty()) {
            String name = context.arguments().get(0);
            return registry.find(name).map(c -> {
                context.out().println("./motcua cli " + c.name() + " — " + c.summary(locale));
                context.out().println(c.usage(locale));
                return 0;
            }).orElseGet(() -> {
                context.err().println(CliTexts.get(locale, "cli.unknownCommand", name));
                return 2;
            });
        }
        context.out().println(CliTexts.get(locale, "help.heading"));
        for (CliCommand command : registry.all()) {
            context.out().printf("  %-16s %s%n", command.name(), command.summary(locale));
        }
        context.out().println(CliTexts.get(locale, "help.footer"));
        return 0;
    }
}
