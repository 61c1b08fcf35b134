package org.motcua.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a command receives: its arguments, the user's language, and where to write.
 *
 * @param arguments the arguments after the command name
 * @param locale    the language of messages (Vietnamese unless {@code --lang en})
 * @param out       standard output
 * @param err       standard error
 * @param environment the process environment (for passwords and database settings)
 */
public record CliContext(List<String> arguments, Locale locale, PrintStream out, PrintStream err,
        Map<String, String> environment) {

    /** @return the value after {@code --name} (or of {@code --name=value}), if present */
    public Optional<String> option(String name) {
        String flag = "--" + name;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(flag) && i + 1 < arguments.size()) {
                return Optional.of(arguments.get(i + 1));
            }
            if (argument.startsWith(flag + "=")) {
                return Optional.of(argument.substring(flag.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** @return whether the bare flag {@code --name} is present */
    public boolean flag(String name) {
        return arguments.contains("--" + name);
    }
}
