// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.util.List;
import java.util.Locale;

import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.cli.CliUsageException;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.LegacyCount;
import org.osgi.service.component.annotations.Component;

/**
 * {@code legacy reconcile}: per office the signed-in user may read, the dossiers imported from the old system —
 * left open there, imported, closed as legacy dossiers with a reason, still open — as the core counts them
 * ({@code ImportService.reconcile}).
 */
@Component(service = CliCommand.class)
public final class LegacyCommand implements CliCommand {

    @Override
    public String name() {
        return "legacy";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "legacy.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "legacy.usage");
    }

    @Override
    public int run(CliContext context) {
        if (context.positional().isEmpty() || !"reconcile".equals(context.positional().get(0))) {
            throw new CliUsageException("reconcile");
        }
        Principal reader = CliAuthentication.actor(context);
        List<LegacyCount> counts = context.workspace().core().imports().reconcile(reader);
        context.out().println(Texts.get(context.locale(), "legacy.header"));
        long[] total = new long[4];
        for (LegacyCount c : counts) {
            context.out().println(String.join("\t", c.officeCode(), c.officeName(), String.valueOf(c.leftOpen()),
                    String.valueOf(c.imported()), String.valueOf(c.closed()), String.valueOf(c.stillOpen())));
            total[0] += c.leftOpen();
            total[1] += c.imported();
            total[2] += c.closed();
            total[3] += c.stillOpen();
        }
        context.out().println(String.join("\t", Texts.get(context.locale(), "legacy.total"), "",
                String.valueOf(total[0]), String.valueOf(total[1]), String.valueOf(total[2]), String.valueOf(total[3])));
        return 0;
    }
}
