// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli;

import java.util.Locale;

/**
 * One command of {@code ./motcua cli}. Bundles contribute commands as OSGi services (for example a
 * Declarative Services component); the command line finds them by {@link #name()}.
 */
public interface CliCommand {

    /** @return the word that selects this command, e.g. {@code due-date} */
    String name();

    /** @return a one-line description in the given language, shown by {@code help} */
    String summary(Locale locale);

    /** @return the usage lines (arguments and options) in the given language */
    String usage(Locale locale);

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 on success, 1 on a refused or failed action, 2 on bad usage
     */
    int run(CliContext context) throws Exception;
}
