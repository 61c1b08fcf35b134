// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.swt.widgets.Display;
import org.motcua.demo.DemoOffices;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.session.MotCuaSession;

/** What the UI scenarios share: signing in a demo user, running a command as its menu item does. */
final class Steps {

    private Steps() {
    }

    /** Signs {@code username} in through the sign-in dialog (demo password) and waits until their screens are up. */
    static void signIn(E4Workbench workbench, Robot robot, String username) {
        robot.shell(Messages.SignIn_title);
        robot.type("signin.username", username);
        robot.type("signin.password", DemoOffices.PASSWORD);
        robot.ok(Messages.SignIn_title);
        robot.waitFor("signed in as " + username, () -> {
            MotCuaSession session = workbench.getApplication().getContext().get(MotCuaSession.class);
            return session != null && session.user().username().equals(username);
        });
        robot.idle();
    }

    /** Runs command {@code id} with {@code parameters} (may be null), posted: a dialog it opens does not block. */
    static void command(E4Workbench workbench, String id, Map<String, Object> parameters) {
        Display.getDefault().asyncExec(() -> {
            IEclipseContext context = workbench.getApplication().getContext();
            ECommandService commands = context.get(ECommandService.class);
            EHandlerService handlers = context.get(EHandlerService.class);
            ParameterizedCommand command = commands.createCommand(id, parameters);
            handlers.executeHandler(command);
        });
    }
}
