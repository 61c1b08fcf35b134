// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.math.BigDecimal;
import java.util.Locale;

import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.org.UserRef;
import org.motcua.persistence.WorkspaceSettings;

/**
 * {@code init}: a real office's first start. Creates the database, this workstation's office and the
 * first administrator (refused once an administrator exists), and records the office in the
 * workspace settings.
 */
@org.osgi.service.component.annotations.Component(service = CliCommand.class)
public final class InitCommand implements CliCommand {

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "init.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "init.usage");
    }

    @Override
    public int run(CliContext context) {
        OfficeData office = new OfficeData(context.required("office-code"), context.required("office-name"),
                OfficeLevel.valueOf(context.option("level").orElse("COMMUNE").toUpperCase(Locale.ROOT)),
                Regime.valueOf(context.option("regime").orElse("DECREE_118_2025").toUpperCase(Locale.ROOT)), null, null,
                null, BigDecimal.ONE);
        String admin = context.required("admin");
        char[] password = CliAuthentication.password(context);
        UserRef user = context.workspace().core().organization().createFirstAdministrator(office, admin,
                context.option("full-name").orElse(admin), password);
        WorkspaceSettings settings = context.workspace().settings().withOffice(office.code());
        settings.save(false);
        context.out().println(Texts.get(context.locale(), "init.done", user.username(), office.code(),
                settings.home().toString()));
        return 0;
    }
}
