// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.motcua.core.i18n.Messages;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The Equinox application behind {@code ./motcua cli}: picks a command by name and runs it. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        Locale locale = Locale.getDefault().getLanguage().equals("en") ? Messages.ENGLISH : Messages.VIETNAMESE;
        try (CommandRegistry registry = new CommandRegistry(bundleContext);
                WorkspaceSupplier workspaces = new WorkspaceSupplier(bundleContext, org.motcua.cli.CliContext.workspaceHome())) {
            List<String> arguments = Arrays.asList(args == null ? new String[0] : args);
            return new Dispatcher(registry, System.out, System.err, System.getenv(), workspaces).dispatch(arguments, locale);
        }
    }

    @Override
    public void stop() {
        // commands run to completion; nothing to interrupt
    }
}
