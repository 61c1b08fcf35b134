// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli;

/** A command was called without a required option; the command line prints the usage and exits 2. */
public class CliUsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String option;

    /** @param option the missing option's name */
    public CliUsageException(String option) {
        super("--" + option);
        this.option = option;
    }

    /** @return the missing option's name */
    public String option() {
        return option;
    }
}
