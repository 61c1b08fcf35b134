// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import java.util.Locale;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.platform.InstalledModule;
import org.motcua.core.platform.InstalledModules;

/** {@code version}: the suite's version and every installed MotCua bundle. */
final class VersionCommand implements CliCommand {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary(Locale locale) {
        return CliTexts.get(locale, "version.summary");
    }

    @Override
    public String usage(Locale locale) {
        return "./motcua cli version";
    }

    @Override
    public int run(CliContext context) {
        context.out().println("MotCua " + InstalledModules.suiteVersion());
        for (InstalledModule module : InstalledModules.list()) {
            context.out().printf("  %-32s %-28s %s%n", module.symbolicName(), module.version(), module.state());
        }
        return 0;
    }
}
